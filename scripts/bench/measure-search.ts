/**
 * Measures searches the way a reader meets them, in real Chromium: a cold page
 * (new context, cache disabled) opening /search/?q=WORD, then a second search
 * typed into the same page. Bytes are what went over the wire (gzipped, from
 * CDP's encodedDataLength); times are from navigation start (first search) or
 * from submitting the form (second search) to the first results on screen.
 */
import type { Browser, CDPSession, Page } from "playwright-core";

export interface SearchMeasure {
  query: string;
  /** Results listed once every shard answered (the status line's count). */
  resultCount: number;
  /** ms to the first result in the list. */
  msToFirstResults: number;
  /** ms until every shard had answered. */
  msToDone: number;
  /** Bytes downloaded by the time the first results showed, and by the end. */
  bytesToFirstResults: number;
  bytesToDone: number;
  requestsToFirstResults: number;
  /** Bytes by kind (page, pagefind.js, worker, wasm, pf_meta, index, filter, fragment, other), to the first results. */
  bytesByKind: Record<string, number>;
  /** Cross-check: bytes CDP reported on the page's own session (no worker requests), to the end. */
  pageSessionBytes: number;
  /** With repeats: ms to the first results in every run, fastest first (msToFirstResults is their median). */
  runsMs?: number[];
}

interface Transfer {
  url: string;
  bytes: number;
  /**
   * Wall-clock ms (epoch) when the request started. "Before the first results" counts every request
   * started before them: the browser can report a response's end a few ms after the page has used it
   * (seen with fragments fetched by Pagefind in the page), which would leave needed bytes out.
   */
  at: number;
}

/**
 * Every finished request of the page and of its workers (Pagefind fetches its
 * index from a worker), with headers + encoded body bytes from Playwright,
 * which reads them from CDP's Network events on every target it attaches to.
 * A page-only CDP session (encodedDataLength) misses the worker's requests.
 */
async function recordTransfers(
  page: Page,
  session: CDPSession,
  transfers: Transfer[],
  cdpBytes: { total: number },
): Promise<void> {
  page.on("requestfinished", (request) => {
    void (async () => {
      const sizes = await request.sizes();
      // A worker's own script is reported with no body size: take the (gzipped) Content-Length instead.
      const length = Number((await (await request.response())?.headerValue("content-length")) ?? 0);
      const timing = request.timing();
      transfers.push({
        url: request.url(),
        bytes: Math.max(sizes.responseBodySize, length) + sizes.responseHeadersSize,
        at: timing.startTime,
      });
    })();
  });
  session.on("Network.loadingFinished", (event) => (cdpBytes.total += event.encodedDataLength));
  await session.send("Network.enable");
  await session.send("Network.setCacheDisabled", { cacheDisabled: true });
}

/** In the page: when the list first gets a result, and when the status line announces the final count. */
const observeResults = (): void => {
  const marks = ((window as unknown as { __bench: Record<string, number> }).__bench = {} as Record<string, number>);
  const watch = (): void => {
    const list = document.getElementById("search-page-results");
    const status = document.getElementById("search-page-status");
    if (!list || !status) return void requestAnimationFrame(watch);
    new MutationObserver(() => {
      if (list.children.length > 0 && marks["results"] === undefined) marks["results"] = performance.now();
    }).observe(list, { childList: true });
    new MutationObserver(() => {
      if ((status.textContent ?? "").trim() !== "" && marks["done"] === undefined) {
        marks["done"] = performance.now();
        console.debug("bench:search-done");
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
  };
  watch();
};

function kindOf(url: string): string {
  const file = new URL(url).pathname;
  if (file.endsWith("/pagefind.js")) return "pagefind.js";
  if (file.endsWith("pagefind-worker.js")) return "worker";
  if (file.includes("wasm")) return "wasm";
  if (file.endsWith(".pf_meta")) return "pf_meta";
  if (file.includes("/index/")) return "index";
  if (file.includes("/filter/")) return "filter";
  if (file.includes("/fragment/")) return "fragment";
  if (file.endsWith(".json")) return "json";
  if (file.endsWith(".js")) return "js";
  if (file.endsWith("/") || file.endsWith(".html")) return "page";
  return "other";
}

/** Lets the last requestfinished handlers (sizes() is async) record their transfer. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

function sum(
  transfers: readonly Transfer[],
  until = Infinity,
): { bytes: number; count: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let bytes = 0;
  let count = 0;
  for (const transfer of transfers) {
    if (transfer.at > until) continue;
    bytes += transfer.bytes;
    count += 1;
    byKind[kindOf(transfer.url)] = (byKind[kindOf(transfer.url)] ?? 0) + transfer.bytes;
  }
  return { bytes, count, byKind };
}

/**
 * Resolves once the page has logged that its search is done (observeResults), then reads the marks.
 * Waiting by console message rather than page.waitForFunction keeps Playwright's injected script (about
 * 100 ms of parsing and compiling in the page, seen in a Chromium trace) off the search's critical path:
 * the reader's browser has no such script. Call it before the navigation or submit it waits for.
 */
function marksWhenDone(page: Page): () => Promise<{ results: number; done: number }> {
  const done = page.waitForEvent("console", {
    predicate: (message) => message.text() === "bench:search-done",
    timeout: 120_000,
  });
  done.catch(() => undefined);
  return async () => {
    await done;
    const marks = await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench);
    return { results: marks["results"] ?? marks["done"] ?? NaN, done: marks["done"] ?? NaN };
  };
}

async function resultCount(page: Page): Promise<number> {
  const status = (await page.textContent("#search-page-status")) ?? "";
  const count = /([\d,]+)\s+result/.exec(status)?.[1];
  return count === undefined ? (/\bno results?\b/i.test(status) ? 0 : NaN) : Number(count.replace(/,/g, ""));
}

export interface SearchSession {
  first: SearchMeasure;
  second: SearchMeasure;
}

/** Cold first search for `firstQuery`, then `secondQuery` in the same page. */
export async function measureSearches(
  browser: Browser,
  siteUrl: string,
  firstQuery: string,
  secondQuery: string,
): Promise<SearchSession> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    const transfers: Transfer[] = [];
    const cdpBytes = { total: 0 };
    await recordTransfers(page, session, transfers, cdpBytes);
    await page.addInitScript(observeResults);
    const firstDone = marksWhenDone(page);
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(firstQuery)}`, { waitUntil: "commit" });
    const marks = await firstDone();
    await page.waitForLoadState("networkidle");
    await settle();
    // Page marks are ms since the page's time origin; transfer times are wall-clock ms.
    const pageOrigin = await page.evaluate(() => performance.timeOrigin);
    const toOurs = (pageMs: number): number => pageOrigin + pageMs;
    const atResults = sum(transfers, toOurs(marks.results) + 1);
    const first: SearchMeasure = {
      query: firstQuery,
      resultCount: await resultCount(page),
      msToFirstResults: marks.results,
      msToDone: marks.done,
      bytesToFirstResults: atResults.bytes,
      bytesToDone: sum(transfers).bytes,
      requestsToFirstResults: atResults.count,
      bytesByKind: atResults.byKind,
      pageSessionBytes: cdpBytes.total,
    };

    // The second search: type, submit, wait for the new results.
    transfers.length = 0;
    await page.evaluate(() => {
      const marks = (window as unknown as { __bench: Record<string, number> }).__bench;
      delete marks["results"];
      delete marks["done"];
      document.getElementById("search-page-status")!.textContent = "";
      document.getElementById("search-page-results")!.replaceChildren();
    });
    await page.fill("#search-page-query", secondQuery);
    const secondDone = marksWhenDone(page);
    const submitted = await page.evaluate(() => {
      (document.getElementById("search-page-submit") as HTMLButtonElement).click();
      return performance.now();
    });
    const secondMarks = await secondDone();
    await page.waitForLoadState("networkidle");
    await settle();
    const secondAtResults = sum(transfers, toOurs(secondMarks.results) + 1);
    const second: SearchMeasure = {
      query: secondQuery,
      resultCount: await resultCount(page),
      msToFirstResults: secondMarks.results - submitted,
      msToDone: secondMarks.done - submitted,
      bytesToFirstResults: secondAtResults.bytes,
      bytesToDone: sum(transfers).bytes,
      requestsToFirstResults: secondAtResults.count,
      bytesByKind: secondAtResults.byKind,
      pageSessionBytes: cdpBytes.total - first.pageSessionBytes,
    };
    return { first, second };
  } finally {
    await context.close();
  }
}

/**
 * measureSearches `repeats` times, each in a new cold context: one cold page load is at the mercy of
 * whatever else the machine does in those few hundred ms (single runs of the same search on the same
 * site spread over 290-440 ms on a quiet 2-core machine). Returns the run whose first search had the
 * median time to first results, with every run's time.
 */
export async function measureSearchesRepeated(
  browser: Browser,
  siteUrl: string,
  firstQuery: string,
  secondQuery: string,
  repeats: number,
): Promise<SearchSession> {
  const sessions: SearchSession[] = [];
  for (let run = 0; run < repeats; run += 1)
    sessions.push(await measureSearches(browser, siteUrl, firstQuery, secondQuery));
  const byFirst = [...sessions].sort((a, b) => a.first.msToFirstResults - b.first.msToFirstResults);
  const bySecond = [...sessions].sort((a, b) => a.second.msToFirstResults - b.second.msToFirstResults);
  const median = <T>(sorted: readonly T[]): T => sorted[Math.floor((sorted.length - 1) / 2)] as T;
  return {
    first: { ...median(byFirst).first, runsMs: byFirst.map((session) => session.first.msToFirstResults) },
    second: { ...median(bySecond).second, runsMs: bySecond.map((session) => session.second.msToFirstResults) },
  };
}
