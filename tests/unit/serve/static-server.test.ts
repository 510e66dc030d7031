import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type RunningServer } from "../../../scripts/serve/static-server.ts";

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise "..", "%2f"). */
function get(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const call = request({ hostname, port, path: rawPath }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    call.on("error", reject);
    call.end();
  });
}

describe("the static server", () => {
  const parent = mkdtempSync(path.join(tmpdir(), "static-server-"));
  const root = path.join(parent, "dist");
  let server: RunningServer;

  beforeAll(async () => {
    mkdirSync(path.join(root, "items", "a"), { recursive: true });
    mkdirSync(path.join(parent, "dist-secret"));
    writeFileSync(path.join(root, "index.html"), "home");
    writeFileSync(path.join(root, "items", "a", "index.html"), "item a");
    writeFileSync(path.join(root, "404.html"), "not found page");
    writeFileSync(path.join(parent, "dist-secret", "key.txt"), "secret");
    server = await startStaticServer({ root, base: "/minutes/" });
  });
  afterAll(async () => {
    await server.close();
  });

  it("serves directory pages under the base path and redirects to the trailing slash", async () => {
    expect(await get(server.url, "/minutes/items/a/")).toEqual({ status: 200, body: "item a" });
    expect((await get(server.url, "/minutes/items/a")).status).toBe(301);
  });

  it("answers unknown paths with 404.html and a 404 status", async () => {
    expect(await get(server.url, "/minutes/no-such-page/")).toEqual({ status: 404, body: "not found page" });
  });

  it("never serves a file outside the site folder, even one whose folder name starts the same", async () => {
    const escaped = await get(server.url, "/minutes/..%2fdist-secret%2fkey.txt");
    expect(escaped.body).not.toContain("secret");
    expect(escaped.status).toBe(404);
  });

  it("answers a malformed address with 400 and keeps running", async () => {
    expect((await get(server.url, "/minutes/%E0%A4%A")).status).toBe(400);
    expect((await get(server.url, "/minutes/")).body).toBe("home");
  });
});
