/**
 * manifest.csv → raw rows with their line numbers. Spreadsheets are how most
 * people will write the manifest, so headers are matched loosely ("Meeting
 * date" = meeting_date) and a row with too many cells is an error: it usually
 * means an unquoted comma shifted every value after it.
 */
import { parse } from "csv-parse/sync";
import { fatal, type Diagnostic } from "./diagnostics.ts";
import { columnKey, type RawRow } from "./manifest-row.ts";

export interface RawTable {
  rows: RawRow[];
  /** Column names as normalised keys, in header order. */
  columns: string[];
  messages: Diagnostic[];
}

interface CsvRecord {
  record: Record<string, string>;
  raw: string;
  info: { lines: number; error?: { code: string } };
}

export function csvToRawRows(text: string, manifestName: string): RawTable {
  let columns: string[] = [];
  let records: CsvRecord[];
  try {
    // csv-parse miscounts lines on CRLF input; LF-only keeps info.lines exact.
    records = parse<CsvRecord>(text.replace(/\r\n?/g, "\n"), {
      bom: true,
      columns: (header: string[]) => (columns = header.map(columnKey)),
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    const { message, lines } = error as { message: string; lines?: number };
    const reason = `manifest is not valid CSV (${message}); fix the file, for instance close the quote or quote values that contain commas`;
    return { rows: [], columns, messages: [fatal(manifestName, "manifest-syntax", reason, lines)] };
  }
  const messages: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const name of columns.filter((c) => c !== "")) {
    if (seen.has(name)) {
      const reason = `manifest has two "${name}" columns, so one would silently replace the other; remove or rename one`;
      messages.push(fatal(manifestName, "manifest-duplicate-column", reason, 1));
    }
    seen.add(name);
  }
  const rows: RawRow[] = [];
  for (const { record, raw, info } of records) {
    const line = info.lines - countNewlines(raw);
    if (info.error?.code === "CSV_RECORD_INCONSISTENT_COLUMNS") {
      const reason = `row has a different number of cells from the header (${columns.length} columns), so its values cannot be matched to columns; quote any value that contains a comma, and check for missing cells`;
      messages.push(fatal(manifestName, "manifest-column-count", reason, line));
      continue;
    }
    rows.push({ line, values: record });
  }
  return { rows, columns, messages };
}

/** Line breaks inside one record, ignoring the blank lines skipped before it and its own final break. */
function countNewlines(raw: string): number {
  const body = raw.replace(/^\s*\n/, "").replace(/\n$/, "");
  return body.split("\n").length - 1;
}
