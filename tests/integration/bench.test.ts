/**
 * The benchmark (issue 5) at a small size: it must run end to end, report
 * every field, and find each item by its marker word. No timing assertions:
 * the numbers belong in docs/benchmarks.md, not in pass/fail.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatResults } from "../../scripts/bench/format-results.ts";
import { runBench, type BenchResult } from "../../scripts/bench/run-bench.ts";
import type { SearchMeasure } from "../../scripts/bench/measure-search.ts";

const ITEMS = 30;

function expectMeasured(search: SearchMeasure): void {
  expect(search.msToFirstResults).toBeGreaterThan(0);
  expect(search.msToDone).toBeGreaterThanOrEqual(search.msToFirstResults);
  expect(search.bytesToDone).toBeGreaterThanOrEqual(search.bytesToFirstResults);
  expect(search.resultCount).toBeGreaterThan(0);
}

describe("npm run bench", () => {
  let result: BenchResult;

  it("builds a synthetic corpus and measures it", async () => {
    const workDir = path.join(mkdtempSync(path.join(tmpdir(), "archive-bench-")), `n${ITEMS}`);
    result = await runBench({ items: ITEMS, workDir, searchRepeats: 2 });
    expect(result.corpus.files).toBe(ITEMS);
    // Ingest and Astro report their own peaks; the index step's is sampled from /proc every 200 ms,
    // and at 30 items the step can end between two samples.
    for (const step of [result.build.ingest, result.build.astro]) {
      expect(step.seconds).toBeGreaterThanOrEqual(0);
      expect(step.peakMiB).toBeGreaterThan(0);
    }
    expect(result.build.index.seconds).toBeGreaterThanOrEqual(0);
    expect(result.build.index.peakMiB).toBeGreaterThanOrEqual(0);
    expect(result.build.wallSeconds).toBeGreaterThan(0);
    expect(result.ingestFilesPerSecond).toBeGreaterThan(0);
    expect(result.dist.files).toBeGreaterThan(ITEMS);
    expect(result.searchIndex.files).toBeGreaterThan(0);
    expect(result.searchIndex.shards).toBeGreaterThan(0);
  });

  it("measures a cold first search and a second one, in Chromium", () => {
    const { firstCommon, secondAfterCommon, firstRare, secondAfterRare } = result.searches;
    for (const search of [firstCommon, secondAfterCommon, firstRare, secondAfterRare]) expectMeasured(search);
    // A cold page downloads the search runtime; the second search in that page does not.
    expect(firstCommon.bytesByKind["wasm"]).toBeGreaterThan(0);
    expect(secondAfterCommon.bytesByKind["wasm"] ?? 0).toBe(0);
    expect(firstRare.resultCount).toBe(1);
    expect(secondAfterCommon.resultCount).toBe(1);
  });

  it("repeats each search in new cold pages and reports the median run", () => {
    for (const search of Object.values(result.searches)) {
      const runs = search.runsMs ?? [];
      expect(runs).toHaveLength(2);
      expect(runs).toEqual([...runs].sort((a, b) => a - b));
      expect(search.msToFirstResults).toBe(runs[0]);
    }
  });

  it("finds every item by its marker word, and only that item", () => {
    expect(result.markers.checked).toBe(ITEMS);
    expect(result.markers.failures).toEqual([]);
  });

  it("rebuilds after one file is added, and reports the table", () => {
    expect(result.incremental?.wallSeconds).toBeGreaterThan(0);
    expect(result.incremental?.parsedFiles).toBeGreaterThanOrEqual(1);
    const table = formatResults([result]);
    expect(table).toContain(`${ITEMS} items`);
    expect(table).not.toMatch(/NaN|undefined/);
  });
});
