/**
 * The archive as a reader meets it, on the sample archive plus fixtures built
 * by the real build script (tests/support/global-setup.ts), at the root and
 * under /minutes/: search finds exactly the right items and leads to them,
 * the search page passes axe with results shown, and without JavaScript the
 * archive still reads and browses.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStaticServer, type RunningServer } from "../../scripts/serve/static-server.ts";
import { launchChromium } from "../../scripts/serve/launch-chromium.ts";

const input = inject("archiveInput");
/** The raw files that mention a word, read from the inputs, not assumed. */
function filesMentioning(word: string): string[] {
  return readdirSync(input)
    .filter((file) => readFileSync(path.join(input, file), "latin1").includes(word))
    .sort();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function results(page: Page, count: RegExp): Promise<string[]> {
  await page.locator("#search-page-status").filter({ hasText: count }).waitFor();
  return page.locator(".search-result__link").allTextContents();
}

for (const [name, site] of [
  ["at the root", inject("rootSite")],
  ["under /minutes/", inject("subPathSite")],
] as const) {
  describe(`the sample archive ${name}`, () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startStaticServer({ root: site.outDir, base: site.base });
    });
    afterAll(async () => {
      await server?.close();
    });

    it("search for MISTLE shows the Leicestershire item alone, and following it lands on its page", async () => {
      expect(filesMentioning("MISTLE")).toEqual(["000_210aec23ac9c1b66.txt"]);
      const page = await browser.newPage();
      await page.goto(`${server.url}search/`);
      await page.getByLabel("Words, item number or source file").fill("MISTLE");
      expect(await results(page, /^1 result for “MISTLE”/u)).toEqual(["Children's Social Care Investment Plan."]);
      await page.getByRole("link", { name: "Children's Social Care Investment Plan." }).click();
      await page.waitForURL(new RegExp(`${site.base}items/childrens-social-care-investment-plan-[0-9a-f]{10}/`, "u"));
      await expect.poll(() => page.locator("h1").textContent()).toBe("Children's Social Care Investment Plan.");
      await expect.poll(() => page.locator("[data-pagefind-body] mark").first().textContent()).toBe("MISTLE");
      await page.close();
    });

    it("search for Mockingbird shows exactly the items that mention it", async () => {
      const mentioning = filesMentioning("Mockingbird");
      expect(mentioning.length).toBe(2);
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=Mockingbird`);
      const shown = await results(page, /^2 results for “Mockingbird”/u);
      expect(shown.sort()).toEqual([
        "Annual Self Evaluation of Children’s Services",
        "Foster Carer Recruitment and Retention Update",
      ]);
      await page.close();
    });

    it("the search page with results and a filter applied has no WCAG 2.2 AA violations", async () => {
      // axe-core/playwright needs a page from an explicit context.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}search/?q=children`);
      await results(page, /results? for “children”/u);
      await page.locator("#search-page-filters input[type=checkbox]").first().check();
      await results(page, /results? for “children”/u);
      const axe = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      await context.close();
    });

    it("without JavaScript, a reader browses from home to a council to an item and reads its resolutions", async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole("navigation", { name: /main/iu }).getByRole("link", { name: "Councils" }).click();
      await page
        .getByRole("link", { name: /^Leicestershire County Council/u })
        .first()
        .click();
      await page.getByRole("link", { name: "Children's Social Care Investment Plan." }).first().click();
      await expect.poll(() => page.locator("h1").textContent()).toBe("Children's Social Care Investment Plan.");
      await expect.poll(() => page.getByText("That the report be noted;").first().isVisible()).toBe(true);
      await context.close();
    });
  });
}
