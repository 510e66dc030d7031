/**
 * Ingests a batch of input files into the staging folder: reads each file,
 * reuses its previous output when nothing it depends on changed, otherwise
 * parses it and writes its Markdown. Runs in the main thread or in a worker.
 */
import { createHash } from "node:crypto";
import { link, readFile, rm, stat, writeFile } from "node:fs/promises";
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

type Placed = "placed" | "missing" | { clash: string };

/**
 * Puts a file's outputs into the staging folder without ever replacing one: a name
 * that already exists there means another input's item wants the same address.
 * On any failure the names this file placed are taken back.
 */
async function place(
  names: readonly string[],
  stagingDir: string,
  create: (name: string) => Promise<void>,
): Promise<Placed> {
  const placed: string[] = [];
  try {
    for (const name of names) {
      await create(name);
      placed.push(name);
    }
    return "placed";
  } catch (error) {
    await Promise.all(placed.map((name) => rm(path.join(stagingDir, name), { force: true })));
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

async function processFile(task: FileTask, data: () => DescribeData, options: BatchOptions): Promise<FileOutcome> {
  const bytes = await readInput(options.inputDir, task.file);
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
      (await place(names, stagingDir, (name) => link(path.join(previousDir, name), path.join(stagingDir, name)))) ===
      "placed"
    ) {
      return { entry: task.previous, reused: true };
    }
  }
  const result = ingestFile(bytes, task.file, task.row, data());
  const contents = new Map(result.outputs.map((output) => [output.name, output.contents]));
  const placed = await place([...contents.keys()], stagingDir, (name) =>
    writeFile(path.join(stagingDir, name), contents.get(name) ?? "", { flag: "wx" }),
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
