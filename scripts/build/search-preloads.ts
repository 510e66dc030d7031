/**
 * Writes the first search's preloads into the built search page
 * (<site>/search/index.html), so a cold search fetches everything it needs
 * before its first lookup in one round, beside the page's script (issue 5):
 * - the newest shard's pagefind-entry.json, pf_meta and wasm
 *   (src/search/shard-preload.ts). The page's script adds the same links once
 *   it has read shards.json, but on a cold page it runs ~100 ms after the HTML
 *   has arrived. The pf_meta's name is a content hash known only once the index
 *   is built, and the index is built beside Astro, so this runs after both.
 * - the page's script and its own imports (Vite's module-preload helper): the
 *   script tag ends the body, so the browser asked for it only after its first
 *   layout, and for its imports only once it had arrived (Astro preloads
 *   neither).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { shardOrder } from "../../src/search/run-search.ts";
import { isShardManifest } from "../../src/search/shard-manifest.ts";
import { shardPreloadFiles } from "../../src/search/shard-preload.ts";
import { escapeRegExp } from "../../src/site/escape-reg-exp.ts";

export interface SearchPreloadOptions {
  /** The built site: <siteDir>/search/index.html and <siteDir>/pagefind/shards.json. */
  siteDir: string;
  /** Path the site is served under, with leading and trailing "/". */
  base: string;
}

/** Marks the links this step writes, so running it again replaces them. */
const marker = "data-search-preload";

const escapeAttribute = (value: string): string => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");

export const fetchPreload = (href: string): string =>
  `<link rel="preload" href="${escapeAttribute(href)}" as="fetch" crossorigin="anonymous" ${marker}>`;
export const modulePreload = (href: string): string =>
  `<link rel="modulepreload" href="${escapeAttribute(href)}" ${marker}>`;

/** The page's HTML with `links` right after its preload of shards.json (pure, for tests). */
export function withSearchPreloads(html: string, base: string, links: readonly string[]): string {
  const cleared = html.replace(new RegExp(`<link [^>]*${marker}[^>]*>`, "g"), "");
  // search.astro's own preload of shards.json: the page's first request, so these follow it.
  const anchor = new RegExp(`<link [^>]*href="${escapeRegExp(`${base}pagefind/shards.json`)}"[^>]*>`).exec(cleared);
  if (!anchor) {
    throw new Error(
      `the search page has no preload of ${base}pagefind/shards.json to put the index preloads after; see src/pages/search.astro.`,
    );
  }
  const at = anchor.index + anchor[0].length;
  return `${cleared.slice(0, at)}${links.join("")}${cleared.slice(at)}`;
}

/** The addresses a built module script imports statically: the `import … from "./x.js"` statements it starts with. */
export function staticImports(script: string, scriptHref: string): string[] {
  const statement = /^\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']\s*;?/;
  const found: string[] = [];
  let rest = script;
  for (let match = statement.exec(rest); match; match = statement.exec(rest)) {
    found.push(new URL(match[1] ?? "", new URL(scriptHref, "http://site.invalid")).pathname);
    rest = rest.slice(match[0].length);
  }
  return found;
}

/**
 * Adds the preloads to the staged site's search page; returns their addresses. Without a search index
 * (no valid shards.json) nothing is added: the page then says search is not available.
 */
export async function writeSearchPreloads(options: SearchPreloadOptions): Promise<string[]> {
  const { siteDir, base } = options;
  const manifest: unknown = JSON.parse(
    await readFile(path.join(siteDir, "pagefind", "shards.json"), "utf8").catch(() => "null"),
  );
  if (!isShardManifest(manifest)) return [];
  // A search with a query, or with filters only, opens the newest dated shard first (run-search.ts);
  // only "oldest first" starts elsewhere, and the page preloads that shard itself.
  const [first] = shardOrder(manifest.shards, "newest");
  const fetches = first ? shardPreloadFiles(manifest, first).map((file) => `${base}pagefind/${file}`) : [];
  const page = path.join(siteDir, "search", "index.html");
  const html = await readFile(page, "utf8");
  const modules: string[] = [];
  for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
    if (!src?.startsWith(base)) continue;
    const script = await readFile(path.join(siteDir, src.slice(base.length)), "utf8");
    modules.push(src, ...staticImports(script, src));
  }
  // The scripts first: the page can do nothing before they run.
  await writeFile(page, withSearchPreloads(html, base, [...modules.map(modulePreload), ...fetches.map(fetchPreload)]));
  return [...modules, ...fetches];
}
