/**
 * Checks that each item's marker word finds exactly that item, across every
 * shard, through the built site's own Pagefind runtime in Chromium. Markers
 * are searched unquoted, as a reader would type them: any prefix collision or
 * stemming clash between markers would show up as extra results.
 */
import type { Browser } from "playwright-core";

export interface MarkerCase {
  marker: string;
  /** The item's page, e.g. "/items/some-title-3f2a1c/". */
  url: string;
}

export interface MarkerCheck {
  checked: number;
  failures: { marker: string; expected: string; found: string[] }[];
  msPerSearch: number;
  /** Errors thrown by the search runtime (the batch was then retried in a fresh page). */
  runtimeErrors: string[];
}

/** Runs in the page: opens every shard with one runtime, as src/search/shard-instances.ts does. */
async function checkInPage(cases: MarkerCase[]): Promise<{
  failures: { marker: string; expected: string; found: string[] }[];
  errors: { marker: string; error: string }[];
  ms: number;
}> {
  interface Instance {
    filters(): Promise<unknown>;
    search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  }
  const manifest = (await (await fetch("/pagefind/shards.json")).json()) as { shards: { id: string }[] };
  const ids = manifest.shards.map((shard) => shard.id);
  // Written as a string: vitest (Vite) rewrites a literal import() in functions it loads, breaking it in the page.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs in the benchmark's own browser page, on a fixed string
  const importModule = new Function("url", "return import(url)") as (url: string) => Promise<unknown>;
  const runtime = (await importModule(`/pagefind/${ids[0]}/pagefind.js`)) as {
    createInstance(options: object): Instance;
  };

  // One at a time, each loaded before the next: instances set up while another searches
  // have made the shared worker throw "memory access out of bounds" (Pagefind 1.6).
  const instances: Instance[] = [];
  for (const id of ids) {
    const instance = runtime.createInstance({ basePath: `/pagefind/${id}/`, baseUrl: "/" });
    await instance.filters();
    instances.push(instance);
  }
  const failures: { marker: string; expected: string; found: string[] }[] = [];
  const errors: { marker: string; error: string }[] = [];
  const started = performance.now();
  for (const { marker, url } of cases) {
    const found: string[] = [];
    try {
      for (const instance of instances) {
        const { results } = await instance.search(marker);
        for (const result of results) found.push((await result.data()).url);
      }
    } catch (error) {
      errors.push({ marker, error: String(error) });
      continue;
    }
    if (found.length !== 1 || found[0] !== url) failures.push({ marker, expected: url, found });
  }
  return { failures, errors, ms: performance.now() - started };
}

const BATCH = 250;

async function checkBatch(
  browser: Browser,
  siteUrl: string,
  cases: MarkerCase[],
): Promise<Awaited<ReturnType<typeof checkInPage>>> {
  // The check drives Pagefind through an evaluated function, which the site's CSP rightly refuses.
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(`${siteUrl}about/`);
    return await page.evaluate(checkInPage, cases);
  } finally {
    await context.close();
  }
}

/**
 * Checks in batches, each in a fresh page. Pagefind's worker has been seen to
 * throw "memory access out of bounds" now and then deep into a long run of
 * searches over two instances sharing one runtime; a marker whose search
 * throws is counted and checked again, alone, in a fresh page.
 */
export async function checkMarkers(browser: Browser, siteUrl: string, cases: MarkerCase[]): Promise<MarkerCheck> {
  const failures: MarkerCheck["failures"] = [];
  const runtimeErrors: string[] = [];
  let ms = 0;
  const byMarker = new Map(cases.map((entry) => [entry.marker, entry]));
  for (let start = 0; start < cases.length; start += BATCH) {
    const outcome = await checkBatch(browser, siteUrl, cases.slice(start, start + BATCH));
    failures.push(...outcome.failures);
    ms += outcome.ms;
    for (const { marker, error } of outcome.errors) {
      runtimeErrors.push(`${marker}: ${error.split("\n")[0] ?? ""}`);
      const again = await checkBatch(browser, siteUrl, [byMarker.get(marker) as MarkerCase]);
      failures.push(
        ...again.failures,
        ...again.errors.map((e) => ({
          marker,
          expected: byMarker.get(marker)?.url ?? "",
          found: [`error: ${e.error}`],
        })),
      );
    }
  }
  return { checked: cases.length, failures, msPerSearch: cases.length > 0 ? ms / cases.length : 0, runtimeErrors };
}
