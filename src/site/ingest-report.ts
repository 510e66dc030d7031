/**
 * The ingest's report, read for the about page's "inputs rejected" line. It
 * sits beside the minutes folder (content/ingest-report.json next to
 * content/minutes/), so ARCHIVE_CONTENT_DIR moves both. Absent on hand-made
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

export function readIngestSummary(
  file = path.join(path.dirname(contentDir), "ingest-report.json"),
): IngestSummary | undefined {
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
