/**
 * --max-files, for hosts that cap a site's file count: a corpus whose own-page
 * layout cannot fit is built with items on shared council-year pages, every
 * item and link still reachable, search results leading to the item's anchor,
 * and a cap nothing can meet refused before anything is published.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { generateCorpus, type Corpus } from "../../scripts/bench/generate-corpus.ts";
import { countSiteFiles } from "../../scripts/build/plan-file-budget.ts";
import { readSearchItems } from "../../scripts/build/search-items.ts";
import { launchChromium } from "../../scripts/serve/launch-chromium.ts";
import { startStaticServer } from "../../scripts/serve/static-server.ts";
import { sharedPageSlug } from "../../src/site/site-layout.ts";
import { buildSite, type BuiltSite } from "../support/build-site.ts";
import { htmlReferences } from "../support/page-references.ts";

const ITEMS = 120;
const MAX_FILES = 250;

let corpus: Corpus;
let site: BuiltSite;

beforeAll(async () => {
  // Three councils over two years: 120 items, at most six council-year pages (and any undated ones).
  corpus = await generateCorpus({
    items: ITEMS,
    outDir: path.join(mkdtempSync(path.join(tmpdir(), "max-files-")), "raw"),
    years: [2024, 2025],
    councils: ["Kent County Council", "Leeds City Council", "Torbay Council"],
  });
  site = buildSite(corpus.inputDir, { extraArgs: ["--max-files", String(MAX_FILES)] });
});

/** Every HTML file of the site, relative to its root. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
}

const articleIds = (html: string): string[] =>
  Array.from(html.matchAll(/<article class="item" id="([^"]+)"/g), (match) => match[1] ?? "");

describe("npm run build -- --max-files N", () => {
  it("fits the site in N files by sharing item pages, and says so", async () => {
    expect(site.exitCode, site.log).toBe(0);
    expect(site.log).toMatch(/shared council-year pages/);
    const files = await countSiteFiles(site.outDir);
    expect(files).toBeLessThanOrEqual(MAX_FILES);
    expect(site.log).toContain(`the site has ${files} files (at most ${MAX_FILES})`);
    // Without the cap the items alone would take one page each.
    expect(readdirSync(path.join(site.outDir, "items")).length).toBeLessThan(ITEMS / 10);
  });

  it("puts every item, once, on its council's page for its year", () => {
    const items = readSearchItems(site.contentDir).map(({ item }) => item);
    expect(items).toHaveLength(ITEMS);
    const found = new Map<string, string>();
    for (const page of readdirSync(path.join(site.outDir, "items"))) {
      for (const id of articleIds(readFileSync(path.join(site.outDir, "items", page, "index.html"), "utf8"))) {
        expect(found.has(id), `${id} is on two pages`).toBe(false);
        found.set(id, page);
      }
    }
    for (const item of items) expect(found.get(item.slug), item.slug).toBe(sharedPageSlug(item));
  });

  it("links every listing, feed and page to an item's anchor that exists", () => {
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string): Set<string> => {
      let set = idsOf.get(file);
      if (!set) {
        const html = readFileSync(path.join(site.outDir, file), "utf8");
        idsOf.set(file, (set = new Set(Array.from(html.matchAll(/\bid="([^"]+)"/g), (match) => match[1] ?? ""))));
      }
      return set;
    };
    let itemLinks = 0;
    for (const file of htmlFiles(site.outDir)) {
      const html = readFileSync(path.join(site.outDir, file), "utf8");
      for (const reference of htmlReferences(html)) {
        const url = new URL(reference, `https://example.org/${file}`);
        if (url.origin !== "https://example.org" || !url.pathname.startsWith("/items/")) continue;
        itemLinks += 1;
        const pathname = decodeURIComponent(url.pathname).slice(1);
        const target = pathname.endsWith(".html") ? pathname : path.join(pathname, "index.html");
        expect(existsSync(path.join(site.outDir, target)), `${file} → ${reference}`).toBe(true);
        if (url.hash)
          expect(ids(target).has(decodeURIComponent(url.hash.slice(1))), `${file} → ${reference}`).toBe(true);
      }
    }
    expect(itemLinks).toBeGreaterThan(ITEMS);
    const feed = readFileSync(path.join(site.outDir, "feed.xml"), "utf8");
    expect(feed).toMatch(/<link>https:\/\/example\.org\/items\/[a-z-]+-20\d\d\/#[a-z0-9-]+<\/link>/);
  });

  it("refuses a cap no layout can meet, and publishes nothing", () => {
    const refused = buildSite(corpus.inputDir, { extraArgs: ["--max-files", "20"] });
    expect(refused.exitCode).not.toBe(0);
    expect(refused.log).toMatch(/--max-files 20: even the most compact layout needs about \d+ files for 120 items/);
    expect(existsSync(refused.outDir)).toBe(false);
  });
});

describe("a site with shared item pages, in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("leads from a marker word's result to the item's section", async () => {
    const server = await startStaticServer({ root: site.outDir });
    try {
      const page = await (await browser.newContext()).newPage();
      for (const { marker } of corpus.markers.slice(0, 3)) {
        await page.goto(`${server.url}search/?q=${marker}`);
        await page
          .locator("#search-page-status")
          .filter({ hasText: /1 result/ })
          .waitFor();
        const link = page.locator(".search-result__link");
        expect(await link.count()).toBe(1);
        expect(await link.getAttribute("href")).toMatch(/^\/items\/[a-z-]+-20\d\d\/\?highlight=[a-z0-9]+#[a-z0-9-]+$/);
        await link.click();
        await page.waitForURL(/#/);
        const section = page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`);
        expect(await section.textContent()).toContain(marker);
      }
    } finally {
      await server.close();
    }
  });

  it("has shared pages with no WCAG 2.2 AA violations (and none of axe's best practices broken)", async () => {
    const server = await startStaticServer({ root: site.outDir });
    try {
      const page = await (await browser.newContext()).newPage();
      const fullest = readdirSync(path.join(site.outDir, "items"))
        .map((slug) => ({ slug, html: readFileSync(path.join(site.outDir, "items", slug, "index.html"), "utf8") }))
        .sort((a, b) => articleIds(b.html).length - articleIds(a.html).length)[0];
      await page.goto(`${server.url}items/${fullest?.slug ?? ""}/`);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).toEqual([]);
      // Headings go down one level at a time: h1 page, h2 item, h3 its sections.
      const levels = await page
        .locator("main h1, main h2, main h3, main h4")
        .evaluateAll((all) => all.map((heading) => Number(heading.tagName.slice(1))));
      expect(levels[0]).toBe(1);
      for (const [index, level] of levels.entries())
        if (index > 0) expect(level - (levels[index - 1] ?? 1)).toBeLessThanOrEqual(1);
    } finally {
      await server.close();
    }
  });
});
