/**
 * Decoded text → clean, numbered lines. Council pages pad with non-breaking
 * spaces, tabs and zero-width characters that look like nothing but break
 * matching ("Minutes:\u00a0") and search; line numbers stay those of the raw
 * file so every message can point into it. Pure: no file system here.
 */
import type { SourceLine } from "./types.ts";

/** U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000 and tab: all read as one space. */
const SPACES = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * Invisible characters dropped outright: zero-width space/joiners, word joiner,
 * BOM, and soft hyphen (it splits words for search: "safe\u00adguarding").
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/**
 * VT, FF and the Unicode line/paragraph separators become a space, not a line
 * break, so line numbers match what editors and grep show for the raw file;
 * dropping them could glue two words together. (CR and LF only reach here
 * when cleanLine is called on its own.)
 */
const SOFT_BREAKS = /[\n\v\f\r\u2028\u2029]/g;
/** Remaining C0 controls, DEL and C1 controls; decode has already mapped the C1 ones that mean punctuation. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;

/** Any character one of the four patterns above replaces: most lines have none. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TO_CLEAN = /[\x00-\x1f\x7f-\xa0\u00ad\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;
/** ASCII text is already in NFC. */
// eslint-disable-next-line no-control-regex -- the class names every ASCII character, controls too
const NON_ASCII = /[^\x00-\x7f]/;

/** TO_CLEAN without the line breaks toSourceLines cuts at. */
const TO_CLEAN_IN_TEXT =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\xa0\u00ad\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

export function toSourceLines(text: string): SourceLine[] {
  const raw = text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
  // A final line break ends the last line; it does not start an empty one.
  if (raw.length > 1 && raw.at(-1) === "") raw.pop();
  // Most files need no cleaning at all: checked once for the whole text rather than line by line.
  // A line break never takes part in NFC composition, so the text is in NFC exactly when each line is.
  if (!TO_CLEAN_IN_TEXT.test(text) && text.normalize("NFC") === text) {
    return raw.map((line, index) => ({ text: line.trimEnd(), line: index + 1 }));
  }
  return raw.map((line, index) => ({ text: cleanLine(line), line: index + 1 }));
}

export function cleanLine(line: string): string {
  const cleaned = TO_CLEAN.test(line)
    ? line.replace(SOFT_BREAKS, " ").replace(SPACES, " ").replace(INVISIBLE, "").replace(CONTROLS, "")
    : line;
  return (NON_ASCII.test(cleaned) ? cleaned.normalize("NFC") : cleaned).trimEnd();
}

/** Lines allowed inside a frontmatter-like block: `key: value`, YAML list items, indented continuations, blanks. */
const YAML_KEY = /^[A-Za-z_][\w -]*:(?:\s|$)/;
const YAML_OTHER = /^(?:\s+\S|- |-$|#|$)/;
/** Stop looking after this many lines: real frontmatter is short, minutes are not. */
const MAX_BLOCK_LINES = 50;

/**
 * Finds a YAML frontmatter-like block at the very top of a raw file ("---",
 * `key: value` lines, "---"). A raw file can never set its own frontmatter:
 * the caller keeps these lines as literal text and warns
 * ("frontmatter-in-raw"). Returns the raw line number of the closing "---".
 */
export function detectFrontmatterLike(lines: SourceLine[]): { endLine: number } | undefined {
  if (lines[0]?.text.trim() !== "---") return undefined;
  let keys = 0;
  for (const { text, line } of lines.slice(1, MAX_BLOCK_LINES + 1)) {
    const trimmed = text.trim();
    if (trimmed === "---" || trimmed === "...") return keys > 0 ? { endLine: line } : undefined;
    if (YAML_KEY.test(text)) keys += 1;
    else if (!YAML_OTHER.test(text)) return undefined;
  }
  return undefined;
}
