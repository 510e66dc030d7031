/**
 * A small static file server for dist/: used by `npm run preview`, the end-to-end
 * tests and the benchmark. It behaves like the hosts we deploy to: serves the
 * site under its base path, directory URLs from index.html, 404.html for unknown
 * paths, and gzips text (so measured transfer sizes match a real host).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
};

export interface StaticServerOptions {
  /** Folder to serve (the built site). */
  root: string;
  /** Path the site is hosted under, e.g. "/" or "/minutes/". */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  /** Address of the site's home page, base path included. */
  url: string;
  close(): Promise<void>;
}

async function fileFor(root: string, relative: string): Promise<string | undefined> {
  const candidate = path.join(root, relative);
  // "/..%2fsibling/file" must not reach a folder whose name merely starts with the root's.
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = path.join(candidate, "index.html");
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

async function send(request: IncomingMessage, response: ServerResponse, file: string, status: number): Promise<void> {
  const type = contentTypes[path.extname(file)] ?? "application/octet-stream";
  let body = await readFile(file);
  const headers: Record<string, string> = { "content-type": type, "cache-control": "no-cache" };
  const compressible = /^(text\/|application\/(json|xml|wasm|manifest)|image\/svg)/.test(type);
  if (compressible && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    body = gzipSync(body);
    headers["content-encoding"] = "gzip";
  }
  headers["content-length"] = String(body.length);
  response.writeHead(status, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = path.resolve(options.root);
  const base = `/${(options.base ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const server: Server = createServer((request, response) => {
    const handle = async (): Promise<void> => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      } catch {
        response.writeHead(400, { "content-type": "text/plain" }).end("Malformed address");
        return;
      }
      if (!pathname.startsWith(base) && `${pathname}/` !== base) {
        response.writeHead(404, { "content-type": "text/plain" }).end(`Not under the site's base path ${base}`);
        return;
      }
      const relative = pathname.slice(base.length - 1);
      // Directory URLs without their trailing slash redirect, as static hosts do.
      const found = await fileFor(root, relative);
      if (found?.endsWith("index.html") && !pathname.endsWith("/") && !relative.endsWith("index.html")) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      if (found) return send(request, response, found, 200);
      const notFound = path.join(root, "404.html");
      if ((await stat(notFound).catch(() => undefined))?.isFile()) return send(request, response, notFound, 404);
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    };
    handle().catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
