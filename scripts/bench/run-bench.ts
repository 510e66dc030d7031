/**
 * The benchmark: a synthetic corpus of N raw files → the full build → sizes →
 * searches in Chromium → the marker check → one-file incremental rebuild.
 * Everything lives under .bench/n<N>/ (gitignored), rebuilt from scratch.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import path from "node:path";
import { launchChromium } from "../serve/launch-chromium.ts";
import { startStaticServer } from "../serve/static-server.ts";
import { checkMarkers, type MarkerCase, type MarkerCheck } from "./check-markers.ts";
import { folderStats, type FolderStats } from "./folder-stats.ts";
import { generateCorpus } from "./generate-corpus.ts";
import { builtItemUrl } from "./item-url.ts";
import { machineInfo, type MachineInfo } from "./machine-info.ts";
import { measureSearchesRepeated, type SearchMeasure } from "./measure-search.ts";
import { runBuild, type BuildMeasure, type BuildPaths } from "./run-build.ts";

export interface BenchOptions {
  items: number;
  /** Working folder; default .bench/n<items>. */
  workDir?: string;
  /** Check every marker (default: all up to 2,000 items, else an even sample of 1,000). */
  checkAll?: boolean;
  /** Skip the one-file incremental rebuild. */
  skipIncremental?: boolean;
  /** Extra arguments for scripts/build.ts, e.g. a host file-cap option. */
  buildArgs?: string[];
  /** Cold runs of each search measurement; the median is reported (default 5). */
  searchRepeats?: number;
  log?: (line: string) => void;
}

export interface BenchResult {
  items: number;
  machine: MachineInfo;
  corpus: { files: number; bytes: number; generateSeconds: number };
  build: Omit<BuildMeasure, "log">;
  ingestFilesPerSecond: number;
  dist: FolderStats;
  searchIndex: FolderStats & { shards: number };
  searches: {
    firstCommon: SearchMeasure;
    secondAfterCommon: SearchMeasure;
    firstRare: SearchMeasure;
    secondAfterRare: SearchMeasure;
  };
  markers: MarkerCheck & { of: number };
  incremental?: Omit<BuildMeasure, "log">;
}

const COMMON_WORD = "placement";
const SECOND_COMMON_WORD = "foster";

function sampleEvenly<T>(values: readonly T[], count: number): T[] {
  if (values.length <= count) return [...values];
  return Array.from(
    { length: count },
    (_, index) => values[Math.floor((index * (values.length - 1)) / (count - 1))] as T,
  );
}

const withoutLog = ({ log: _log, ...rest }: BuildMeasure): Omit<BuildMeasure, "log"> => rest;

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? ((): void => undefined);
  const machine = machineInfo();
  const work = path.resolve(options.workDir ?? path.join(".bench", `n${options.items}`));
  const paths: BuildPaths = {
    inputDir: path.join(work, "raw"),
    outDir: path.join(work, "dist"),
    contentDir: path.join(work, "content", "minutes"),
    reportFile: path.join(work, "content", "ingest-report.json"),
    cacheDir: path.join(work, "astro-cache"),
  };
  // A cold build: no content, site or Astro cache from an earlier run.
  await rm(work, { recursive: true, force: true });

  const started = performance.now();
  const corpus = await generateCorpus({ items: options.items, outDir: paths.inputDir });
  const generateSeconds = (performance.now() - started) / 1000;
  log(
    `bench: ${options.items} raw files (${(corpus.bytes / 2 ** 20).toFixed(1)} MiB) generated in ${generateSeconds.toFixed(1)} s; building…`,
  );

  const build = await runBuild(paths, options.buildArgs);
  log(
    `bench: built in ${build.wallSeconds.toFixed(1)} s (ingest ${build.ingest.seconds} s, astro ${build.astro.seconds} s, index ${build.index.seconds} s)`,
  );
  const dist = await folderStats(paths.outDir);
  const pagefindDir = path.join(paths.outDir, "pagefind");
  const shards = (JSON.parse(await readFile(path.join(pagefindDir, "shards.json"), "utf8")) as { shards: unknown[] })
    .shards.length;
  const searchIndex = { ...(await folderStats(pagefindDir)), shards };

  // Markers → item pages (or sections of shared pages), through the ingest report (file → slugs).
  const report = JSON.parse(await readFile(paths.reportFile, "utf8")) as { files: { file: string; items: string[] }[] };
  const slugs = new Map(report.files.map((file) => [file.file, file.items]));
  const cases: (MarkerCase & { meetingDate: string | null })[] = corpus.markers.map((entry) => ({
    marker: entry.marker,
    url: builtItemUrl(paths.outDir, paths.contentDir, slugs.get(entry.file)?.[0] ?? "missing"),
    meetingDate: entry.meetingDate,
  }));
  const dated = cases
    .filter((entry) => entry.meetingDate !== null)
    .sort((a, b) => (a.meetingDate ?? "").localeCompare(b.meetingDate ?? ""));
  // Worst case for a rare word: the oldest item, in the last shard searched; the newest for the second search.
  const oldest = dated[0] ?? cases[0];
  const newest = dated.at(-1) ?? cases[0];
  if (!oldest || !newest) throw new Error("the corpus has no items");

  const server = await startStaticServer({ root: paths.outDir });
  const browser = await launchChromium();
  machine.chromium = browser.version();
  let searches: BenchResult["searches"];
  let markers: MarkerCheck;
  try {
    const repeats = options.searchRepeats ?? 5;
    const common = await measureSearchesRepeated(browser, server.url, COMMON_WORD, newest.marker, repeats);
    const rare = await measureSearchesRepeated(browser, server.url, oldest.marker, SECOND_COMMON_WORD, repeats);
    searches = {
      firstCommon: common.first,
      secondAfterCommon: common.second,
      firstRare: rare.first,
      secondAfterRare: rare.second,
    };
    log(
      `bench: first search "${COMMON_WORD}" ${(common.first.bytesToFirstResults / 1024).toFixed(0)} KB in ${common.first.msToFirstResults.toFixed(0)} ms; checking markers…`,
    );
    const toCheck = options.checkAll === true || cases.length <= 2_000 ? cases : sampleEvenly(cases, 1_000);
    markers = await checkMarkers(
      browser,
      server.url,
      toCheck.map(({ marker, url }) => ({ marker, url })),
    );
  } finally {
    await browser.close();
    await server.close();
  }
  log(`bench: ${markers.checked} markers checked, ${markers.failures.length} wrong`);

  let incremental: BuildMeasure | undefined;
  if (options.skipIncremental !== true) {
    await generateCorpus({ items: 1, firstIndex: options.items, outDir: paths.inputDir });
    incremental = await runBuild(paths, options.buildArgs);
    log(
      `bench: one file added, rebuilt in ${incremental.wallSeconds.toFixed(1)} s (${incremental.parsedFiles ?? "?"} parsed)`,
    );
  }

  const result: BenchResult = {
    items: options.items,
    machine: { ...machine, loadAtEnd: Number(loadavg()[0]?.toFixed(2)) },
    corpus: { files: corpus.markers.length, bytes: corpus.bytes, generateSeconds },
    build: withoutLog(build),
    ingestFilesPerSecond: build.ingest.seconds > 0 ? Math.round(options.items / build.ingest.seconds) : NaN,
    dist,
    searchIndex,
    searches,
    markers: { ...markers, of: cases.length },
    ...(incremental ? { incremental: withoutLog(incremental) } : {}),
  };
  await writeFile(path.join(work, "result.json"), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(path.join(work, "build.log"), build.log);
  return result;
}
