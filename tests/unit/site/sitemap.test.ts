/**
 * The sitemap writer that replaced @astrojs/sitemap (src/site/sitemap.ts) keeps
 * its output: the same addresses in the same order, the same files and bytes.
 * (Checked once against @astrojs/sitemap 3.7.4 itself on 100,000 addresses;
 * these tests pin the behaviour that check covered.)
 */
import { describe, expect, test } from "vitest";
import { sitemapFiles, sitemapUrls } from "../../../src/site/sitemap.ts";

const config = {
  site: "https://archive.example.org",
  base: "/minutes/",
  trailingSlash: "always",
  build: { format: "directory" },
} as Parameters<typeof sitemapUrls>[0];

describe("sitemapUrls", () => {
  test("lists every built page once under the base, numbers in numeric order, without the 404 page", () => {
    const pages = ["", "items/b/", "councils/x/10/", "councils/x/2/", "404/", "items/a/", "items/a/"].map(
      (pathname) => ({ pathname }),
    );
    expect(sitemapUrls(config, pages, [])).toEqual([
      "https://archive.example.org/minutes/",
      "https://archive.example.org/minutes/councils/x/2/",
      "https://archive.example.org/minutes/councils/x/10/",
      "https://archive.example.org/minutes/items/a/",
      "https://archive.example.org/minutes/items/b/",
    ]);
  });
});

describe("sitemapFiles", () => {
  test("writes one part per 45,000 addresses and an index of the parts under the base", () => {
    const urls = Array.from({ length: 45_001 }, (_, index) => `https://archive.example.org/minutes/items/${index}/`);
    const files = sitemapFiles(urls, config);
    expect(files.map(([name]) => name)).toEqual(["sitemap-index.xml", "sitemap-0.xml", "sitemap-1.xml"]);
    expect(files[0]?.[1]).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        "<sitemap><loc>https://archive.example.org/minutes/sitemap-0.xml</loc></sitemap>" +
        "<sitemap><loc>https://archive.example.org/minutes/sitemap-1.xml</loc></sitemap></sitemapindex>",
    );
    expect(files[2]?.[1]).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" [^>]*><url><loc>https:\/\/archive\.example\.org\/minutes\/items\/45000\/<\/loc><\/url><\/urlset>$/u,
    );
  });

  test("escapes what XML needs escaped in an address", () => {
    const [, part] = sitemapFiles(["https://archive.example.org/minutes/a&b/"], config);
    expect(part?.[1]).toContain("<loc>https://archive.example.org/minutes/a&amp;b/</loc>");
  });
});
