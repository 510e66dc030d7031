/**
 * One manifest row (from CSV or YAML) → a typed ManifestRow with the schema's
 * field names. A bad value is an error naming the row and is left out of the
 * row, so one typo does not hide the row's other fields.
 */
import { fatal, type Diagnostic } from "./diagnostics.ts";
import type { MinutesItem } from "../../src/schema/minutes-item.ts";
import { dateToIso, httpUrl, text, toDocuments, type Checked } from "./manifest-values.ts";

/** A row as read, keyed by normalised column name, before any checking. */
export interface RawRow {
  /** 1-based line in the manifest where the row starts. */
  line: number;
  values: Record<string, unknown>;
}

type ManifestFields = Partial<
  Pick<
    MinutesItem,
    | "council"
    | "councilCode"
    | "committee"
    | "meetingDate"
    | "meetingId"
    | "itemId"
    | "itemNumber"
    | "status"
    | "sourceUrl"
    | "language"
    | "retrieved"
    | "documents"
  >
>;

export interface ManifestRow extends ManifestFields {
  /** Raw file name, relative to the input folder. */
  file: string;
  /** Line of the row in the manifest, so later messages can point at it. */
  line: number;
}

/** Manifest column → schema field, with how to check its value. */
const COLUMNS: Record<string, [keyof ManifestFields, (value: unknown) => Checked<unknown>]> = {
  council: ["council", plain],
  council_code: ["councilCode", gssCode],
  committee: ["committee", plain],
  meeting_date: ["meetingDate", (v) => dateToIso(text(v))],
  meeting_id: ["meetingId", plain],
  item_id: ["itemId", plain],
  item_number: ["itemNumber", plain],
  status: ["status", oneOf("status", ["draft", "approved"])],
  source_url: ["sourceUrl", (v) => httpUrl(text(v))],
  language: ["language", oneOf("language", ["en", "cy"])],
  retrieved: ["retrieved", (v) => dateToIso(text(v))],
  documents: ["documents", toDocuments],
};

const COLUMN_ENTRIES = Object.entries(COLUMNS);

export const KNOWN_COLUMNS: ReadonlySet<string> = new Set(["file", ...Object.keys(COLUMNS)]);

/** "Meeting date", "meeting-date", " MEETING_DATE " → "meeting_date". */
export function columnKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export function rawRowToManifest(raw: RawRow, manifestName: string): { row?: ManifestRow; messages: Diagnostic[] } {
  const file = text(raw.values["file"]);
  if (!file) {
    const reason = `row has no file name, so it cannot be matched to a raw file; fill in its "file" cell or remove the row`;
    return { messages: [fatal(manifestName, "manifest-missing-file", reason, raw.line)] };
  }
  const fields: Record<string, unknown> = {};
  const messages: Diagnostic[] = [];
  for (const [column, [field, check]] of COLUMN_ENTRIES) {
    const value = raw.values[column];
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
      continue; // an empty cell means "not known", not an error
    }
    const checked = check(value);
    if (checked.ok) fields[field] = checked.value;
    else messages.push(badValue(manifestName, raw.line, file, column, checked.problem));
  }
  // Each checker returns the type its schema field expects (see COLUMNS).
  return { row: { file, line: raw.line, ...fields }, messages };
}

function badValue(name: string, line: number, file: string, column: string, problem: string): Diagnostic {
  const rule = column.endsWith("date") || column === "retrieved" ? "manifest-bad-date" : "manifest-bad-value";
  const hint =
    rule === "manifest-bad-date" ? "write it as YYYY-MM-DD or DD/MM/YYYY" : "correct the cell or leave it empty";
  const reason = `${column} in the row for "${file}": ${problem}; ${hint} (the value is left out)`;
  return fatal(name, rule, reason, line);
}

function plain(value: unknown): Checked<string> {
  return typeof value === "string"
    ? { ok: true, value: text(value) }
    : { ok: false, problem: "expected a single value, not a list or mapping" };
}

/** ONS/GSS codes: a country letter and eight digits, e.g. E10000018, W06000021. */
function gssCode(value: unknown): Checked<string> {
  const code = text(value).toUpperCase();
  return /^[ENSW]\d{8}$/.test(code)
    ? { ok: true, value: code }
    : { ok: false, problem: `"${text(value)}" is not an ONS/GSS code such as E10000018` };
}

function oneOf<T extends string>(column: string, allowed: readonly T[]) {
  return (value: unknown): Checked<T> => {
    const word = text(value).toLowerCase();
    return (allowed as readonly string[]).includes(word)
      ? { ok: true, value: word as T }
      : { ok: false, problem: `"${text(value)}" is not a ${column}: use ${allowed.join(" or ")}` };
  };
}
