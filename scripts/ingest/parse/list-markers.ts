/**
 * Recognises the list markers councils print at the start of a line: bullets
 * ("·", "•", "-", "o"), roman numerals ("i)", "(iv)", "III."), letters ("a)",
 * "(b)", "C."), numbers ("1.", "2)", "(3)") and paragraph numbers ("29.1",
 * "20.1.1"). The printed label is kept as written: minutes are cited by it.
 */
export type MarkerKind =
  "bullet" | "decimal" | "paragraph-number" | "lower-alpha" | "upper-alpha" | "lower-roman" | "upper-roman";

export interface Marker {
  kind: MarkerKind;
  /** The label as printed, e.g. "iii)", "(b)", "29.1"; null for bullets. */
  label: string | null;
  /** Ordinal value, for deciding whether "i" continues a letter list or starts a roman one. */
  value: number;
  /** The text after the marker and its padding ("" when the marker stands alone on its line). */
  rest: string;
}

// "·", "•", "▪", "●", "◦", "", "-", "–" followed by space: bullets as Word exports them.
// "*" is left out on purpose: a line starting "*" in scraped text is shown literally, never as Markdown.
const bullet = /^([·•▪●◦\u2043\uF0B7\-–])(?:\s+(.*))?$/u;
// Word's second-level "o" bullet comes padded with a tab (two spaces or more once normalised); "o" and one
// space is the Welsh word "o" ("of", "from") starting a wrapped line, and must stay text.
const letterBullet = /^o\s{2,}(\S.*)$/u;
// "(iv)", "iv)", "iv.", "(b)", "b)", "b.", "12)", "12.", "(12)" followed by space or end of line.
const enumerated =
  /^(\(?)([ivxlcdm]+|[IVXLCDM]+|[a-zA-Z]|\d{1,3})([.)])(?:\s+(.*))?$|^\(([ivxlcdm]+|[IVXLCDM]+|[a-zA-Z]|\d{1,3})\)(?:\s+(.*))?$/u;
// "29.1 The ...", "20.1.1 Members ..." — section-style paragraph numbers, only before a capital
// letter so that "2.5 million was spent" stays prose.
const paragraphNumber = /^(\d{1,3}(?:\.\d{1,3}){1,3})\.?\s+(?=[A-Z(‘'"“])(.*)$/u;

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

export function romanToNumber(numeral: string): number | undefined {
  const lower = numeral.toLowerCase();
  let total = 0;
  for (let index = 0; index < lower.length; index += 1) {
    const value = romanValues[lower[index] ?? ""];
    const next = romanValues[lower[index + 1] ?? ""] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  // Reject non-canonical forms such as "iiii" or "vv" that are really words or typos.
  return total > 0 && total < 40 && toRoman(total) === lower ? total : undefined;
}

function toRoman(value: number): string {
  const parts: [number, string][] = [
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let rest = value;
  let out = "";
  for (const [amount, numeral] of parts) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** What the list currently open expects next, so an ambiguous "i)" or "v)" can be read in context. */
export interface MarkerContext {
  kind: MarkerKind;
  value: number;
}

function classifyEnumerated(
  core: string,
  open: readonly MarkerContext[],
): { kind: MarkerKind; value: number } | undefined {
  if (/^\d+$/.test(core)) return { kind: "decimal", value: Number(core) };
  const upper = core === core.toUpperCase();
  const alphaKind: MarkerKind = upper ? "upper-alpha" : "lower-alpha";
  const romanKind: MarkerKind = upper ? "upper-roman" : "lower-roman";
  const roman = romanToNumber(core);
  const alphaValue = core.length === 1 ? core.toLowerCase().charCodeAt(0) - 96 : undefined;
  if (roman !== undefined && alphaValue !== undefined) {
    // A single letter that is also a numeral: "i" after "h" is a letter; "v" after "iv" is a numeral.
    for (let depth = open.length - 1; depth >= 0; depth -= 1) {
      const context = open[depth];
      if (context?.kind === alphaKind && context.value + 1 === alphaValue)
        return { kind: alphaKind, value: alphaValue };
      if (context?.kind === romanKind && context.value + 1 === roman) return { kind: romanKind, value: roman };
    }
    return core.toLowerCase() === "i" ? { kind: romanKind, value: 1 } : { kind: alphaKind, value: alphaValue };
  }
  if (roman !== undefined) return { kind: romanKind, value: roman };
  if (alphaValue !== undefined) return { kind: alphaKind, value: alphaValue };
  return undefined;
}

/** Reads the marker at the start of a trimmed line, or returns undefined for prose. */
export function readMarker(line: string, open: readonly MarkerContext[] = []): Marker | undefined {
  const paragraph = paragraphNumber.exec(line);
  if (paragraph) {
    const label = paragraph[1] ?? "";
    return { kind: "paragraph-number", label, value: Number(label.split(".").at(-1)), rest: paragraph[2] ?? "" };
  }
  const enumeratedMatch = enumerated.exec(line);
  if (enumeratedMatch) {
    const core = enumeratedMatch[2] ?? enumeratedMatch[5] ?? "";
    const rest = enumeratedMatch[4] ?? enumeratedMatch[6] ?? "";
    const classified = classifyEnumerated(core, open);
    // A lone capital letter with a full stop ("A. Smith said") is more often an initial than a list.
    // Roman capitals ("I.", "V.") and letters that continue an open list ("B." after "A.") stay markers.
    const continuesList = open.some(
      (context) => context.kind === classified?.kind && context.value + 1 === classified.value,
    );
    const looksLikeInitial =
      /^[A-Z]\.$/.test(`${core}${enumeratedMatch[3] ?? ""}`) &&
      classified?.kind === "upper-alpha" &&
      !continuesList &&
      /^[A-Z][a-z]+\b/.test(rest) &&
      !/^[A-Z]\.\s{2,}/.test(line);
    if (classified && !looksLikeInitial) {
      const label = line.slice(0, line.length - rest.length).trim();
      return { ...classified, label, rest };
    }
  }
  const bulletMatch = bullet.exec(line);
  // "-" only counts as a bullet when followed by text ("- Members asked"), never alone.
  if (bulletMatch && !/^[-–]$/.test(line)) {
    return { kind: "bullet", label: null, value: 0, rest: bulletMatch[2] ?? "" };
  }
  const letter = letterBullet.exec(line);
  if (letter) return { kind: "bullet", label: null, value: 0, rest: letter[1] ?? "" };
  return undefined;
}
