/**
 * Ingests a batch of input files into the staging folder: reads each file,
 * reuses its previous output when nothing it depends on changed, otherwise
 * parses it and writes its Markdown. Runs in the main thread or in a worker.
 */
import { createHash } from "node:crypto";
import { linkSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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

function readInput(inputDir: string, file: string): Uint8Array | Diagnostic {
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
    const { size } = statSync(full);
    if (size > MAX_INPUT_BYTES) {
      return fatal(
        file,
        "file-too-large",
        `the file is ${size} bytes, over the ${MAX_INPUT_BYTES}-byte (2 MiB) limit for one page of minutes; it was not read. Split it, or check it is not a misnamed archive.`,
      );
    }
    return readFileSync(full);
  } catch (error) {
    return fatal(
      file,
      "unreadable-file",
      `the file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check that it exists and its permissions allow reading.`,
    );
  }
}

type Placed = "placed" | "missing" | { clash: string };

/**
 * Puts a file's outputs into the staging folder without ever replacing one: a name
 * that already exists there means another input's item wants the same address.
 * On any failure the names this file placed are taken back.
 */
function place(names: readonly string[], stagingDir: string, create: (name: string) => void): Placed {
  const placed: string[] = [];
  try {
    for (const name of names) {
      create(name);
      placed.push(name);
    }
    return "placed";
  } catch (error) {
    for (const name of placed) rmSync(path.join(stagingDir, name), { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return { clash: names[placed.length] ?? "" };
    if (code === "ENOENT") return "missing";
    throw error;
  }
}

function duplicateSlug(file: string, clash: string): Diagnostic {
  const slug = clash.replace(/\.md$/u, "");
  return fatal(
    file,
    "duplicate-slug",
    `an item would get the address /items/${slug}/, which another input file's item already has, so this file was not published. Rename one of the two files (the report lists which file has that item).`,
  );
}

function processFile(task: FileTask, data: () => DescribeData, options: BatchOptions): FileOutcome {
  const bytes = readInput(options.inputDir, task.file);
  if (!(bytes instanceof Uint8Array)) {
    return {
      entry: { key: "", report: { file: task.file, status: "rejected", items: [], messages: [bytes], removed: [] } },
      reused: false,
    };
  }
  const key = cacheKey(createHash("sha256").update(bytes).digest("hex"), task.row);
  const { stagingDir, previousDir } = options;
  if (task.previous?.key === key) {
    // Hard links: an unchanged file's output is reused without parsing or copying.
    const names = task.previous.report.items.map((slug) => `${slug}.md`);
    if (
      place(names, stagingDir, (name) => linkSync(path.join(previousDir, name), path.join(stagingDir, name))) ===
      "placed"
    ) {
      return { entry: task.previous, reused: true };
    }
  }
  const result = ingestFile(bytes, task.file, task.row, data());
  const contents = new Map(result.outputs.map((output) => [output.name, output.contents]));
  const placed = place([...contents.keys()], stagingDir, (name) =>
    writeFileSync(path.join(stagingDir, name), contents.get(name) ?? "", { flag: "wx" }),
  );
  if (typeof placed === "object") {
    const report = {
      ...result.report,
      status: "rejected" as const,
      items: [],
      messages: [...result.report.messages, duplicateSlug(task.file, placed.clash)],
    };
    return { entry: { key: "", report }, reused: false };
  }
  return { entry: { key, report: result.report }, reused: false };
}

/**
 * `data` is a getter: the describe data takes half a second to load, and a run of unchanged files never
 * needs it. File access is synchronous on purpose: these are small files handled one after another in a
 * worker, and awaiting each read and write through the thread pool left the workers idle 40% of the time.
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
