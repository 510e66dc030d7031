/**
 * A cold first search, in Chromium on the fixture site hosted under a
 * sub-path and indexed in small shards:
 * - the preloads the build writes into the search page
 *   (scripts/build/search-preloads.ts): the page's HTML names the newest
 *   shard's entry, meta and wasm and the page script's imports, each file
 *   exists, and a cold search fetches each of them once, from the preload (an
 *   address that differed from the one Pagefind or the script asks for would
 *   be fetched twice);
 * - a rare word's shard opened while the first shard is still loading: both
 *   must share the first shard's WebAssembly module (shard-instances.ts).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { indexSearch } from "../../scripts/build/index-search.ts";
import { writeSearchPreloads } from "../../scripts/build/search-preloads.ts";
import { launchChromium } from "../../scripts/serve/launch-chromium.ts";
import { startStaticServer, type RunningServer } from "../../scripts/serve/static-server.ts";
import { buildMarkdownSite } from "../support/build-markdown-site.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(projectRoot, "tests/e2e/fixtures/search");
const base = "/minutes/";

let work: string;
let siteDir: string;
let server: RunningServer;
let browser: Browser;
let written: string[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "search-preloads-"));
  siteDir = path.join(work, "site");
  await buildMarkdownSite({ contentDir: fixtures, outDir: siteDir, base, cacheDir: path.join(work, ".astro-cache") });
  // Two items per shard, so the newest shard is one of several.
  await indexSearch({ pagefindDir: path.join(siteDir, "pagefind"), contentDir: fixtures, maxItemsPerShard: 2 });
  written = await writeSearchPreloads({ siteDir, base });
  server = await startStaticServer({ root: siteDir, base });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("search page preloads", () => {
  test("the page's HTML preloads the newest shard's entry, meta and wasm and the script's imports", async () => {
    const shardFiles = written.filter((href) => href.startsWith(`${base}pagefind/`));
    expect(shardFiles.map((href) => href.replace(/^.*\/2023\//, "").replace(/_\w+\.pf_meta$/, ""))).toEqual([
      expect.stringMatching(/^pagefind-entry\.json\?ts=\w+$/),
      "pagefind.en",
      "wasm.en.pagefind",
    ]);
    const modules = written.filter((href) => href.startsWith(`${base}_astro/`));
    expect(modules.length).toBe(written.length - 3);
    expect(modules[0]).toMatch(/\/_astro\/search\.astro_.*\.js$/);
    const html = await readFile(path.join(siteDir, "search", "index.html"), "utf8");
    for (const href of written) {
      expect(html).toContain(`href="${href}"`);
      const file = href.slice(base.length).replace(/\?.*$/, "");
      expect(existsSync(path.join(siteDir, file)), file).toBe(true);
    }
  });

  test("writing them again gives the same page", async () => {
    const page = path.join(siteDir, "search", "index.html");
    const before = await readFile(page, "utf8");
    expect(await writeSearchPreloads({ siteDir, base })).toEqual(written);
    expect(await readFile(page, "utf8")).toBe(before);
  });

  test("a cold search fetches each preloaded file once and finds its results", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on("request", (request) => {
      const address = new URL(request.url());
      requested.push(address.pathname + address.search);
    });
    await page.goto(`${server.url}search/?q=foster`);
    await page
      .locator("#search-page-status")
      .filter({ hasText: /\d+ results? for/ })
      .waitFor();
    expect(await page.locator(".search-result__link").count()).toBeGreaterThan(0);
    // Once per file, whatever its query: a preload Pagefind could not use would leave it fetching its own copy.
    const pathOf = (address: string): string => address.replace(/\?.*$/, "");
    for (const href of written) {
      expect(
        requested.filter((address) => pathOf(address) === pathOf(href)),
        href,
      ).toEqual([href]);
    }
    await context.close();
  });

  test("without a search index nothing is written", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "search-preloads-empty-"));
    expect(await writeSearchPreloads({ siteDir: empty, base })).toEqual([]);
    await rm(empty, { recursive: true, force: true });
  });
});

describe("Pagefind's gzipped files", () => {
  test("are inflated by the browser's DecompressionStream (the patched runtime), and the search still finds its item", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const counted = window as unknown as { inflated: number };
      counted.inflated = 0;
      const Native = DecompressionStream;
      window.DecompressionStream = class extends Native {
        constructor(format: CompressionFormat) {
          super(format);
          counted.inflated += 1;
        }
      };
    });
    await page.goto(`${server.url}search/?q=MISTLE`);
    await page
      .locator("#search-page-status")
      .filter({ hasText: /^1 result for “MISTLE”/ })
      .waitFor({ timeout: 10_000 });
    // At least the wasm, the meta, an index chunk and a fragment.
    expect(await page.evaluate(() => (window as unknown as { inflated: number }).inflated)).toBeGreaterThanOrEqual(4);
    await context.close();
  });
});

describe("a rare word's shard opened while the first one loads", () => {
  test("finds its item: the shards wait for one WebAssembly module rather than each loading its own", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    // Counts the WebAssembly modules the page instantiates: Pagefind's must be one for every shard.
    await page.addInitScript(() => {
      const counted = window as unknown as { wasmInstances: number };
      counted.wasmInstances = 0;
      const instantiate = WebAssembly.instantiate.bind(WebAssembly);
      WebAssembly.instantiate = ((...args: Parameters<typeof instantiate>) => {
        counted.wasmInstances += 1;
        return instantiate(...args);
      }) as typeof WebAssembly.instantiate;
    });
    // Holds the wasm until a second shard asks for its own too (or 1 s has passed), then lets them all go at
    // once, so a shard opened early without the wait would most often instantiate beside the first (without
    // it, 2 of 7 runs failed; tests/unit/search/shard-instances.test.ts checks the order itself). Now that the
    // shards share the first one's wasm, no second request should come, and the hold ends after 1 s.
    const held: (() => void)[] = [];
    const releaseAll = (): void => held.splice(0).forEach((release) => release());
    const wasmFetched: string[] = [];
    await page.route("**/wasm.en.pagefind", (route) => {
      wasmFetched.push(new URL(route.request().url()).pathname);
      held.push(() => void route.continue());
      if (held.length === 2) releaseAll();
      else setTimeout(releaseAll, 1000);
    });
    await page.goto(`${server.url}search/?q=MISTLE`);
    await page
      .locator("#search-page-status")
      .filter({ hasText: /^1 result for “MISTLE”/ })
      .waitFor({ timeout: 10_000 });
    expect(await page.locator(".search-result__link").allTextContents()).toEqual([
      "Children's Social Care Investment Plan",
    ]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { wasmInstances: number }).wasmInstances)).toBe(1);
    // ... and fetch it once: the newest shard's copy serves the rare word's shard too.
    expect(wasmFetched).toEqual([`${base}pagefind/2023/wasm.en.pagefind`]);
    await context.close();
  });
});
