/**
 * Turns data/acronyms.yaml (a list of { short, expansion }, maintained beside
 * the ingest) into pagefind/synonyms.json, which the search page uses to run a
 * query's acronym and expansion forms together. A missing file means no
 * synonyms, not a failed build: the data file arrives separately.
 */
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

export interface Synonym {
  /** The short form, e.g. "LAC". */
  short: string;
  /** The expansion, e.g. "looked after children". */
  expansion: string;
}

export interface SynonymsResult {
  synonyms: Synonym[];
  /** Problems worth a warning (entries skipped), each naming the file. */
  warnings: string[];
}

function entriesOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  // Tolerate a top-level key holding the list, e.g. `acronyms: [...]`.
  if (document && typeof document === "object") {
    const lists = Object.values(document).filter(Array.isArray);
    if (lists.length === 1) return lists[0] as unknown[];
  }
  return [];
}

export async function readSynonyms(file: string): Promise<SynonymsResult> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (text === undefined) return { synonyms: [], warnings: [] };
  const warnings: string[] = [];
  const seen = new Map<string, Synonym>();
  entriesOf(parse(text)).forEach((entry, index) => {
    const record = (entry ?? {}) as Record<string, unknown>;
    const short = typeof record["short"] === "string" ? record["short"].trim() : "";
    const expansion = typeof record["expansion"] === "string" ? record["expansion"].trim() : "";
    if (!short || !expansion) {
      warnings.push(
        `${file}: entry ${index + 1} has no short or no expansion, so search skips it (search-synonym-incomplete)`,
      );
      return;
    }
    seen.set(`${short.toLowerCase()}\u0000${expansion.toLowerCase()}`, { short, expansion });
  });
  // Sorted so the written file is byte-identical between builds.
  const synonyms = [...seen.values()].sort(
    (a, b) => a.short.localeCompare(b.short, "en") || a.expansion.localeCompare(b.expansion, "en"),
  );
  return { synonyms, warnings };
}
