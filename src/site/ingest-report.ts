/**
 * The ingest's report, read for the about page's "inputs rejected" line. The
 * build script passes its absolute path in ARCHIVE_REPORT_FILE; a plain
 * `astro build` finds it beside the minutes folder. Absent on hand-made
 * builds, so optional throughout.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface IngestSummary {
  read: number;
  written: number;
  rejected: number;
}

const contentDir = path.resolve(process.cwd(), process.env["ARCHIVE_CONTENT_DIR"] ?? "content/minutes");
const reportFile = process.env["ARCHIVE_REPORT_FILE"] ?? path.join(path.dirname(contentDir), "ingest-report.json");

export function readIngestSummary(file = reportFile): IngestSummary | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const summary = (JSON.parse(readFileSync(file, "utf8")) as { summary?: Partial<IngestSummary> }).summary;
    const { read, written, rejected } = summary ?? {};
    return typeof read === "number" && typeof written === "number" && typeof rejected === "number"
      ? { read, written, rejected }
      : undefined;
  } catch {
    console.warn(
      `${path.relative(process.cwd(), file)}: not valid JSON, so the about page leaves out the ingest figures`,
    );
    return undefined;
  }
}
