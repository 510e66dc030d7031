/** Prints every message (vfile-reporter style) and a one-line summary of an ingest run. */
import { formatDiagnostic } from "./diagnostics.ts";
import type { IngestReport } from "./report.ts";

export function printIngestReport(
  report: IngestReport,
  outputDir: string,
  seconds: number,
  reused: number,
  log: (line: string) => void = console.error,
): void {
  const messages = [...report.manifest, ...report.files.flatMap((file) => file.messages)];
  for (const message of messages) log(formatDiagnostic(message));
  const removed = report.files.reduce((count, file) => count + file.removed.length, 0);
  const { read, written, rejected, items, warnings } = report.summary;
  const rate = seconds > 0 ? Math.round(read / seconds) : read;
  log(
    `ingest: ${read} files read (${read - reused} parsed, ${reused} unchanged), ${written} written as ${items} items to ${outputDir}, ${rejected} rejected, ${warnings} warnings, ${removed} furniture lines removed (${seconds.toFixed(1)} s, ${rate} files/s)`,
  );
}

/** Anything rejected (a file, or a manifest row) makes the run fail. */
export function hasRejections(report: IngestReport): boolean {
  return report.summary.rejected > 0 || report.manifest.some((message) => message.fatal);
}
