/**
 * manifest.yaml → raw rows with their line numbers. The file is a list of
 * mappings, one per raw file. The failsafe schema keeps every scalar a string,
 * so `item_number: 8.10` stays "8.10" and `meeting_id: 007` keeps its zeros.
 */
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { fatal, type Diagnostic } from "./diagnostics.ts";
import { columnKey, type RawRow } from "./manifest-row.ts";

export function yamlToRawRows(text: string, manifestName: string): { rows: RawRow[]; messages: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: "failsafe", lineCounter, prettyErrors: false });
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const messages = doc.errors.map((error) => {
      const reason = `manifest is not valid YAML (${error.message.split("\n")[0]}); fix the file at this line`;
      return fatal(manifestName, "manifest-syntax", reason, lineOf(error.pos[0]));
    });
    return { rows: [], messages };
  }
  const contents = doc.contents;
  if (contents === null) return { rows: [], messages: [] };
  if (!isSeq(contents)) {
    const reason =
      'manifest must be a YAML list with one entry per raw file ("- file: name.txt" then its fields); rewrite it in that shape';
    return { rows: [], messages: [fatal(manifestName, "manifest-syntax", reason, 1)] };
  }
  const rows: RawRow[] = [];
  const messages: Diagnostic[] = [];
  for (const item of contents.items) {
    const line = lineOf(item.range?.[0] ?? 0);
    if (!isMap(item)) {
      const reason =
        'manifest entry is not a mapping of fields; write each entry as "- file: name.txt" followed by its fields';
      messages.push(fatal(manifestName, "manifest-syntax", reason, line));
      continue;
    }
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item.toJSON() as Record<string, unknown>)) {
      values[columnKey(key)] = value;
    }
    rows.push({ line, values });
  }
  return { rows, messages };
}
