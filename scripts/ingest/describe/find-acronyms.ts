/**
 * Acronyms the text itself defines, in either order:
 * "Assessment and Resource Team (ART)" and "ART (Assessment and Resource Team)".
 * A pair is kept only when the acronym's letters plausibly spell the words'
 * initials, so "the report (CYP)" or "(ii)" defines nothing.
 */
import { acronymLetters, initialWords, isMinorWord, matchesInitials } from "./initials-match.ts";
import type { MinutesItem } from "../../../src/schema/minutes-item.ts";

export type DefinedAcronym = MinutesItem["acronyms"][number];

const QUOTE = "['\"‘’“”]?";
const SHORT = "(\\p{Lu}[\\p{L}&]{1,9})";
// "... words (ART)": the words are found by looking back from the bracket.
const SHORT_IN_BRACKETS = new RegExp(`\\(\\s*${QUOTE}${SHORT}${QUOTE}\\s*\\)`, "gu");
// "ART (words)": the bracket holds the whole expansion.
const EXPANSION_IN_BRACKETS = new RegExp(`(?<![\\p{L}\\p{N}])${SHORT}\\s+\\(([^()\\n]{3,120})\\)`, "gu");
const MAX_WORDS = 12;

/** Two or more capitals, and not a Roman numeral like "(II)" or "(IV)". */
function looksLikeAcronym(short: string): boolean {
  return (short.match(/\p{Lu}/gu) ?? []).length >= 2 && !/^[IVXLC]+$/.test(short);
}

/** Trims quotes, punctuation and leading small words: "the Local Authority Designated Officer," → "Local Authority Designated Officer". */
function cleanExpansion(text: string): string {
  let words = text
    .trim()
    .replace(/^[\s'"‘’“”,;:]+|[\s'"‘’“”,;:.]+$/gu, "")
    .split(/\s+/);
  while (words.length > 0 && isMinorWord(words[0] ?? "")) words = words.slice(1);
  return words.join(" ");
}

/** The shortest run of words just before `end` whose initials spell the acronym. */
function expansionBefore(text: string, end: number, letters: string): string | undefined {
  const before = text.slice(Math.max(0, end - 200), end);
  // Stop at the start of the sentence or clause the acronym sits in.
  const clause = before.split(/[.;:!?()\n]/).pop() ?? "";
  const pieces = clause.trimEnd().split(/(?<=\s)(?=\S)/);
  for (let take = 1; take <= Math.min(MAX_WORDS, pieces.length); take++) {
    const candidate = pieces.slice(-take).join("");
    const words = initialWords(candidate);
    const first = words[0];
    const last = words.at(-1);
    if (first === undefined || last === undefined || isMinorWord(first) || isMinorWord(last)) continue;
    if (matchesInitials(letters, words)) return cleanExpansion(candidate);
  }
  return undefined;
}

function expansionInside(inside: string, letters: string): string | undefined {
  const expansion = cleanExpansion(inside);
  const words = initialWords(expansion);
  return words.length >= 2 && matchesInitials(letters, words) ? expansion : undefined;
}

/** Each acronym once (its first definition), in order of definition. */
export function findAcronyms(text: string): DefinedAcronym[] {
  // Both forms need a bracket; the patterns are slow to rule out on text without one.
  if (!text.includes("(")) return [];
  const found: { index: number; short: string; expansion: string }[] = [];
  for (const m of text.matchAll(SHORT_IN_BRACKETS)) {
    const short = m[1] ?? "";
    if (!looksLikeAcronym(short)) continue;
    const expansion = expansionBefore(text, m.index, acronymLetters(short));
    if (expansion !== undefined) found.push({ index: m.index, short, expansion });
  }
  for (const m of text.matchAll(EXPANSION_IN_BRACKETS)) {
    const short = m[1] ?? "";
    if (!looksLikeAcronym(short)) continue;
    const expansion = expansionInside(m[2] ?? "", acronymLetters(short));
    if (expansion !== undefined) found.push({ index: m.index, short, expansion });
  }
  found.sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  const acronyms: DefinedAcronym[] = [];
  for (const { short, expansion } of found) {
    if (seen.has(short)) continue;
    seen.add(short);
    acronyms.push({ short, expansion });
  }
  return acronyms;
}
