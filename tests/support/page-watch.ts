/**
 * Records what a page does that a safe page must not: dialogs (alert, confirm,
 * prompt are how injected script shows itself), uncaught errors, console errors
 * and Content-Security-Policy violations, in the page and in its workers.
 */
import type { Page } from "playwright-core";

export interface PageWatch {
  dialogs: string[];
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Addresses of the web workers the page started (Pagefind runs in one). */
  workers: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { dialogs: [], violations: [], consoleErrors: [], pageErrors: [], workers: [] };
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => watch.pageErrors.push(error.message));
  // Console messages from workers arrive here too, so a violation inside Pagefind's worker is caught.
  page.on("console", (message) => {
    if (message.type() === "error") watch.consoleErrors.push(`${message.location().url}: ${message.text()}`);
  });
  page.on("worker", (worker) => watch.workers.push(worker.url()));
  // Runs before the page's own scripts; Playwright injects it outside the page's CSP.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return watch;
}

/** Copies the violations the current document has seen into the watch. */
export async function collectViolations(page: Page, watch: PageWatch): Promise<string[]> {
  const seen = await page.evaluate(() => window.__cspViolations ?? []);
  watch.violations.push(...seen);
  return seen;
}
