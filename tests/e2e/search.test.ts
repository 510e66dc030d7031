/**
 * Search in a real browser: a small site is built from tests/e2e/fixtures/search
 * (seven items, five years, one undated, two acronyms), indexed in small shards
 * so merging across shards is exercised, served gzipped, and driven in Chromium.
 * Waits are for conditions on the page, never for time.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { missingItemPages } from "../../scripts/build/check-item-pages.ts";
import { indexSearch } from "../../scripts/build/index-search.ts";
import { startStaticServer, type RunningServer } from "../../scripts/serve/static-server.ts";
import { launchChromium } from "../../scripts/serve/launch-chromium.ts";
import { buildMarkdownSite } from "../support/build-markdown-site.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(projectRoot, "tests/e2e/fixtures/search");
const titles = {
  mistle: "Children's Social Care Investment Plan",
  kent2023: "Carer recruitment update",
  leics2023: "Placement sufficiency",
  kent2020: "Allowances for carers",
  undated: "Corporate parenting annual report",
  dorset: "Annual Self Evaluation of Children's Services",
};

interface BuiltSite {
  server: RunningServer;
  dir: string;
}

async function buildSite(base: string, maxItemsPerShard: number): Promise<BuiltSite> {
  const work = await mkdtemp(path.join(tmpdir(), "search-e2e-"));
  await buildMarkdownSite({
    contentDir: fixtures,
    outDir: path.join(work, "site"),
    base,
    cacheDir: path.join(work, ".astro-cache"),
  });
  const dir = path.join(work, "site");
  const summary = await indexSearch({
    pagefindDir: path.join(dir, "pagefind"),
    contentDir: fixtures,
    acronymsFile: path.join(fixtures, "acronyms.yaml"),
    maxItemsPerShard,
  });
  expect(await missingItemPages(dir, summary.slugs)).toEqual([]);
  return { server: await startStaticServer({ root: dir, base }), dir: work };
}

/** Waits for the announced count (set once every shard has answered) and returns it with the titles shown. */
async function settled(page: Page, count: RegExp): Promise<string[]> {
  await page.locator("#search-page-status").filter({ hasText: count }).waitFor();
  return page.locator(".search-result__link").allTextContents();
}

let browser: Browser;
let site: BuiltSite;

beforeAll(async () => {
  browser = await launchChromium();
  // Two items per shard: four shards (2023, 2022-2021, 2020-2019, undated).
  site = await buildSite("/", 2);
});

afterAll(async () => {
  await browser?.close();
  await site?.server.close();
  if (site) await rm(site.dir, { recursive: true, force: true });
});

async function openPage(address: string, context?: { javaScriptEnabled: boolean }): Promise<Page> {
  const page = await (await browser.newContext(context)).newPage();
  await page.goto(address);
  return page;
}

describe("search page", () => {
  test("typing MISTLE finds exactly the Leicestershire item, and its page highlights the term", async () => {
    const page = await openPage(`${site.server.url}search/`);
    await page.getByLabel("Words, item number or source file").fill("MISTLE");
    expect(await settled(page, /^1 result for “MISTLE”/)).toEqual([titles.mistle]);
    await page.waitForURL(/\/search\/\?q=MISTLE$/);
    await page.getByRole("link", { name: titles.mistle }).click();
    await page.waitForURL(/\/items\/leicestershire-2019-investment-plan\/\?highlight=mistle$/);
    await expect.poll(() => page.locator("[data-pagefind-body] mark").allTextContents()).toEqual(["MISTLE"]);
  });

  test("a deep link shows its results on load", async () => {
    const page = await openPage(`${site.server.url}search/?q=foster`);
    const shown = await settled(page, /^4 results for “foster”/);
    expect(shown.sort()).toEqual([titles.kent2020, titles.kent2023, titles.leics2023, titles.undated].sort());
    await expect.poll(() => page.getByLabel("Words, item number or source file").inputValue()).toBe("foster");
    await expect.poll(() => page.locator(".search-result__excerpt mark").count()).toBeGreaterThan(0);
  });

  test("filters narrow the results, combine, and are kept in the address", async () => {
    const page = await openPage(`${site.server.url}search/?q=foster`);
    await settled(page, /^4 results/);
    const council = page.getByRole("group", { name: "Council" });
    await council.getByLabel(/Kent County Council/).check();
    expect((await settled(page, /^2 results/)).sort()).toEqual([titles.kent2020, titles.kent2023].sort());
    await page
      .getByRole("group", { name: "Topic" })
      .getByLabel(/Finance/)
      .check();
    expect(await settled(page, /^1 result /)).toEqual([titles.kent2020]);
    await page.waitForURL(/council=Kent\+County\+Council&topic=Finance/);
    await page
      .getByRole("group", { name: "Topic" })
      .getByLabel(/Finance/)
      .uncheck();
    // Values within a group are alternatives; the other council's count says what ticking it adds.
    await expect
      .poll(() => council.locator("label", { hasText: "Leicestershire County Council" }).textContent())
      .toBe("Leicestershire County Council (1)");
    await council.getByLabel(/Leicestershire County Council/).check();
    expect((await settled(page, /^3 results/)).sort()).toEqual(
      [titles.kent2020, titles.kent2023, titles.leics2023].sort(),
    );
    await page.getByRole("group", { name: "Year" }).getByLabel(/2023/).check();
    expect((await settled(page, /^2 results/)).sort()).toEqual([titles.kent2023, titles.leics2023].sort());
  });

  test("date sorts order results newest or oldest first across shards, undated last", async () => {
    const page = await openPage(`${site.server.url}search/?q=foster&sort=newest`);
    expect(await settled(page, /^4 results/)).toEqual([
      titles.kent2023,
      titles.leics2023,
      titles.kent2020,
      titles.undated,
    ]);
    await page.getByLabel("Sort by").selectOption("oldest");
    await page.waitForURL(/sort=oldest/);
    await expect
      .poll(() => page.locator(".search-result__link").allTextContents())
      .toEqual([titles.kent2020, titles.leics2023, titles.kent2023, titles.undated]);
  });

  test("keyboard alone reaches a result, with visible focus, and opens it", async () => {
    const page = await openPage(`${site.server.url}search/?q=MISTLE`);
    await settled(page, /^1 result/);
    let onResult = false;
    for (let presses = 0; presses < 40 && !onResult; presses += 1) {
      await page.keyboard.press("Tab");
      onResult = await page.evaluate(() => document.activeElement?.classList.contains("search-result__link") ?? false);
    }
    expect(onResult).toBe(true);
    // global.css paints focused links with the yellow focus colour.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).backgroundColor)).toBe(
      "rgb(255, 221, 0)",
    );
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/items\/leicestershire-2019-investment-plan\//);
  });

  test("an acronym finds its expansion, and the expansion finds the acronym", async () => {
    const page = await openPage(`${site.server.url}search/?q=LAC`);
    expect((await settled(page, /^2 results for “LAC”/)).sort()).toEqual([titles.dorset, titles.kent2023].sort());
    await page.goto(`${site.server.url}search/?q=looked+after+children`);
    expect(await settled(page, /results? for “looked after children”/)).toContain(titles.kent2023);
  });

  test("an item number or a source file name finds its item", async () => {
    const page = await openPage(`${site.server.url}search/?q=${encodeURIComponent("CYP/15/24")}`);
    expect(await settled(page, /^1 result/)).toEqual([titles.kent2023]);
    await page.goto(`${site.server.url}search/?q=000_210aec23ac9c1b66.txt`);
    expect(await settled(page, /^1 result/)).toEqual([titles.mistle]);
    // Its shard-mate kent_cyp_2023_09.txt shares parts of the name; only the named item is found.
    await page.goto(`${site.server.url}search/?q=kent_cyp_2020_01.txt`);
    expect(await settled(page, /^1 result/)).toEqual([titles.kent2020]);
  });

  test("a rare word opens only the first shard and the shard that holds it, each file fetched once", async () => {
    const page = await (await browser.newContext()).newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.url}search/?q=MISTLE`);
    expect(await settled(page, /^1 result for “MISTLE”/)).toEqual([titles.mistle]);
    const foldersOpened = new Set(requested.flatMap((file) => /^\/pagefind\/([^/]+)\//.exec(file)?.[1] ?? []));
    // 2023 is searched first, then the term directory (terms/) names 2020-2019 alone.
    expect([...foldersOpened].sort()).toEqual(["2020-2019", "2023", "terms"]);
    // The first shard's entry, meta and wasm are preloaded together, and Pagefind uses those responses.
    const firstShardFiles = requested.filter((file) => file.startsWith("/pagefind/2023/") && !file.includes("/index/"));
    expect(firstShardFiles).toHaveLength(new Set(firstShardFiles).size);
    expect(firstShardFiles.filter((file) => file.endsWith("wasm.en.pagefind"))).toHaveLength(1);
  });

  test("without JavaScript the page says search needs it and links to browsing", async () => {
    const page = await openPage(`${site.server.url}search/?q=foster`, { javaScriptEnabled: false });
    await expect.poll(() => page.locator("noscript").textContent()).toContain("Search needs JavaScript");
    expect(await page.getByLabel("Words, item number or source file").isDisabled()).toBe(true);
    for (const name of ["councils", "topics", "years"])
      expect(await page.getByRole("link", { name, exact: true }).getAttribute("href")).toBe(`/${name}/`);
  });

  test("a missing index is reported plainly, and the controls stay off", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.route("**/pagefind/shards.json", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`${site.server.url}search/?q=foster`);
    await page.locator("#search-page-notice").filter({ hasText: "Search is not available" }).waitFor();
    expect(await page.getByLabel("Words, item number or source file").isDisabled()).toBe(true);
  });
});

describe("search on a site hosted under /minutes/", () => {
  let sub: BuiltSite;
  beforeAll(async () => {
    sub = await buildSite("/minutes/", 10_000);
  });
  afterAll(async () => {
    await sub?.server.close();
    if (sub) await rm(sub.dir, { recursive: true, force: true });
  });

  test("finds, links and highlights under the base path", async () => {
    const page = await openPage(`${sub.server.url}search/?q=foster&sort=newest`);
    expect(await settled(page, /^4 results/)).toEqual([
      titles.kent2023,
      titles.leics2023,
      titles.kent2020,
      titles.undated,
    ]);
    await page.getByLabel("Words, item number or source file").fill("MISTLE");
    expect(await settled(page, /^1 result for “MISTLE”/)).toEqual([titles.mistle]);
    await page.waitForURL(/\/minutes\/search\/\?q=MISTLE&sort=newest$/);
    await page.getByRole("link", { name: titles.mistle }).click();
    await page.waitForURL(/\/minutes\/items\/leicestershire-2019-investment-plan\/\?highlight=mistle$/);
    await expect.poll(() => page.locator("[data-pagefind-body] mark").allTextContents()).toEqual(["MISTLE"]);
  });
});
