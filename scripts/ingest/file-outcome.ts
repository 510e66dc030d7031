/**
 * What became of one input file, and the last step for a parsed one: writing its
 * outputs, which can still refuse it (another file's item has the address).
 * Apart from process-files.ts so the main thread can write what workers parsed
 * without loading the parser.
 */
import { fatal, type Diagnostic } from "./diagnostics.ts";
import type { CacheEntry } from "./ingest-cache.ts";
import { writeOutputs, type Placed } from "./place-outputs.ts";
import type { FileReport } from "./report.ts";

export interface FileOutcome {
  entry: CacheEntry;
  /** True when the previous output was reused without parsing. */
  reused: boolean;
}

/** A parsed file whose outputs are still to be written. */
export interface ParsedFile {
  key: string;
  report: FileReport;
  /** File name in the content folder → contents. */
  outputs: Map<string, string>;
}

export function isDone(file: FileOutcome | ParsedFile): file is FileOutcome {
  return "entry" in file;
}

function duplicateSlug(file: string, clash: string): Diagnostic {
  const slug = clash.replace(/\.md$/u, "");
  return fatal(
    file,
    "duplicate-slug",
    `an item would get the address /items/${slug}/, which another input file's item already has, so this file was not published. Rename one of the two files (the report lists which file has that item).`,
  );
}

function outcomeOf({ key, report }: ParsedFile, placed: Placed): FileOutcome {
  if (typeof placed === "object") {
    const messages = [...report.messages, duplicateSlug(report.file, placed.clash)];
    return { entry: { key: "", report: { ...report, status: "rejected", items: [], messages } }, reused: false };
  }
  return { entry: { key, report }, reused: false };
}

/** Writes a parsed file's outputs; a name another file already took rejects this file. */
export function writeParsed(file: ParsedFile, stagingDir: string): FileOutcome {
  return outcomeOf(file, writeOutputs(file.outputs, stagingDir));
}
