/**
 * Turns the plain phrases in the data files (topic phrases, organisation and
 * council names) into whole-word regex source, so editors never write regex
 * syntax. The source comes in three parts, so phrase.ts can run the part that
 * differs per phrase on its own and share the other two.
 */
import { escapeRegExp } from "../../../src/site/escape-reg-exp.ts";

export interface PhraseOptions {
  /** Match the letters' case exactly (an all-capitals copy of the phrase also matches). */
  caseSensitive?: boolean;
  /** Also match a trailing plural or possessive: "care leaver" finds "care leavers". */
  plural?: boolean;
  /** Treat a hyphen as part of the word, so "Newcastle" does not match in "Newcastle-under-Lyme". */
  hyphenJoins?: boolean;
}

export interface PhraseSource {
  /** The lookbehind that refuses a letter or digit before the match. */
  before: string;
  /** The phrase's words. */
  body: string;
  /** The optional plural and the lookahead that refuses a letter or digit after the match. */
  after: string;
  /** "giu", or "gu" when case-sensitive. */
  flags: string;
}

// Minutes mix straight and curly apostrophes ("Barnardo’s", "Barnardo's").
const APOSTROPHE = "['’‘`´]";

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

/** The lookbehind, which depends only on the options: one compiled copy serves every phrase. */
export function beforeSource(options: PhraseOptions): string {
  return options.hyphenJoins === true ? "(?<![\\p{L}\\p{N}]|\\p{L}-)" : "(?<![\\p{L}\\p{N}])";
}

/** The plural and the lookahead, which depend only on the options. */
export function afterSource(options: PhraseOptions): string {
  const edge = options.hyphenJoins === true ? "[\\p{L}\\p{N}]|-\\p{L}" : "[\\p{L}\\p{N}]";
  const plural = options.plural === true ? `(?:${APOSTROPHE}?s|${APOSTROPHE})?` : "";
  return `${plural}(?!${edge})`;
}

export function flagsFor(options: PhraseOptions): string {
  return options.caseSensitive === true ? "gu" : "giu";
}

export function phraseSource(phrase: string, options: PhraseOptions = {}): PhraseSource {
  const body =
    options.caseSensitive === true
      ? `(?:${phraseBody(phrase)}|${phraseBody(phrase.toUpperCase())})`
      : phraseBody(phrase);
  return { before: beforeSource(options), body, after: afterSource(options), flags: flagsFor(options) };
}

/** One-word phrases with two or more capitals are acronyms ("SEND", "CiC", "NSPCC"): match them exactly. */
export function isAcronymPhrase(phrase: string): boolean {
  return !/\s/.test(phrase.trim()) && (phrase.match(/\p{Lu}/gu) ?? []).length >= 2;
}
