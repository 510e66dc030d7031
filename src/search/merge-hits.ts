/**
 * Pure merging of search answers: the synonym alternatives of one shard into
 * one list (by page id), shards into one list, and filter counts, exactly.
 */
import type { FilterCounts } from "./pagefind-types.ts";

export interface RankedHit {
  /** Page id within its shard. */
  id: string;
  score: number;
}

/**
 * One list per page from the lists each alternative returned. A page found by
 * several keeps its best score. With `order` (page id → position in the
 * shard's date order) the union follows it; otherwise it is ranked by score.
 * A single list is returned as Pagefind ordered it.
 */
export function unionHits<T extends RankedHit>(
  lists: readonly (readonly T[])[],
  order?: ReadonlyMap<string, number>,
): T[] {
  if (lists.length === 1) return [...(lists[0] ?? [])];
  const best = new Map<string, T>();
  for (const hit of lists.flat()) {
    const seen = best.get(hit.id);
    if (!seen || hit.score > seen.score) best.set(hit.id, hit);
  }
  const hits = [...best.values()];
  if (order) {
    const at = (hit: T): number => order.get(hit.id) ?? Number.MAX_SAFE_INTEGER;
    return hits.sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id));
  }
  return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * Shards' lists into one. By relevance the lists are merged by score (a stable
 * sort, so equal scores keep shard order); by date the caller passes shards in
 * date order and each list is already date-ordered, so they are concatenated.
 */
export function mergeShardHits<T extends RankedHit>(lists: readonly (readonly T[])[], byScore: boolean): T[] {
  const all = lists.flat();
  return byScore ? all.sort((a, b) => b.score - a.score) : all;
}

/** Every non-empty subset of 0..n-1, with the inclusion–exclusion sign (+ for odd sizes). */
export function alternativeSubsets(n: number): { members: number[]; sign: 1 | -1 }[] {
  const subsets: { members: number[]; sign: 1 | -1 }[] = [];
  for (let mask = 1; mask < 1 << n; mask += 1) {
    const members = Array.from({ length: n }, (_, index) => index).filter((index) => mask & (1 << index));
    subsets.push({ members, sign: members.length % 2 === 1 ? 1 : -1 });
  }
  return subsets;
}

/**
 * Adds signed counts. Pagefind ANDs a query's words, so the pages matching both
 * alternative A and B are exactly those matching "A B": counts for A ∪ B are
 * counts(A) + counts(B) − counts(A B), exact without loading any page.
 */
export function addCounts(parts: readonly { counts: FilterCounts; sign?: 1 | -1 }[]): FilterCounts {
  const total: FilterCounts = {};
  for (const { counts, sign = 1 } of parts) {
    for (const [filter, values] of Object.entries(counts)) {
      const into = (total[filter] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + sign * count;
    }
  }
  for (const values of Object.values(total)) {
    for (const [value, count] of Object.entries(values)) if (count <= 0) delete values[value];
  }
  return total;
}
