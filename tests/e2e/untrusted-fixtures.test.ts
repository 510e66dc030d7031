/**
 * Issue 6: the attack-shaped minutes in tests/fixtures/untrusted/ (raw HTML,
 * Markdown links with javascript: and data: targets, entities, markup in
 * titles and committee names) built by the real build script under /minutes/
 * and opened in Chromium, every page of the small site: nothing runs, nothing
 * becomes markup or a script link, and each payload is still shown as text.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startStaticServer, type RunningServer } from "../../scripts/serve/static-server.ts";
import { launchChromium } from "../../scripts/serve/launch-chromium.ts";
import { buildSite, projectRoot, type BuiltSite } from "../support/build-site.ts";
import { collectViolations, watchPage } from "../support/page-watch.ts";
import { listFiles } from "../support/read-dist.ts";
import { auditDom } from "../support/untrusted-dom.ts";

const fixtures = path.join(projectRoot, "tests/fixtures/untrusted");
const rawFiles = readdirSync(fixtures).filter((name) => name.endsWith(".txt"));
/** Each payload carries a label, alert('label'); all of them must reach some page as visible text. */
const labels = [
  ...new Set(
    rawFiles.flatMap((name) =>
      [...readFileSync(path.join(fixtures, name), "utf8").matchAll(/alert\('([^']+)'\)/g)].map(
        (match) => match[1] ?? "",
      ),
    ),
  ),
];

let site: BuiltSite;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const input = mkdtempSync(path.join(tmpdir(), "untrusted-input-"));
  for (const name of rawFiles) cpSync(path.join(fixtures, name), path.join(input, name));
  site = buildSite(input, { base: "/minutes/" });
  expect(site.exitCode, site.log).toBe(0);
  server = await startStaticServer({ root: site.outDir, base: site.base });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(path.dirname(site.outDir), { recursive: true, force: true });
});

test("every page of the untrusted site runs nothing from its input and shows each payload as text", async () => {
  const pages = (await listFiles(site.outDir)).filter((file) => file.endsWith("index.html") || file === "404.html");
  expect(pages.length).toBeGreaterThan(8);
  const shown: string[] = [];
  const problems: unknown[] = [];
  for (const file of pages) {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.goto(new URL(file.replace(/index\.html$/, ""), server.url).href, { waitUntil: "load" });
    const audit = await auditDom(page, `${site.base}_astro/`);
    await collectViolations(page, watch);
    const findings = { ...audit, dialogs: watch.dialogs, violations: watch.violations, pageErrors: watch.pageErrors };
    if (Object.values(findings).some((list) => list.length > 0)) problems.push({ file, ...findings });
    shown.push(await page.title(), await page.locator("body").innerText());
    await page.close();
  }
  expect(problems).toEqual([]);
  const text = shown.join("\n");
  expect(labels.length).toBeGreaterThan(15);
  expect(labels.filter((label) => !text.includes(`alert('${label}')`))).toEqual([]);
});
