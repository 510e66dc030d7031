/**
 * The archive end to end: the fixture archive (samples + tests/fixtures/archive)
 * built by the real build script, read back from dist/ and the ingest report.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { IngestReport } from "../../scripts/ingest/report.ts";

const site = inject("rootSite");
const report = JSON.parse(readFileSync(site.reportFile, "utf8")) as IngestReport;
const written = report.files.filter((file) => file.status === "written");
const pageOf = (slug: string): string => readFileSync(path.join(site.outDir, "items", slug, "index.html"), "utf8");
const slugsFrom = (prefix: string): string[] => report.files.find((file) => file.file.startsWith(prefix))?.items ?? [];

describe("the built archive", () => {
  it("has one page per written item, and every input file is accounted for", () => {
    const inputs = readdirSync(inject("archiveInput"));
    expect(report.files.map((file) => file.file).sort()).toEqual([...inputs].sort());
    const slugs = written.flatMap((file) => file.items);
    expect(slugs.length).toBeGreaterThanOrEqual(9);
    for (const slug of slugs) expect(existsSync(path.join(site.outDir, "items", slug, "index.html")), slug).toBe(true);
    expect(readdirSync(path.join(site.outDir, "items")).sort()).toEqual([...slugs].sort());
  });

  it("lists the binary file as rejected with its reason, and still builds the rest", () => {
    const binary = report.files.find((file) => file.file === "106_not-really-minutes.txt");
    expect(binary?.status).toBe("rejected");
    expect(binary?.messages.map((message) => message.ruleId)).toContain("binary-file");
    expect(report.summary.rejected).toBe(1);
  });

  it("splits a whole-meeting page into one page per item, with the meeting's date and committee", () => {
    const slugs = slugsFrom("107_");
    expect(slugs).toHaveLength(2);
    const adoption = pageOf(slugs[1] ?? "");
    expect(adoption).toContain("Adoption Service Annual Report");
    expect(adoption).toContain('datetime="2023-11-09"');
    expect(adoption).toContain("Corporate Parenting Panel");
  });

  it("decodes a Windows-1252 file so £ and ’ arrive intact", () => {
    const page = pageOf(slugsFrom("105_")[0] ?? "");
    expect(page).toContain("£350,000");
    expect(page).toContain("Children’s Services");
    expect(page).not.toContain("\uFFFD");
  });

  it("keeps list labels and sets the resolutions apart on the item page", () => {
    const page = pageOf(slugsFrom("000_")[0] ?? "");
    for (const label of ["i)", "ii)", "iii)", "iv)", "v)", "a)", "b)", "c)"]) expect(page).toContain(`<li>${label} `);
    expect(page).toContain("That the report be noted;");
    expect(page).toMatch(
      /<section class="resolutions"[^>]*><h2[^>]*>What the committee resolved<\/h2><ul[^>]*><li>a\) That the report be noted;<\/li>/u,
    );
  });

  it("marks item pages for Pagefind: body, filters for council, topic and year, a date sort", () => {
    const page = pageOf(slugsFrom("101_")[0] ?? "");
    expect(page).toContain("data-pagefind-body");
    expect(page).toMatch(/data-pagefind-filter="council[:"]/u);
    expect(page).toMatch(/data-pagefind-filter="topic[:"]/u);
    expect(page).toMatch(/data-pagefind-filter="year[:"]/u);
    expect(page).toContain('data-pagefind-sort="date');
  });

  it("indexes only item pages: browse pages carry no data-pagefind-body", () => {
    for (const page of ["index.html", "councils/index.html", "topics/index.html", "about/index.html"]) {
      expect(readFileSync(path.join(site.outDir, page), "utf8"), page).not.toContain("data-pagefind-body");
    }
  });

  it("writes a search index with every item in it", () => {
    const shards = JSON.parse(readFileSync(path.join(site.outDir, "pagefind", "shards.json"), "utf8")) as {
      shards: { id: string; count: number }[];
    };
    const total = shards.shards.reduce((sum, shard) => sum + shard.count, 0);
    expect(total).toBe(written.flatMap((file) => file.items).length);
    for (const shard of shards.shards)
      expect(existsSync(path.join(site.outDir, "pagefind", shard.id, "pagefind.js")), shard.id).toBe(true);
  });

  it("has the browse, search and about pages", () => {
    for (const page of [
      "index.html",
      "search/index.html",
      "councils/index.html",
      "topics/index.html",
      "years/index.html",
      "about/index.html",
      "404.html",
    ]) {
      expect(existsSync(path.join(site.outDir, page)), page).toBe(true);
    }
  });
});
