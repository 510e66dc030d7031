/**
 * Ingests a batch of input files into the staging folder: reads each file,
 * reuses its previous output when nothing it depends on changed, otherwise
 * parses it and writes its Markdown. Runs in the main thread or in a worker.
 */
import { createHash } from "node:crypto";
import { link, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { MAX_INPUT_BYTES } from "./decode.ts";
import type { DescribeData } from "./describe/describe-item.ts";
import { fatal, type Diagnostic } from "./diagnostics.ts";
import { cacheKey, type CacheEntry } from "./ingest-cache.ts";
import { ingestFile } from "./ingest-file.ts";
import { isSupportedName } from "./list-inputs.ts";
import type { ManifestRow } from "./manifest.ts";

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

export interface FileOutcome {
  entry: CacheEntry;
  /** True when the previous output was reused without parsing. */
  reused: boolean;
}

async function readInput(inputDir: string, file: string): Promise<Uint8Array | Diagnostic> {
  if (!isSupportedName(file)) {
    return fatal(
      file,
      "unsupported-file-type",
      "only plain-text minutes (.txt, .text or no extension) are read; this file was not ingested. Convert it to text or move it out of the input folder.",
    );
  }
  const full = path.join(inputDir, file);
  try {
    // Checked before reading, so a misnamed multi-gigabyte archive is never loaded into memory.
    const { size } = await stat(full);
    if (size > MAX_INPUT_BYTES) {
      return fatal(
        file,
        "file-too-large",
        `the file is ${size} bytes, over the ${MAX_INPUT_BYTES}-byte (2 MiB) limit for one page of minutes; it was not read. Split it, or check it is not a misnamed archive.`,
      );
    }
    return await readFile(full);
  } catch (error) {
    return fatal(
      file,
      "unreadable-file",
      `the file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check that it exists and its permissions allow reading.`,
    );
  }
}

/** Hard-links the previous run's files for an unchanged input; false if any is missing. */
async function reuse(entry: CacheEntry, options: BatchOptions): Promise<boolean> {
  try {
    for (const slug of entry.report.items)
      await link(path.join(options.previousDir, `${slug}.md`), path.join(options.stagingDir, `${slug}.md`));
    return true;
  } catch {
    return false;
  }
}

async function processFile(task: FileTask, data: () => DescribeData, options: BatchOptions): Promise<FileOutcome> {
  const bytes = await readInput(options.inputDir, task.file);
  if (!(bytes instanceof Uint8Array)) {
    return {
      entry: { key: "", report: { file: task.file, status: "rejected", items: [], messages: [bytes], removed: [] } },
      reused: false,
    };
  }
  const key = cacheKey(createHash("sha256").update(bytes).digest("hex"), task.row);
  if (task.previous?.key === key && (await reuse(task.previous, options)))
    return { entry: task.previous, reused: true };
  const result = ingestFile(bytes, task.file, task.row, data());
  await Promise.all(
    result.outputs.map((output) => writeFile(path.join(options.stagingDir, output.name), output.contents)),
  );
  return { entry: { key, report: result.report }, reused: false };
}

/** `data` is a getter: the describe data takes half a second to load, and a run of unchanged files never needs it. */
export async function processBatch(
  tasks: readonly FileTask[],
  data: () => DescribeData,
  options: BatchOptions,
  onDone?: () => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) {
    outcomes.push(await processFile(task, data, options));
    onDone?.();
  }
  return outcomes;
}
