/**
 * The ingest report: for every input file, whether it became pages (and which)
 * or was rejected (and why), with every message and every piece of page
 * furniture removed. Written as JSON for tools and the about page; no
 * timestamps, so the same inputs give the same report.
 */
import type { Diagnostic } from "./diagnostics.ts";
import type { RemovedText } from "./types.ts";

export interface FileReport {
  /** Path relative to the input folder. */
  file: string;
  status: "written" | "rejected";
  /** Slugs of the items written from this file. */
  items: string[];
  messages: Diagnostic[];
  removed: RemovedText[];
}

export interface IngestReport {
  summary: {
    /** Input files read (manifest excluded). */
    read: number;
    /** Files that became at least one page. */
    written: number;
    /** Files rejected; each is listed with its reason. */
    rejected: number;
    /** Pages written (one file may hold several items). */
    items: number;
    warnings: number;
  };
  /** Problems with the manifest itself, not tied to one input file. */
  manifest: Diagnostic[];
  files: FileReport[];
}

export function summarise(files: FileReport[], manifest: Diagnostic[]): IngestReport {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const all = [...manifest, ...sorted.flatMap((file) => file.messages)];
  return {
    summary: {
      read: sorted.length,
      written: sorted.filter((file) => file.status === "written").length,
      rejected: sorted.filter((file) => file.status === "rejected").length,
      items: sorted.reduce((count, file) => count + file.items.length, 0),
      warnings: all.filter((message) => !message.fatal).length,
    },
    manifest,
    files: sorted,
  };
}
