/**
 * Issue 6 in a real browser, on the test archive built at the root and under
 * /minutes/: text scraped from the web never runs or becomes markup, and every
 * page type works under the Content-Security-Policy, delivered as the <meta>
 * Astro writes and, as Netlify or Cloudflare would add it, from _headers.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { startStaticServer, type RunningServer } from "../../scripts/serve/static-server.ts";
import { launchChromium } from "../../scripts/serve/launch-chromium.ts";
import { applyHeadersFile } from "../support/headers-file.ts";
import { collectViolations, watchPage, type PageWatch } from "../support/page-watch.ts";
import { pageTypePaths, slugOfSource } from "../support/site-pages.ts";
import { auditDom } from "../support/untrusted-dom.ts";

const untrustedSource = "104_untrusted-markup.txt";
let browser: Browser;
beforeAll(async () => (browser = await launchChromium()));
afterAll(async () => browser?.close());

/** Closes a page's context; routes still in flight (a late favicon) are dropped, not reported. */
async function close(page: Page): Promise<void> {
  await page.context().unrouteAll({ behavior: "ignoreErrors" });
  await page.context().close();
}

/** Console errors that are not about the page: the 404 page's own status is logged as one. */
function unexpectedErrors(watch: PageWatch, address: string): string[] {
  return watch.consoleErrors.filter((error) => !(address.includes("no-such-page") && /status of 404/.test(error)));
}

/** What a page watch holds when nothing fired: no dialog, no CSP violation, no error, no worker. */
const quiet = { dialogs: [], violations: [], consoleErrors: [], pageErrors: [], workers: [] };

describe.each([
  ["at the root", inject("rootSite")],
  ["under a sub-path", inject("subPathSite")],
])("the test archive %s", (_label, site) => {
  let server: RunningServer;
  let itemPath: string;
  let pagePaths: string[];

  beforeAll(async () => {
    server = await startStaticServer({ root: site.outDir, base: site.base });
    itemPath = `items/${await slugOfSource(site.contentDir, untrustedSource)}/`;
    pagePaths = await pageTypePaths(site.outDir);
  });
  afterAll(async () => server?.close());

  async function open(address: string, headersFile = false): Promise<{ page: Page; watch: PageWatch }> {
    const context = await browser.newContext();
    if (headersFile) await applyHeadersFile(context, site.outDir);
    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto(new URL(address, server.url).href, { waitUntil: "load" });
    return { page, watch };
  }

  test("the untrusted-markup item runs nothing from its text and still shows that text", async () => {
    const { page, watch } = await open(itemPath);
    const audit = await auditDom(page, `${site.base}_astro/`);
    expect(audit).toEqual({ foreignScripts: [], handlerAttributes: [], javascriptUrls: [], strayElements: [] });
    const text = await page.locator("main").innerText();
    expect(text).toContain('<script>alert("xss")</script>');
    expect(text).toContain("[the sufficiency strategy](javascript:alert(1))");
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(text).toContain("&lt;b&gt;entities&lt;/b&gt;");
    await expect
      .poll(() => page.locator("h1").innerText())
      .toBe('Residential Care Sufficiency <script>alert("title")</script>');
    expect(await page.title()).toContain('<script>alert("title")</script>');
    await collectViolations(page, watch);
    expect(watch.dialogs).toEqual([]);
    expect(watch.violations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await close(page);
  });

  // With the _headers policy added to the meta one: a browser enforces both, so passing here passes
  // on hosts that send only the meta (GitHub Pages) too.
  test("every page type carries the CSP meta and loads with no violation under both policies", async () => {
    expect(pagePaths.length).toBeGreaterThan(10);
    for (const address of [...pagePaths, `${itemPath}?highlight=sufficiency`]) {
      const { page, watch } = await open(address, true);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
      expect(policy, address).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(policy, address).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      await collectViolations(page, watch);
      expect({ address, ...watch, consoleErrors: unexpectedErrors(watch, address) }).toEqual({ address, ...quiet });
      await close(page);
    }
  });

  for (const headersFile of [false, true]) {
    test(`search finds the item under the CSP${headersFile ? " plus the _headers policy" : ""}`, async () => {
      const { page, watch } = await open("search/", headersFile);
      const query = page.locator("#search-page-query");
      await expect.poll(() => query.isEnabled()).toBe(true);
      await query.fill("sufficiency strategy");
      const result = page.locator(".search-result__link").first();
      await result.waitFor();
      expect(await result.getAttribute("href")).toMatch(new RegExp(`^${site.base}items/`));
      await collectViolations(page, watch);
      // Follow the result: the item page, with ?highlight=, runs whatever scripts it has under the same policy.
      await result.click();
      await page.waitForURL(/\/items\/[^/]+\/\?highlight=/);
      await page.locator("h1").waitFor();
      await collectViolations(page, watch);
      // Pagefind runs in the page (noWorker): the policy allows no worker, and none is started.
      expect(watch).toEqual(quiet);
      await close(page);
    });
  }

  test("the policy is enforced: an inline script added to the page is refused and reported", async () => {
    const { page, watch } = await open(itemPath, true);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "alert('inline')";
      document.body.append(script);
    });
    await expect
      .poll(async () => collectViolations(page, watch).then(() => watch.violations.length))
      .toBeGreaterThan(0);
    expect(watch.violations.join("\n")).toMatch(/script-src/);
    expect(watch.dialogs).toEqual([]);
    await close(page);
  });
});

test("the watch itself sees a dialog raised by an event-handler attribute when no policy stops it", async () => {
  const page = await browser.newPage();
  const watch = await watchPage(page);
  await page.setContent(`<img src="data:," onerror="alert('handler')">`);
  await expect.poll(() => watch.dialogs).toEqual(["alert: handler"]);
  await page.close();
});
