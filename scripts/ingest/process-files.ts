/**
 * Ingests input files into the staging folder: reads each file, reuses its
 * previous output when nothing it depends on changed, otherwise parses it and
 * writes its Markdown. Reading and parsing (readAndParse) and writing
 * (writeParsed) are apart because with workers they run in different threads.
 */
import { createHash } from "node:crypto";
import type { DescribeData } from "./describe/describe-item.ts";
import { isDone, writeParsed, type FileOutcome, type ParsedFile } from "./file-outcome.ts";
import { cacheKey, type CacheEntry } from "./ingest-cache.ts";
import { ingestFile } from "./ingest-file.ts";
import type { ManifestRow } from "./manifest.ts";
import { linkOutputs } from "./place-outputs.ts";
import { readInput } from "./read-input.ts";

export type { FileOutcome, ParsedFile } from "./file-outcome.ts";

export interface FileTask {
  file: string;
  row: ManifestRow | undefined;
  /** What the previous run recorded for this file, if anything. */
  previous: CacheEntry | undefined;
}

export interface BatchOptions {
  inputDir: string;
  /** The current content folder, holding the previous run's output. */
  previousDir: string;
  stagingDir: string;
}

/** Reads the file, then reuses its previous output (done) or parses it (to be written). */
export function readAndParse(
  task: FileTask,
  data: () => DescribeData,
  options: BatchOptions,
): FileOutcome | ParsedFile {
  const bytes = readInput(options.inputDir, task.file);
  if (!(bytes instanceof Uint8Array)) {
    return {
      entry: { key: "", report: { file: task.file, status: "rejected", items: [], messages: [bytes], removed: [] } },
      reused: false,
    };
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const key = cacheKey(sha256, task.row);
  if (task.previous?.key === key) {
    const names = task.previous.report.items.map((slug) => `${slug}.md`);
    if (linkOutputs(names, options.previousDir, options.stagingDir) === "placed") {
      return { entry: task.previous, reused: true };
    }
  }
  const result = ingestFile(bytes, task.file, task.row, data(), sha256);
  return { key, report: result.report, outputs: new Map(result.outputs.map((o) => [o.name, o.contents])) };
}

export function processFile(task: FileTask, data: () => DescribeData, options: BatchOptions): FileOutcome {
  const file = readAndParse(task, data, options);
  return isDone(file) ? file : writeParsed(file, options.stagingDir);
}

/**
 * For runs small enough for one thread. `data` is a getter: the describe data takes a tenth of a second
 * to load, and a run of unchanged files never needs it. File access is synchronous: awaiting each read
 * and write through the thread pool in turn left the thread idle 40% of the time.
 */
export function processBatch(
  tasks: readonly FileTask[],
  data: () => DescribeData,
  options: BatchOptions,
  onDone?: () => void,
): FileOutcome[] {
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) {
    outcomes.push(processFile(task, data, options));
    onDone?.();
  }
  return outcomes;
}
