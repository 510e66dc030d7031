/**
 * Reads a Netlify/Cloudflare `_headers` file the way those hosts do: a path
 * pattern ("*" matches anything) followed by indented "Name: value" lines;
 * every rule whose pattern matches a path contributes its headers. A browser
 * context can be made to receive them, standing in for such a host.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext } from "playwright-core";

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers: cannot read the line "${line}"`);
    rule.headers.push([match[1]?.trim() ?? "", match[2]?.trim() ?? ""]);
  }
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

/** Headers for one request path, lower-cased names, later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(pathname)) continue;
    for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** Adds the site's _headers headers to every response the context receives, as a host reading the file does. */
export async function applyHeadersFile(context: BrowserContext, outDir: string): Promise<void> {
  const rules = parseHeadersFile(await readFile(path.join(outDir, "_headers"), "utf8"));
  await context.route("**/*", async (route) => {
    const response = await route.fetch();
    // The body arrives decoded, so the compressed encoding and length no longer apply.
    const { "content-encoding": _encoding, "content-length": _length, ...headers } = response.headers();
    const added = headersFor(rules, new URL(route.request().url()).pathname);
    await route.fulfill({ response, headers: { ...headers, ...added } });
  });
}
