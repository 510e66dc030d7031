/**
 * Pagefind searches "best effort": a query word found nowhere in the index is
 * dropped and the rest are matched. With one index per shard, that would make
 * "mistle foster" return every foster item of a shard that lacks "mistle",
 * though a single index (which has "mistle") returns nothing. So a shard
 * answers a several-word query only when each word alone finds something in
 * it; otherwise it has no page holding all the words, and answers nothing.
 */
import type { PagefindInstance, PagefindResponse, PagefindSearchOptions } from "./pagefind-types.ts";

const nothing = (): PagefindResponse => ({ results: [], filters: {}, unfilteredResultCount: 0 });

/** The words Pagefind will look up: it splits on spaces and ignores words with no letter or digit. */
export function queryWords(term: string): string[] {
  return term.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

export function strictInstance(instance: PagefindInstance): PagefindInstance {
  const present = new Map<string, Promise<boolean>>();
  const isPresent = (word: string): Promise<boolean> => {
    let found = present.get(word);
    if (!found) {
      found = instance.search(word).then((answer) => answer.results.length > 0);
      present.set(word, found);
    }
    return found;
  };
  return {
    async search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse> {
      // Quoted phrases are matched exactly by Pagefind already; null is a filters-only search.
      const words = term === null || /^\s*".*"\s*$/.test(term) ? [] : queryWords(term);
      if (words.length > 1 && !(await Promise.all(words.map(isPresent))).every(Boolean)) return nothing();
      return instance.search(term, options);
    },
    filters: () => instance.filters(),
    destroy: () => instance.destroy(),
  };
}
