/**
 * The words Pagefind 1.6 looks up for a query, exactly as its pagefind.js
 * prepares them before the WebAssembly stems each one and matches index words
 * that start with the stem: punctuation graphemes removed (dashes, quotes,
 * brackets, other punctuation; "_" and the index's include_characters kept),
 * the rest lower-cased grapheme by grapheme, runs of whitespace collapsed,
 * split on spaces, diacritics removed. Copied in behaviour, not in code, from
 * Pagefind 1.6's PagefindInstance.search; keep in step when Pagefind is
 * upgraded (the term-directory tests fail if they drift apart).
 */
import { stemEnglish } from "./stem-english.ts";

// Pagefind's own test, precedence and all: the ^ binds to \p{Pd} only and the $ to \p{Ps} only.
const punctuation = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** Pagefind's normalizeDiacritics: strip combining marks, keeping the kana voicing marks. */
export function removeDiacritics(word: string): string {
  const stripped = word.normalize("NFD").replace(/(?![\u3099\u309A])\p{M}/gu, "");
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize("NFC") : stripped;
}

function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter === "undefined") return Array.from(text);
  return Array.from(new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text), (part) => part.segment);
}

/**
 * The query's words as Pagefind matches them, before stemming. Pagefind also
 * segments Chinese, Japanese and Thai into words; this archive is indexed as
 * English only, so that branch is not mirrored.
 */
export function pagefindWords(query: string, includeCharacters: readonly string[] = []): string[] {
  const kept: string[] = [];
  for (const grapheme of graphemes(query)) {
    if (includeCharacters.includes(grapheme)) kept.push(grapheme);
    else if (!punctuation.test(grapheme)) kept.push(grapheme.toLocaleLowerCase());
  }
  const term = kept
    .join("")
    .replace(/\s{2,}/g, " ")
    .trim();
  return term
    .split(" ")
    .map(removeDiacritics)
    .filter((word) => word.length > 0);
}

/** The stems Pagefind prefix-matches for a query (one per word, in order). */
export function pagefindStems(query: string, includeCharacters: readonly string[] = []): string[] {
  return pagefindWords(query, includeCharacters).map(stemEnglish);
}
