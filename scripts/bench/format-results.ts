/** Bench results → a Markdown table, one column per corpus size (docs/benchmarks.md keeps it). */
import type { BenchResult } from "./run-bench.ts";
import type { SearchMeasure } from "./measure-search.ts";

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const s = (seconds: number): string => `${seconds.toFixed(1)} s`;
const mib = (value: number): string => `${value.toLocaleString("en-GB")} MiB`;
const count = (value: number): string => value.toLocaleString("en-GB");
const ms = (value: number): string => `${value.toFixed(0)} ms`;

function search(measure: SearchMeasure): string {
  const runs = measure.runsMs;
  const spread =
    runs && runs.length > 1 ? ` (median of ${runs.length}: ${ms(runs[0] ?? NaN)}–${ms(runs.at(-1) ?? NaN)})` : "";
  return `${kb(measure.bytesToFirstResults)} · ${ms(measure.msToFirstResults)}${spread} (all shards: ${kb(measure.bytesToDone)} · ${ms(measure.msToDone)}; ${count(measure.resultCount)} results)`;
}

const rows: [string, (result: BenchResult) => string][] = [
  ["raw input", (r) => `${count(r.corpus.files)} files, ${mb(r.corpus.bytes)}`],
  ["ingest", (r) => `${s(r.build.ingest.seconds)} (${count(r.ingestFilesPerSecond)} files/s)`],
  ["ingest peak memory", (r) => mib(r.build.ingest.peakMiB)],
  ["astro build", (r) => s(r.build.astro.seconds)],
  ["astro peak memory", (r) => mib(r.build.astro.peakMiB)],
  ["search index", (r) => s(r.build.index.seconds)],
  [
    "index peak memory: build process / pagefind binary",
    (r) => `${mib(r.build.index.peakMiB)} / ${mib(r.build.index.pagefindPeakMiB)}`,
  ],
  ["total build (wall)", (r) => s(r.build.wallSeconds)],
  ["dist/", (r) => `${count(r.dist.files)} files, ${mb(r.dist.bytes)}`],
  [
    "dist/pagefind/",
    (r) => `${count(r.searchIndex.files)} files, ${mb(r.searchIndex.bytes)}, ${r.searchIndex.shards} shard(s)`,
  ],
  ["fullest directory", (r) => `${r.dist.fullestDir.path} (${count(r.dist.fullestDir.files)} files)`],
  ["first search, common word: bytes · time to results", (r) => search(r.searches.firstCommon)],
  [
    "  of which pf_meta / index / fragments",
    (r) => ["pf_meta", "index", "fragment"].map((k) => kb(r.searches.firstCommon.bytesByKind[k] ?? 0)).join(" / "),
  ],
  ["second search, rare word (newest item)", (r) => search(r.searches.secondAfterCommon)],
  ["first search, rare word (oldest item)", (r) => search(r.searches.firstRare)],
  ["second search, common word", (r) => search(r.searches.secondAfterRare)],
  [
    "markers: checked / wrong",
    (r) =>
      `${count(r.markers.checked)} of ${count(r.markers.of)} / ${r.markers.failures.length} (${r.markers.msPerSearch.toFixed(0)} ms each${r.markers.runtimeErrors.length > 0 ? `; ${r.markers.runtimeErrors.length} batch(es) retried after a runtime error` : ""})`,
  ],
  [
    "incremental: one file added",
    (r) =>
      r.incremental
        ? `${s(r.incremental.wallSeconds)} (ingest ${s(r.incremental.ingest.seconds)}, ${r.incremental.parsedFiles ?? "?"} parsed; astro ${s(r.incremental.astro.seconds)}; index ${s(r.incremental.index.seconds)})`
        : "not run",
  ],
  ["load average start → end", (r) => `${r.machine.loadAtStart} → ${r.machine.loadAtEnd ?? "?"}`],
];

export function formatResults(results: readonly BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.items - b.items);
  const header = `| | ${sorted.map((r) => `${count(r.items)} items`).join(" | ")} |`;
  const rule = `| --- | ${sorted.map(() => "---").join(" | ")} |`;
  const body = rows.map(([label, cell]) => `| ${label} | ${sorted.map(cell).join(" | ")} |`);
  return [header, rule, ...body].join("\n");
}

export function formatMachine(result: BenchResult): string {
  const m = result.machine;
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}${m.chromium ? `, Chromium ${m.chromium}` : ""}`;
}
