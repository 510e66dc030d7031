import { describe, expect, test } from "vitest";
import {
  fetchPreload,
  modulePreload,
  staticImports,
  withSearchPreloads,
} from "../../../scripts/build/search-preloads.ts";
import type { ShardManifest } from "../../../src/search/shard-manifest.ts";
import { shardPreloadFiles } from "../../../src/search/shard-preload.ts";

const manifest: ShardManifest = {
  version: 1,
  language: "en",
  cacheTag: "abc123",
  shards: [
    { id: "2025", count: 3, newestYear: 2025, oldestYear: 2025, meta: "pagefind.en_1a.pf_meta" },
    { id: "undated", count: 1, newestYear: null, oldestYear: null },
  ],
};

const page = (base: string): string =>
  `<head><title>Search</title><link rel="preload" href="${base}pagefind/shards.json" as="fetch" crossorigin="anonymous"><link rel="modulepreload" href="${base}pagefind/pagefind.js"></head><body></body>`;

describe("shardPreloadFiles", () => {
  test("names the entry at the address Pagefind asks for, the meta and the language's wasm", () => {
    expect(shardPreloadFiles(manifest, manifest.shards[0]!)).toEqual([
      "2025/pagefind-entry.json?ts=abc123",
      "2025/pagefind.en_1a.pf_meta",
      "2025/wasm.en.pagefind",
    ]);
  });

  test("leaves the wasm out for a shard opened after the first, which shares its module", () => {
    expect(shardPreloadFiles(manifest, manifest.shards[0]!, { wasm: false })).toEqual([
      "2025/pagefind-entry.json?ts=abc123",
      "2025/pagefind.en_1a.pf_meta",
    ]);
  });

  test("names nothing when shards.json lacks the meta's name or the cache tag", () => {
    expect(shardPreloadFiles(manifest, manifest.shards[1]!)).toEqual([]);
    expect(shardPreloadFiles({ version: 1, language: "en", shards: manifest.shards }, manifest.shards[0]!)).toEqual([]);
  });
});

describe("withSearchPreloads", () => {
  const links = [fetchPreload("/minutes/pagefind/2025/wasm.en.pagefind"), modulePreload("/minutes/_astro/helper.js")];

  test("puts the links right after the page's preload of shards.json", () => {
    const html = withSearchPreloads(page("/minutes/"), "/minutes/", links);
    expect(html).toBe(
      page("/minutes/").replace(
        'crossorigin="anonymous">',
        'crossorigin="anonymous">' +
          '<link rel="preload" href="/minutes/pagefind/2025/wasm.en.pagefind" as="fetch" crossorigin="anonymous" data-search-preload>' +
          '<link rel="modulepreload" href="/minutes/_astro/helper.js" data-search-preload>',
      ),
    );
  });

  test("running it again replaces its own links rather than adding more", () => {
    const once = withSearchPreloads(page("/"), "/", [fetchPreload("/pagefind/a")]);
    expect(withSearchPreloads(once, "/", [fetchPreload("/pagefind/a")])).toBe(once);
    expect(withSearchPreloads(once, "/", [fetchPreload("/pagefind/b")])).toBe(
      withSearchPreloads(page("/"), "/", [fetchPreload("/pagefind/b")]),
    );
  });

  test("escapes the addresses as attribute values", () => {
    expect(fetchPreload('/pagefind/a"b&c')).toContain('href="/pagefind/a&quot;b&amp;c"');
  });

  test("says where to look when the page no longer preloads shards.json", () => {
    expect(() => withSearchPreloads(page("/"), "/other/", links)).toThrow(
      /no preload of \/other\/pagefind\/shards\.json/,
    );
  });
});

describe("staticImports", () => {
  test("reads the import statements a built chunk starts with, as addresses beside it", () => {
    const script =
      'import{t as e}from"./preload-helper.D1.js";import"./side.js";\nimport * as x from "../lib/x.js";var a=import(`./lazy.js`);import{b}from"./late.js"';
    expect(staticImports(script, "/minutes/_astro/search.js")).toEqual([
      "/minutes/_astro/preload-helper.D1.js",
      "/minutes/_astro/side.js",
      "/minutes/lib/x.js",
    ]);
  });

  test("a chunk without imports has none", () => {
    expect(staticImports("var a=1;export{a}", "/_astro/a.js")).toEqual([]);
  });
});
