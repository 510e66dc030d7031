/**
 * Runs the real build (`node scripts/build.ts`, as `npm run build` does) on a
 * corpus and measures each step: times from the build's own summary line,
 * peak memory from /proc (the build process while ingesting and indexing, the
 * Astro child, Pagefind's binary), and the wall time around it all.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { watchTree, type ProcessRecord } from "./process-tree.ts";

export interface BuildPaths {
  inputDir: string;
  outDir: string;
  contentDir: string;
  reportFile: string;
  /** Astro's cache (content store), kept between a full build and an incremental one. */
  cacheDir: string;
}

export interface StepMeasure {
  seconds: number;
  peakMiB: number;
}

export interface BuildMeasure {
  wallSeconds: number;
  ingest: StepMeasure;
  astro: StepMeasure;
  /** Node side of the indexing (reading the ingest's Markdown, driving Pagefind, beside Astro) and Pagefind's binary. */
  index: StepMeasure & { pagefindPeakMiB: number };
  /** Files the ingest parsed and reused, from its summary line. */
  parsedFiles: number | undefined;
  reusedFiles: number | undefined;
  log: string;
}

const mib = (kib: number): number => Math.round(kib / 1024);
const projectRoot = path.resolve(import.meta.dirname, "../..");

function number(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text.replace(/,/g, ""));
}

export function runBuild(paths: BuildPaths, extraArgs: readonly string[] = []): Promise<BuildMeasure> {
  const args = [
    "scripts/build.ts",
    "--input",
    paths.inputDir,
    "--out",
    paths.outDir,
    "--content",
    paths.contentDir,
    "--report",
    paths.reportFile,
    ...extraArgs,
  ];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    // CI=1: the build prints summaries, not redrawn progress lines, into our pipe.
    env: { ...process.env, ARCHIVE_CACHE_DIR: paths.cacheDir, CI: "1", ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const watch = watchTree(child.pid ?? 0);
  let log = "";
  let ingestSeen = false;
  const onOutput = (chunk: Buffer): void => {
    const text = chunk.toString();
    log += text;
    // The ingest's summary line closes the ingest; from then on the build process indexes while Astro renders.
    if (!ingestSeen && /^ingest: [\d,]+ files read/m.test(text)) {
      ingestSeen = true;
      watch.mark("index");
    }
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const records = watch.stop();
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`the build failed (exit code ${code}):\n${log.slice(-6000)}`));
      resolve(measure(records, child.pid ?? 0, log, wallSeconds));
    });
  });
}

function measure(records: ProcessRecord[], buildPid: number, log: string, wallSeconds: number): BuildMeasure {
  const isAstro = (record: ProcessRecord): boolean => /astro\.mjs|bin\/astro/.test(record.command);
  // Pagefind's Node API runs its binary (pagefind_extended --service) as a child of the build.
  const isPagefind = (record: ProcessRecord): boolean =>
    path.basename(record.command.split(" ")[0] ?? "").startsWith("pagefind");
  const astroProcesses = records.filter(isAstro);
  const pagefind = records.filter(isPagefind);
  const buildProcess = records.find((record) => record.pid === buildPid);
  // "build summary: ingest 1.2 s (peak 300 MiB) · astro 20.1 s (peak 900 MiB) · search index 10.0 s beside astro (peak 400 MiB) · total 21.5 s"
  const summary =
    /build summary: ingest ([\d.]+) s \(peak (\d+) MiB\) · astro ([\d.]+) s \(peak (\d+) MiB\) · search index ([\d.]+) s/.exec(
      log,
    );
  const ingestLine = /ingest: ([\d,]+) files read \(([\d,]+) parsed, ([\d,]+) unchanged\)/.exec(log);
  const astroTree = astroProcesses.reduce((peak, record) => Math.max(peak, record.peakKiB), 0);
  return {
    wallSeconds,
    ingest: { seconds: Number(summary?.[1] ?? NaN), peakMiB: Number(summary?.[2] ?? NaN) },
    astro: { seconds: Number(summary?.[3] ?? NaN), peakMiB: Math.max(Number(summary?.[4] ?? 0), mib(astroTree)) },
    index: {
      seconds: Number(summary?.[5] ?? NaN),
      peakMiB: mib(buildProcess?.rssByWindow.get("index") ?? 0),
      pagefindPeakMiB: mib(pagefind.reduce((peak, record) => Math.max(peak, record.peakKiB), 0)),
    },
    parsedFiles: number(ingestLine?.[2]),
    reusedFiles: number(ingestLine?.[3]),
    log,
  };
}
