/**
 * The ingest's outer layer: the file system and the order of the steps.
 * 1. list the input files (and start the workers)  2. read the manifest and the previous run's cache
 * 3. ingest each file into a staging folder (unchanged files reuse their output; an item
 *    whose address is taken is refused there)  4. swap the staging folder in  5. write the report
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { CACHE_FILE, readCache, serialiseCache, type CacheEntry } from "./ingest-cache.ts";
import { listInputFolder } from "./list-inputs.ts";
import { readManifest } from "./manifest.ts";
import { summarise, type IngestReport } from "./report.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { FileOutcome } from "./file-outcome.ts";
import { startFileProcessor } from "./run-in-workers.ts";
import { prepareStaging, swapInStaging, writeFileAtomic } from "./write-content.ts";

export interface IngestOptions {
  inputDir: string;
  outputDir: string;
  reportFile: string;
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
}

export interface IngestRun {
  report: IngestReport;
  /** Files whose previous output was reused without parsing. */
  reused: number;
}

export async function runIngest(options: IngestOptions): Promise<IngestRun> {
  const listing = listInputFolder(options.inputDir);
  // Without a previous run every file is parsed, so the describe data is needed: it is read while the folder
  // is being listed (in the thread pool), rather than after, while the workers wait for their tasks.
  const data = existsSync(path.join(options.outputDir, CACHE_FILE))
    ? undefined
    : (await import("./describe/load-describe-data.ts")).loadDescribeData();
  const { files, manifests } = await listing;
  const staging = await prepareStaging(options.outputDir);
  const processor = startFileProcessor(files.length, {
    options: { inputDir: options.inputDir, previousDir: options.outputDir, stagingDir: staging },
    ...(data === undefined ? {} : { data }),
  });
  try {
    const manifest = await readManifest(options.inputDir, new Set(files), manifests);
    const previous = await readCache(options.outputDir);
    const tasks = files.map((file) => ({ file, row: manifest.rows.get(file), previous: previous?.files[file] }));
    const outcomes = await processor.run(tasks, (done) => options.onFile?.(done, files.length));
    return await finish(options, staging, outcomes, manifest.messages);
  } catch (error) {
    processor.stop();
    throw error;
  }
}

async function finish(
  options: IngestOptions,
  staging: string,
  outcomes: FileOutcome[],
  manifestMessages: Diagnostic[],
): Promise<IngestRun> {
  outcomes.sort((a, b) => (a.entry.report.file < b.entry.report.file ? -1 : 1));
  const entries: Record<string, CacheEntry> = Object.fromEntries(
    outcomes.map(({ entry }) => [entry.report.file, entry]),
  );
  await writeFile(path.join(staging, CACHE_FILE), serialiseCache(entries));
  await swapInStaging(options.outputDir);
  const report = summarise(
    outcomes.map(({ entry }) => entry.report),
    manifestMessages,
  );
  await writeFileAtomic(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return { report, reused: outcomes.filter((outcome) => outcome.reused).length };
}
