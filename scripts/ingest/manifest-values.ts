/**
 * Converters for single manifest values. Each returns the clean value, or a
 * string explaining what is wrong (the caller adds the file, row and rule id).
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(problem: string): Checked<T> => ({ ok: false, problem });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** YYYY-MM-DD or DD/MM/YYYY (UK order; never MM/DD) → YYYY-MM-DD, rejecting dates like 31/02/2023. */
export function dateToIso(value: string): Checked<string> {
  const iso = ISO_DATE.exec(value);
  // The two forms cannot both match: the second is tried only when the first fails.
  const uk = iso ? null : UK_DATE.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : undefined;
  if (!parts) return bad(`"${value}" is not a date in the form YYYY-MM-DD or DD/MM/YYYY`);
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    const monthFirst = uk !== null && month > 12 && day <= 12;
    const hint = monthFirst ? " (dates are read day first; this looks month first)" : "";
    return bad(`"${value}" is not a real calendar date${hint}`);
  }
  // A valid YYYY-MM-DD reads back as written (Date.UTC takes years below 100 as 19xx, so those are not).
  if (iso && year >= 100) return ok(value.slice(0, 10));
  return ok(date.toISOString().slice(0, 10));
}

/** Only http(s): a javascript: or file: link must never reach a page. */
export function httpUrl(value: string): Checked<string> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return bad(`"${value}" is not a full web address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return bad(`"${value}" is not an http or https address`);
  }
  return ok(url.href);
}

export interface DocumentLink {
  title: string;
  url?: string;
}

/**
 * CSV form "Title|https://url; Title 2|https://url2" (a title alone is fine);
 * YAML form a list of {title, url}. In the CSV form titles cannot contain ";"
 * or "|"; use the YAML form for those.
 */
export function toDocuments(value: unknown): Checked<DocumentLink[]> {
  const entries: unknown[] = typeof value === "string" ? value.split(";").filter((part) => part.trim() !== "") : [];
  if (Array.isArray(value)) entries.push(...(value as unknown[]));
  else if (typeof value !== "string") return bad("documents must be a list of {title, url} entries");
  const documents: DocumentLink[] = [];
  for (const entry of entries) {
    const [title, url] = entryParts(entry);
    if (!title) return bad(`document entry ${documents.length + 1} has no title`);
    if (!url) {
      documents.push({ title });
      continue;
    }
    const checked = httpUrl(url);
    if (!checked.ok) return bad(`document "${title}": ${checked.problem}`);
    documents.push({ title, url: checked.value });
  }
  return ok(documents);
}

function entryParts(entry: unknown): [string, string] {
  if (typeof entry === "string") {
    const [title = "", url = ""] = entry.split("|").map((part) => part.trim());
    return [title, url];
  }
  const record = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
  return [text(record["title"]), text(record["url"])];
}

/**
 * A scalar as one line of text, "" for anything empty or not a string.
 * Spreadsheet cells often hold line breaks (Alt+Enter); a name never should.
 */
export function text(value: unknown): string {
  if (typeof value !== "string") return "";
  // Most cells hold single spaces only: the test spares rebuilding them.
  return (/\s\s|[^\S ]/u.test(value) ? value.replace(/\s+/g, " ") : value).trim();
}
