/** Organisations from data/organisations.yaml that the text names, in order of first mention. */
import { Phrase } from "./phrase.ts";
import { PhraseList } from "./phrase-list.ts";
import { isAcronymPhrase } from "./phrase-source.ts";
import type { Organisation } from "./types.ts";

const listCache = new WeakMap<readonly Organisation[], PhraseList<number>>();

function listFor(organisations: readonly Organisation[]): PhraseList<number> {
  let list = listCache.get(organisations);
  if (list === undefined) {
    list = new PhraseList(
      organisations.flatMap((organisation, key) =>
        organisation.match.map((phrase) => ({
          key,
          phrase: new Phrase(phrase, {
            caseSensitive: organisation.exactCase || isAcronymPhrase(phrase),
            hyphenJoins: true,
          }),
        })),
      ),
    );
    listCache.set(organisations, list);
  }
  return list;
}

export function findOrganisations(text: string, organisations: readonly Organisation[]): string[] {
  const names = new Set<string>();
  for (const hit of listFor(organisations).hits(text)) {
    names.add((organisations[hit.key] as Organisation).name);
  }
  return [...names];
}
