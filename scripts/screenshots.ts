/**
 * npm run screenshots -- [--dir dist] [--base /]
 * Photographs the main page types of a built site (normally the sample archive:
 * `npm run build` first) at phone and desktop widths into docs/screenshots/,
 * for the README and for reviewing design changes.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { normaliseBase } from "./build/build-options.ts";
import { launchChromium } from "./serve/launch-chromium.ts";
import { startStaticServer } from "./serve/static-server.ts";

const { values } = parseArgs({
  options: { dir: { type: "string", default: "dist" }, base: { type: "string", default: "/" } },
});
const outDir = path.resolve(import.meta.dirname, "../docs/screenshots");

/** Page name → how to reach it from the home page's address. */
const pages: Record<string, (home: string) => string> = {
  home: (home) => home,
  item: (home) => `${home}search/?q=MISTLE`,
  search: (home) => `${home}search/?q=foster`,
  councils: (home) => `${home}councils/`,
  topics: (home) => `${home}topics/`,
};

const server = await startStaticServer({ root: values.dir, base: normaliseBase(values.base) });
const browser = await launchChromium();
await mkdir(outDir, { recursive: true });
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const [name, address] of Object.entries(pages)) {
    await page.goto(address(server.url));
    if (name === "item") {
      // The item is opened from a search result, as a reader would, so its matched term is highlighted.
      await page.locator(".search-result__link").first().click();
      await page.waitForURL(/\/items\//u);
    }
    if (name === "search") await page.locator(".search-result__link").first().waitFor();
    await page.screenshot({
      path: path.join(outDir, `${name}-${width}.png`),
      fullPage: name !== "item" || width === 390,
    });
  }
  await page.close();
}
await browser.close();
await server.close();
console.log(`screenshots written to ${path.relative(process.cwd(), outDir)}/`);
