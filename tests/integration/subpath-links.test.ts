/**
 * Issue 6, sub-path hosting: in the archive built under /minutes/, every
 * address any page, feed or sitemap gives for the site itself stays under
 * /minutes/ and names a file that exists. A link that escapes the base works
 * on a root-hosted preview and 404s (or lands on another site) under a path.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, test } from "vitest";
import { htmlReferences, textReferences } from "../support/page-references.ts";
import { listFiles } from "../support/read-dist.ts";

const site = inject("subPathSite");
const files = await listFiles(site.outDir);
/** The published home page, e.g. https://example.org/minutes/, read from its canonical link. */
const home =
  /<link rel="canonical" href="([^"]+)"/.exec(await readFile(path.join(site.outDir, "index.html"), "utf8"))?.[1] ?? "";
const origin = new URL(home).origin;

/** Where a reference from a page at `pageUrl` leads, or undefined when it is another site's. */
function resolveInternal(reference: string, pageUrl: URL): URL | undefined {
  const url = new URL(reference, pageUrl);
  if (url.protocol === "mailto:" || url.protocol === "tel:") return undefined;
  return url.origin === origin ? url : undefined;
}

/** The dist file an address under the base is served from. */
function servedFile(url: URL): string {
  const relative = decodeURIComponent(url.pathname.slice(site.base.length));
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

function problemsIn(file: string, references: string[]): string[] {
  const pageUrl = new URL(file.replace(/index\.html$/, ""), home);
  const problems: string[] = [];
  for (const reference of references) {
    if (reference.startsWith("//")) problems.push(`${file}: protocol-relative ${reference}`);
    if (/^javascript:/i.test(reference)) problems.push(`${file}: script address ${reference}`);
    const url = resolveInternal(reference, pageUrl);
    if (!url) continue;
    if (!url.pathname.startsWith(site.base)) problems.push(`${file}: ${reference} escapes ${site.base}`);
    else if (!existsSync(path.join(site.outDir, servedFile(url))))
      problems.push(`${file}: ${reference} names no file in the site`);
  }
  return problems;
}

describe(`the archive built under a sub-path`, () => {
  test("was built under /minutes/ with an absolute home address", () => {
    expect(site.base).toBe("/minutes/");
    expect(home).toMatch(/^https?:\/\/[^/]+\/minutes\/$/);
  });

  test("every page's links, assets and forms stay under the base and exist", async () => {
    const pages = files.filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const references = htmlReferences(await readFile(path.join(site.outDir, file), "utf8"));
      checked += references.length;
      problems.push(...problemsIn(file, references));
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  test("feeds, sitemaps and robots.txt give absolute addresses under the site and base", async () => {
    const textFiles = files.filter((file) => /\.(xml|txt)$/.test(file) && !file.startsWith("pagefind/"));
    expect(textFiles).toEqual(expect.arrayContaining(["feed.xml", "sitemap-index.xml", "robots.txt"]));
    const problems: string[] = [];
    for (const file of textFiles) {
      const references = textReferences(await readFile(path.join(site.outDir, file), "utf8"));
      // Feeds and sitemaps are read out of context, so relative addresses would not resolve.
      problems.push(
        ...references
          .filter((reference) => !/^https?:\/\//.test(reference))
          .map((reference) => `${file}: relative ${reference}`),
      );
      problems.push(
        ...problemsIn(
          file,
          references.filter((reference) => reference.startsWith(origin)),
        ),
      );
    }
    expect(problems).toEqual([]);
  });

  test("the search page's scripts load the index from under the base", async () => {
    const scripts = files.filter((file) => file.startsWith("_astro/") && file.endsWith(".js"));
    const code = (await Promise.all(scripts.map((file) => readFile(path.join(site.outDir, file), "utf8")))).join("\n");
    // Base-less absolute paths to site folders in bundled code would fetch from the host's root.
    expect(code).not.toMatch(/["'`]\/(pagefind|items|_astro|search)\//);
  });
});
