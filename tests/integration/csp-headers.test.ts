/**
 * Issue 6, the policy as files: every HTML page of both test builds carries
 * the CSP <meta> ahead of anything it governs, _headers holds the security
 * headers under the right base, and docs/deploy.md quotes the same values,
 * so hand-configured hosts (nginx, CloudFront) are told the truth.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, inject, test } from "vitest";
import { headersFileText } from "../../scripts/build/write-headers.ts";
import { immutableCacheControl, securityHeaders } from "../../src/site/content-security-policy.ts";
import { projectRoot } from "../support/build-site.ts";
import { headersFor, parseHeadersFile } from "../support/headers-file.ts";
import { listFiles } from "../support/read-dist.ts";

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

describe.each([
  ["at the root", inject("rootSite")],
  ["under a sub-path", inject("subPathSite")],
])("the test archive %s", (_label, site) => {
  test("every HTML page has the CSP meta before any style, script or stylesheet", async () => {
    const pages = (await listFiles(site.outDir)).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const html = await readFile(path.join(site.outDir, file), "utf8");
      const meta = metaPattern.exec(html);
      expect(meta, file).not.toBeNull();
      const policy = meta?.[1] ?? "";
      expect(policy, file).toMatch(/(^|;)\s*script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*\s*;/);
      expect(policy, file).toMatch(/object-src 'none'/);
      expect(policy, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      // A meta policy governs only what comes after it in the document.
      const elements = DomUtils.findAll(() => true, parseDocument(html).children);
      const metas = elements.filter(
        (element) => element.name === "meta" && element.attribs["http-equiv"] === "content-security-policy",
      );
      expect(metas, file).toHaveLength(1);
      const governed = elements.findIndex(
        (element) =>
          element.name === "style" ||
          element.name === "script" ||
          (element.name === "link" && element.attribs["rel"] === "stylesheet"),
      );
      if (governed !== -1) expect(elements.indexOf(metas[0] as (typeof elements)[number]), file).toBeLessThan(governed);
    }
  });

  test("_headers sends the security headers for every path under the base and caches bundles for a year", async () => {
    const text = await readFile(path.join(site.outDir, "_headers"), "utf8");
    expect(text).toBe(headersFileText(site.base));
    const rules = parseHeadersFile(text);
    const expected = Object.fromEntries(securityHeaders.map(([name, value]) => [name.toLowerCase(), value]));
    expect(headersFor(rules, `${site.base}items/x/`)).toEqual(expected);
    expect(headersFor(rules, `${site.base}_astro/x.js`)).toEqual({
      ...expected,
      "cache-control": immutableCacheControl,
    });
    if (site.base !== "/") expect(headersFor(rules, "/elsewhere/")).toEqual({});
  });
});

test("docs/deploy.md gives the header values the build writes", async () => {
  const docs = await readFile(path.join(projectRoot, "docs/deploy.md"), "utf8");
  for (const [name, value] of securityHeaders) {
    expect(docs, name).toContain(`${name}: ${value}`);
    expect(docs, `nginx ${name}`).toContain(`add_header ${name} "${value}" always;`);
  }
  expect(docs).toContain(`Cache-Control: ${immutableCacheControl}`);
});
