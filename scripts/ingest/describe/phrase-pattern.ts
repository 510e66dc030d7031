/**
 * Phrase matching for callers that hold plain regexes: phraseToRegExp builds a
 * phrase's whole-word regex, and findPhraseHits finds the hits of a list of
 * them. The describe step itself keeps its lists as PhraseLists (phrase-list.ts),
 * built once; these are for one-off lists and for tests, where a plain global
 * scan of the same regex is the specification.
 */
import { Phrase, regExpPhrase, type PhraseMatcher } from "./phrase.ts";
import { PhraseList, type PhraseHit } from "./phrase-list.ts";
import type { PhraseOptions } from "./phrase-source.ts";

export type { PhraseHit } from "./phrase-list.ts";
export { isAcronymPhrase, type PhraseOptions } from "./phrase-source.ts";

const built = new WeakMap<RegExp, PhraseMatcher>();

/** A global, Unicode regex that finds the phrase as whole words. */
export function phraseToRegExp(phrase: string, options: PhraseOptions = {}): RegExp {
  const matcher = new Phrase(phrase, options);
  built.set(matcher.pattern, matcher);
  return matcher.pattern;
}

/** Every hit of every pattern, in text order, as PhraseList.hits finds them. */
export function findPhraseHits<K>(text: string, patterns: readonly { key: K; pattern: RegExp }[]): PhraseHit<K>[] {
  const list = new PhraseList(
    patterns.map(({ key, pattern }) => ({ key, phrase: built.get(pattern) ?? regExpPhrase(pattern) })),
  );
  return list.hits(text);
}
