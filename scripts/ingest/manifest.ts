/**
 * The optional manifest in the input folder (manifest.csv, or manifest.yaml /
 * manifest.yml): per-file metadata the minutes text does not carry reliably
 * (council, committee, meeting date, source address...). Keyed by file name.
 * parseManifest is pure; readManifest is the thin file-system layer.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { decodeMinutes, MAX_MANIFEST_BYTES } from "./decode.ts";
import { fatal, warning, type Diagnostic } from "./diagnostics.ts";
import { csvToRawRows } from "./manifest-csv.ts";
import { KNOWN_COLUMNS, rawRowToManifest, type ManifestRow, type RawRow } from "./manifest-row.ts";
import { yamlToRawRows } from "./manifest-yaml.ts";

export type { ManifestRow } from "./manifest-row.ts";

export interface ManifestResult {
  rows: Map<string, ManifestRow>;
  messages: Diagnostic[];
}

/** The names a manifest may have, in the input folder itself. */
export const MANIFEST_NAMES = ["manifest.csv", "manifest.yaml", "manifest.yml"] as const;

export function parseManifest(text: string, kind: "csv" | "yaml", manifestName: string): ManifestResult {
  const table =
    kind === "csv" ? csvToRawRows(text, manifestName) : { ...yamlToRawRows(text, manifestName), columns: [] };
  const messages = [...table.messages];
  const unknownColumn = (column: string, line: number): void => {
    const reason = `unknown column "${column}" is ignored; the known columns are ${[...KNOWN_COLUMNS].join(", ")}`;
    messages.push(warning(manifestName, "manifest-unknown-column", reason, line));
  };
  // CSV: once per column, at the header. YAML: per entry, where the key is.
  for (const column of table.columns) {
    if (column !== "" && !KNOWN_COLUMNS.has(column)) unknownColumn(column, 1);
  }
  if (kind === "csv" && table.messages.length === 0 && !table.columns.includes("file")) {
    const reason = `manifest has no "file" column, so no row can be matched to a raw file; add a "file" column holding each raw file's name`;
    return {
      rows: new Map(),
      messages: [...messages, fatal(manifestName, "manifest-missing-file", reason, 1)],
    };
  }
  const rows = new Map<string, ManifestRow>();
  for (const raw of table.rows) {
    if (kind === "yaml") unknownKeys(raw).forEach((key) => unknownColumn(key, raw.line));
    const result = rawRowToManifest(raw, manifestName);
    messages.push(...result.messages);
    if (!result.row) continue;
    const first = rows.get(result.row.file);
    if (first) {
      const reason = `second row for "${result.row.file}" (the first is at line ${first.line}); a file takes one row, so this one is ignored: merge the two rows`;
      messages.push(fatal(manifestName, "manifest-duplicate-row", reason, raw.line));
      continue;
    }
    rows.set(result.row.file, result.row);
  }
  return { rows, messages };
}

function unknownKeys(raw: RawRow): string[] {
  return Object.keys(raw.values).filter((key) => !KNOWN_COLUMNS.has(key));
}

/**
 * Reads the manifest from inputDir when there is one. fileNames are the raw
 * files found there; a row naming any other file is an error, since its
 * metadata would otherwise vanish without a word. `present`, the manifest
 * names a listing of the folder has already found, spares listing it again.
 */
export async function readManifest(
  inputDir: string,
  fileNames: Set<string>,
  present?: readonly string[],
): Promise<ManifestResult> {
  const listed = new Set(present ?? (await readdir(inputDir)));
  const found = MANIFEST_NAMES.filter((name) => listed.has(name));
  const [name] = found;
  if (name === undefined) return { rows: new Map(), messages: [] };
  if (found.length > 1) {
    const reason = `input folder has ${found.join(" and ")}; only one manifest is read, and guessing which one is meant could publish the wrong metadata: keep one and delete the others`;
    return { rows: new Map(), messages: [fatal(found[1] ?? name, "manifest-conflict", reason)] };
  }
  // Excel saves CSV as Windows-1252 or UTF-8 with a BOM; decoding handles both.
  const decoded = decodeMinutes(new Uint8Array(await readFile(join(inputDir, name))), name, MAX_MANIFEST_BYTES);
  if (decoded.messages.some((message) => message.ruleId === "empty-file")) {
    const reason = "manifest is empty, so it is ignored; fill it in or delete it";
    return { rows: new Map(), messages: [warning(name, "manifest-empty", reason)] };
  }
  if (decoded.text === undefined) return { rows: new Map(), messages: decoded.messages };
  const parsed = parseManifest(decoded.text, name.endsWith(".csv") ? "csv" : "yaml", name);
  const messages = [...decoded.messages, ...parsed.messages];
  for (const [file, row] of parsed.rows) {
    if (fileNames.has(file)) continue;
    const near = [...fileNames].find((candidate) => candidate.toLowerCase() === file.toLowerCase());
    const hint = near ? `did you mean "${near}"?` : "check the spelling, or remove the row";
    const reason = `row for "${file}" names no raw file in the input folder, so its metadata would be lost; ${hint}`;
    messages.push(fatal(name, "manifest-unknown-file", reason, row.line));
    parsed.rows.delete(file);
  }
  return { rows: parsed.rows, messages };
}
