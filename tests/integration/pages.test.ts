/**
 * Builds a small site from tests/fixtures/site-content/ under the /minutes/
 * base and checks what readers and crawlers get in dist/: pages, order,
 * honest unknowns, Pagefind markup, feeds, downloads and that no link is broken.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parseDocument } from "htmlparser2";
import * as pagefind from "pagefind";
import type { Element } from "domhandler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildFixtureSite,
  fixtureBase,
  fixtureSite,
  paginationCouncil,
  type FixtureSite,
} from "../support/build-fixture-site.ts";
import { byAttribute, findAll, listFiles, listedItemSlugs, readHtml, text } from "../support/read-dist.ts";

let site: FixtureSite;
let files: string[];
const htmlFiles = (): string[] => files.filter((file) => file.endsWith(".html"));
const itemPages = (): string[] => htmlFiles().filter((file) => file.startsWith("items/"));

beforeAll(async () => {
  site = await buildFixtureSite();
  files = await listFiles(site.outDir);
});
afterAll(() => site?.cleanup());

describe("pages", () => {
  it("writes one page per item", () => {
    expect(itemPages()).toHaveLength(site.itemCount);
  });

  it("lists a council's items newest first, 50 to a page, the undated item last", async () => {
    const first = listedItemSlugs(await readHtml(site.outDir, `councils/${paginationCouncil.slug}/index.html`));
    const second = listedItemSlugs(await readHtml(site.outDir, `councils/${paginationCouncil.slug}/2/index.html`));
    expect(first).toHaveLength(50);
    expect([...first, ...second]).toEqual([
      ...Array.from(
        { length: paginationCouncil.dated },
        (_, index) => `pagination-${String(index + 1).padStart(3, "0")}`,
      ),
      "pagination-000",
    ]);
  });

  it("orders topic and year pages newest first", async () => {
    expect(listedItemSlugs(await readHtml(site.outDir, "topics/fostering/index.html"))).toEqual([
      "leicestershire-2021-06-10-ofsted-focused-visit",
      "anglesey-2018-01-15-corporate-parenting",
      "leicestershire-undated-foster-carer-recruitment",
    ]);
    expect(listedItemSlugs(await readHtml(site.outDir, "years/2020/index.html"))).toEqual([
      "leicestershire-2020-03-03-childrens-social-care-investment-plan",
      "manchester-2020-03-03-care-leavers-local-offer",
    ]);
  });

  it("lists items with no council or date under honest headings instead of dropping them", async () => {
    const undated = listedItemSlugs(await readHtml(site.outDir, "years/date-not-known/index.html"));
    expect(undated).toEqual(
      expect.arrayContaining([
        "unknown-source-item",
        "leicestershire-undated-foster-carer-recruitment",
        "pagination-000",
      ]),
    );
    const noCouncil = listedItemSlugs(await readHtml(site.outDir, "councils/council-not-known/index.html"));
    expect(noCouncil).toEqual(["panel-without-council-2022-09-01", "unknown-source-item"]);
    const councils = await readFile(path.join(site.outDir, "councils/index.html"), "utf8");
    expect(councils).toContain("Council not known");
  });

  it("marks Welsh minutes as Welsh and the meeting date as a <time>", async () => {
    const page = await readHtml(site.outDir, "items/cardiff-2019-11-20-gwasanaethau-plant/index.html");
    expect(findAll(page, byAttribute("lang", "cy")).map((element) => element.name)).toEqual(
      expect.arrayContaining(["h1", "div"]),
    );
    const [time] = findAll(page, byAttribute("datetime", "2019-11-20"));
    expect(time && text(time)).toBe("20 November 2019");
  });

  it("links an item to others from its council and on its topics, never to itself", async () => {
    const slug = "leicestershire-2020-03-03-childrens-social-care-investment-plan";
    const page = await readHtml(site.outDir, `items/${slug}/index.html`);
    const [related] = findAll(page, (element) => (element.attribs["class"] ?? "") === "related");
    const linked = related
      ? findAll(related, (element) => element.name === "a").map((link) => link.attribs["href"])
      : [];
    expect(linked).toContain(`${fixtureBase}items/leicestershire-2021-06-10-ofsted-focused-visit/`);
    expect(linked).toContain(`${fixtureBase}items/manchester-2020-03-03-care-leavers-local-offer/`);
    expect(linked).not.toContain(`${fixtureBase}items/${slug}/`);
  });

  it("does not number resolutions again when they keep their printed labels", async () => {
    const labelled = await readFile(
      path.join(site.outDir, "items/anglesey-2018-01-15-corporate-parenting/index.html"),
      "utf8",
    );
    expect(labelled).toMatch(/<ul class="resolutions__list labelled-list"><li>a\) That the annual report/);
    const plain = await readFile(
      path.join(site.outDir, "items/manchester-2020-03-03-care-leavers-local-offer/index.html"),
      "utf8",
    );
    expect(plain).toMatch(/<ol class="resolutions__list"><li>To note the report/);
  });

  it("notes values read from the minutes text", async () => {
    const html = await readFile(path.join(site.outDir, "items/panel-without-council-2022-09-01/index.html"), "utf8");
    expect(html.match(/\(from the minutes text\)/g)).toHaveLength(2);
  });

  it("gives citation meta tags, with the council as publisher", async () => {
    const page = await readHtml(
      site.outDir,
      "items/leicestershire-2020-03-03-childrens-social-care-investment-plan/index.html",
    );
    const meta = Object.fromEntries(
      findAll(page, (element) => element.name === "meta" && !!element.attribs["name"]).map(
        (element): [string, string] => [element.attribs["name"] ?? "", element.attribs["content"] ?? ""],
      ),
    );
    expect(meta).toMatchObject({
      "DC.publisher": "Leicestershire County Council",
      citation_date: "2020/03/03",
      citation_public_url: `${fixtureSite}${fixtureBase}items/leicestershire-2020-03-03-childrens-social-care-investment-plan/`,
    });
  });

  it("reads the ingest report on the about page", async () => {
    const about = await readHtml(site.outDir, "about/index.html");
    const facts = Object.fromEntries(
      findAll(about, (element) => element.name === "dt").map((term) => [
        text(term),
        term.nextSibling ? text(term.nextSibling as Element) : "",
      ]),
    );
    expect(facts["Source files rejected"]).toMatch(/^1 /);
    expect(facts["Last built"]).toBe("14 November 2023 at 22:13 UTC");
  });
});

describe("search markup (GUIDE point 7)", () => {
  it("puts data-pagefind-body on item pages only, once each", async () => {
    for (const file of htmlFiles()) {
      const bodies = findAll(await readHtml(site.outDir, file), byAttribute("data-pagefind-body"));
      expect(bodies, file).toHaveLength(file.startsWith("items/") ? 1 : 0);
    }
  });

  it("indexes exactly the item pages, with title, date, council and topics for results", async () => {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error("Pagefind did not start");
    await index.addDirectory({ path: site.outDir });
    // addDirectory counts every page it read; the written index holds only the pages with a body.
    const outputPath = path.join(site.outDir, "..", "pagefind-check");
    await index.writeFiles({ outputPath });
    const entry = JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(site.itemCount);
    const html = await readFile(
      path.join(site.outDir, "items/leicestershire-2020-03-03-childrens-social-care-investment-plan/index.html"),
      "utf8",
    );
    const { file } = await index.addHTMLFile({ url: "/check/", content: html });
    expect(file.meta).toMatchObject({
      title: "Children's Social Care Investment Plan",
      date: "3 March 2020",
      council: "Leicestershire County Council",
      topics: "Commissioning; Residential care",
    });
    await pagefind.close();
  });
});

describe("feeds and downloads", () => {
  it("writes RSS feeds listing the newest dated items first (well-formedness: tests/e2e)", async () => {
    const feed = parseDocument(await readFile(path.join(site.outDir, "feed.xml"), "utf8"), { xmlMode: true });
    const links = findAll(feed, (element) => element.name === "item").map((item) => {
      const [link] = findAll(item, (element) => element.name === "link");
      return link ? text(link) : "";
    });
    expect(links).toHaveLength(50);
    expect(links[0]).toBe(`${fixtureSite}${fixtureBase}items/panel-without-council-2022-09-01/`);
    expect(links).not.toContain(`${fixtureSite}${fixtureBase}items/unknown-source-item/`);
    const council = await readFile(path.join(site.outDir, "councils/manchester-city-council/feed.xml"), "utf8");
    expect(council).toContain("manchester-2020-03-03-care-leavers-local-offer");
    expect(existsSync(path.join(site.outDir, "topics/fostering/feed.xml"))).toBe(true);
  });

  it("writes one CSV row and one JSON record per item", async () => {
    const rows = parseCsv<Record<string, string>>(await readFile(path.join(site.outDir, "data/items.csv"), "utf8"), {
      columns: true,
      bom: true,
    });
    expect(rows).toHaveLength(site.itemCount);
    const leics = rows.find((row) => row["slug"] === "leicestershire-2020-03-03-childrens-social-care-investment-plan");
    expect(leics?.["resolutions"]).toContain("\n");
    const json = JSON.parse(await readFile(path.join(site.outDir, "data/items.json"), "utf8")) as unknown[];
    expect(json).toHaveLength(site.itemCount);
  });
});

describe("links", () => {
  it("keeps every internal link under the base path and pointing at a built file", async () => {
    // This site is built by Astro alone; pagefind/ (which the search page preloads from) is written by the
    // build's index step, and tests/e2e/search.test.ts checks that each preloaded file is fetched.
    const searchIndex = `${fixtureBase}pagefind/`;
    const broken: string[] = [];
    for (const file of htmlFiles()) {
      const document = await readHtml(site.outDir, file);
      for (const element of findAll(
        document,
        (node) => node.attribs["href"] !== undefined || node.attribs["action"] !== undefined,
      )) {
        const href = element.attribs["href"] ?? element.attribs["action"] ?? "";
        if (/^(https?:|mailto:|#)/.test(href) || href.startsWith(searchIndex)) continue;
        if (!href.startsWith(fixtureBase)) {
          broken.push(`${file}: ${href} (outside ${fixtureBase})`);
          continue;
        }
        const target = decodeURIComponent(href.slice(fixtureBase.length).split(/[?#]/)[0] ?? "");
        const resolved = target === "" || target.endsWith("/") ? `${target}index.html` : target;
        if (files.includes(resolved)) continue;
        broken.push(`${file}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
