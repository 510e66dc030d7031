/** Organisations from data/organisations.yaml that the text names, in order of first mention. */
import { findPhraseHits, isAcronymPhrase, phraseToRegExp } from "./phrase-pattern.ts";
import type { Organisation } from "./types.ts";

const patternCache = new WeakMap<readonly Organisation[], { key: number; pattern: RegExp }[]>();

function patternsFor(organisations: readonly Organisation[]): { key: number; pattern: RegExp }[] {
  let patterns = patternCache.get(organisations);
  if (patterns === undefined) {
    patterns = organisations.flatMap((organisation, key) =>
      organisation.match.map((phrase) => ({
        key,
        pattern: phraseToRegExp(phrase, {
          caseSensitive: organisation.exactCase || isAcronymPhrase(phrase),
          hyphenJoins: true,
        }),
      })),
    );
    patternCache.set(organisations, patterns);
  }
  return patterns;
}

export function findOrganisations(text: string, organisations: readonly Organisation[]): string[] {
  const names = new Set<string>();
  for (const hit of findPhraseHits(text, patternsFor(organisations))) {
    names.add((organisations[hit.key] as Organisation).name);
  }
  return [...names];
}
