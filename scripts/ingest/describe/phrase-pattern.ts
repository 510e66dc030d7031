/**
 * Turns the plain phrases in the data files (topic phrases, organisation and
 * council names) into whole-word regexes, so editors never write regex syntax.
 */

export interface PhraseOptions {
  /** Match the letters' case exactly (an all-capitals copy of the phrase also matches). */
  caseSensitive?: boolean;
  /** Also match a trailing plural or possessive: "care leaver" finds "care leavers". */
  plural?: boolean;
  /** Treat a hyphen as part of the word, so "Newcastle" does not match in "Newcastle-under-Lyme". */
  hyphenJoins?: boolean;
}

export interface PhraseHit<K> {
  key: K;
  index: number;
  end: number;
}

import { candidatePositions, patternStart, registerStart, type PatternStart } from "./phrase-index.ts";
import { phraseStart } from "./phrase-start.ts";
import { textTokens, type TextTokens } from "./text-tokens.ts";

// Minutes mix straight and curly apostrophes ("Barnardo’s", "Barnardo's").
const APOSTROPHE = "['’‘`´]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phraseBody(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) =>
      escapeRegExp(word)
        .replace(/['’‘`´]/g, APOSTROPHE)
        // "multi-agency", "multi agency" and "multiagency" are all written.
        .replace(/-/g, "[-‐–\\s]?"),
    )
    .join(",?\\s+");
}

/** One-word phrases with two or more capitals are acronyms ("SEND", "CiC", "NSPCC"): match them exactly. */
export function isAcronymPhrase(phrase: string): boolean {
  return !/\s/.test(phrase.trim()) && (phrase.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** A global, Unicode regex that finds the phrase as whole words. */
export function phraseToRegExp(phrase: string, options: PhraseOptions = {}): RegExp {
  const edge = options.hyphenJoins === true ? "[\\p{L}\\p{N}]|-\\p{L}" : "[\\p{L}\\p{N}]";
  const before = options.hyphenJoins === true ? "(?<![\\p{L}\\p{N}]|\\p{L}-)" : "(?<![\\p{L}\\p{N}])";
  const plural = options.plural === true ? `(?:${APOSTROPHE}?s|${APOSTROPHE})?` : "";
  const body =
    options.caseSensitive === true
      ? `(?:${phraseBody(phrase)}|${phraseBody(phrase.toUpperCase())})`
      : phraseBody(phrase);
  const flags = options.caseSensitive === true ? "gu" : "giu";
  const pattern = new RegExp(`${before}${body}${plural}(?!${edge})`, flags);
  registerStart(pattern, phraseStart(phrase, options));
  return pattern;
}

/**
 * Offsets where a match may start: where the text has a first word, followed
 * by a possible second word when phrase-start.ts knows those.
 */
function offsetsOf(start: PatternStart, tokens: TextTokens): number[] {
  const { first, second } = start;
  if (first.length > 1) return first.flatMap((word) => tokens.get(word)?.offsets ?? []).sort((a, b) => a - b);
  const occurrences = tokens.get(first[0] as string);
  if (occurrences === undefined) return [];
  if (second === undefined) return occurrences.offsets;
  const { offsets, next } = occurrences;
  const kept: number[] = [];
  for (let i = 0; i < offsets.length; i++) {
    if (second.includes(next[i] as string)) kept.push(offsets[i] as number);
  }
  return kept;
}

/**
 * Every hit of every pattern, in text order. Where hits overlap the longest wins
 * ("North Somerset" is not also a hit for "Somerset"); hits on exactly the same
 * words are all kept, so a phrase shared by two keys counts for both.
 */
export function findPhraseHits<K>(text: string, patterns: readonly { key: K; pattern: RegExp }[]): PhraseHit<K>[] {
  const all: PhraseHit<K>[] = [];
  const tokens = textTokens(text);
  // Most of the ~1,100 data phrases are absent from any one item, and the rest
  // start at a few words of it: try each regex only there (phrase-index.ts).
  const positions = tokens === undefined ? patterns.keys() : candidatePositions(patterns, tokens);
  for (const position of positions) {
    const { key, pattern } = patterns[position] as { key: K; pattern: RegExp };
    const start = patternStart(pattern);
    if (start === undefined || tokens === undefined) {
      for (const m of text.matchAll(pattern)) all.push({ key, index: m.index, end: m.index + m[0].length });
      continue;
    }
    // As matchAll would: left to right, the next match starting after the last one ends.
    let end = 0;
    for (const index of offsetsOf(start, tokens)) {
      if (index < end) continue;
      start.sticky.lastIndex = index;
      // test() builds no match array; a sticky regex leaves lastIndex at the match's end.
      if (!start.sticky.test(text)) continue;
      end = start.sticky.lastIndex;
      all.push({ key, index, end });
    }
  }
  all.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
  const kept: PhraseHit<K>[] = [];
  for (const hit of all) {
    const fits = kept.every(
      (k) => hit.end <= k.index || hit.index >= k.end || (hit.index === k.index && hit.end === k.end),
    );
    if (fits) kept.push(hit);
  }
  return kept.sort((a, b) => a.index - b.index);
}
