/**
 * Writes the files static hosts read beside the site:
 * - _headers (Netlify, Cloudflare Pages): the security headers and the
 *   Content-Security-Policy header for every path under the base, and
 *   long-lived caching for Astro's content-hashed bundle folder;
 * - .nojekyll (GitHub Pages): a branch-published site is otherwise run
 *   through Jekyll, which drops folders starting with "_" (such as _astro/).
 * Runs on the staging folder, after the search index and before the swap.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { immutableCacheControl, securityHeaders } from "../../src/site/content-security-policy.ts";

export interface WriteHeadersOptions {
  /** The built site (the staging folder). */
  siteDir: string;
  /** Path the site is served under, with leading and trailing "/". */
  base: string;
}

/** Netlify's and Cloudflare's format: a path pattern, then indented "Name: value" lines. */
function rule(pattern: string, headers: readonly (readonly [string, string])[]): string {
  return [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n");
}

export function headersFileText(base: string): string {
  return [
    "# Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages).",
    "# Written by scripts/build/write-headers.ts; docs/deploy.md gives the same headers for other hosts.",
    rule(`${base}*`, securityHeaders),
    "",
    rule(`${base}_astro/*`, [["Cache-Control", immutableCacheControl]]),
    "",
  ].join("\n");
}

/** Returns the files written, relative to the site folder. */
export async function writeHeaders(options: WriteHeadersOptions): Promise<string[]> {
  await writeFile(path.join(options.siteDir, "_headers"), headersFileText(options.base));
  await writeFile(path.join(options.siteDir, ".nojekyll"), "");
  return ["_headers", ".nojekyll"];
}
