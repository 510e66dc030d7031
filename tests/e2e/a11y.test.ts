/**
 * Every page type in a real browser: axe finds no WCAG 2.2 A/AA violations,
 * keyboard users get a working skip link, and the Pagefind markup yields the
 * filters search will offer; no page scrolls sideways on a phone. Screenshots
 * for review are made by `npm run screenshots`, not by the tests.
 */
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import * as pagefind from "pagefind";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type RunningServer } from "../../scripts/serve/static-server.ts";
import { launchChromium } from "../../scripts/serve/launch-chromium.ts";
import { buildFixtureSite, fixtureBase, paginationCouncil, type FixtureSite } from "../support/build-fixture-site.ts";

const pages = {
  home: "",
  item: "items/leicestershire-2020-03-03-childrens-social-care-investment-plan/",
  "item-welsh": "items/cardiff-2019-11-20-gwasanaethau-plant/",
  "item-unknowns": "items/unknown-source-item/",
  councils: "councils/",
  council: "councils/leicestershire-county-council/",
  "council-page-2": `councils/${paginationCouncil.slug}/2/`,
  "council-not-known": "councils/council-not-known/",
  committees: "committees/",
  committee: "committees/manchester-city-council-children-and-young-people-scrutiny-committee/",
  topics: "topics/",
  topic: "topics/fostering/",
  years: "years/",
  year: "years/2020/",
  "year-not-known": "years/date-not-known/",
  about: "about/",
  accessibility: "accessibility/",
  "not-found": "no-such-page/",
};

let site: FixtureSite;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildFixtureSite();
  const { index } = await pagefind.createIndex({});
  await index?.addDirectory({ path: site.outDir });
  await index?.writeFiles({ outputPath: path.join(site.outDir, "pagefind") });
  await pagefind.close();
  server = await startStaticServer({ root: site.outDir, base: fixtureBase });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.cleanup();
});

describe("accessibility", () => {
  for (const [name, pagePath] of Object.entries(pages)) {
    it(`${name} has no WCAG 2.2 AA violations`, async () => {
      // AxeBuilder needs a page from an explicit context.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${pagePath}`);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
      expect(summary).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
      await context.close();
    });
  }

  it("lets a keyboard user skip to the main content", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${pages.item}`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });
});

describe("search markup", () => {
  it("gives Pagefind council, committee, topic and year filters from item pages", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    // A string, so Vitest's transform does not rewrite the browser-side import().
    const filters = await page.evaluate<Record<string, Record<string, number>>>(
      `import(${JSON.stringify(`${server.url}pagefind/pagefind.js`)}).then((search) => search.filters())`,
    );
    expect(Object.keys(filters).sort()).toEqual(["committee", "council", "topic", "year"]);
    expect(filters["council"]?.["Leicestershire County Council"]).toBe(3);
    expect(filters["council"]?.["Council not known"]).toBe(2);
    expect(filters["topic"]?.["Fostering"]).toBe(3);
    expect(filters["year"]?.["2020"]).toBe(2);
    await page.close();
  });
});

describe("feeds", () => {
  it("serves well-formed XML that a browser parses as RSS", async () => {
    const page = await browser.newPage();
    for (const feed of ["feed.xml", "councils/leicestershire-county-council/feed.xml", "topics/fostering/feed.xml"]) {
      const response = await page.request.get(`${server.url}${feed}`);
      const xml = await response.text();
      // DOMParser reports malformed XML as a <parsererror> document rather than throwing.
      const root = await page.evaluate(
        (source) => new DOMParser().parseFromString(source, "application/xml").documentElement.nodeName,
        xml,
      );
      expect(root, feed).toBe("rss");
    }
    await page.close();
  });
});

describe("responsive layout", () => {
  it("fits every page type on a 390px phone without sideways scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    const overflowing: string[] = [];
    for (const [name, pagePath] of Object.entries(pages)) {
      await page.goto(`${server.url}${pagePath}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) overflowing.push(`${name}: ${width}px`);
    }
    await page.close();
    expect(overflowing).toEqual([]);
  });
});
