/**
 * Searches one shard: every synonym alternative, merged by page, with exact
 * filter counts. Counts for a group the reader has ticked values in are taken
 * with that group's own selection left out, so its other values show how many
 * results ticking them would add (values within a group are OR-ed).
 */
import { addCounts, alternativeSubsets, unionHits } from "./merge-hits.ts";
import type {
  FilterCounts,
  PagefindFilters,
  PagefindInstance,
  PagefindResultData,
  PagefindSearchOptions,
} from "./pagefind-types.ts";
import type { FilterGroup, SearchState } from "./search-state.ts";
import { filterGroups } from "./search-state.ts";

export interface ShardHit {
  /** Unique across shards: "<shard>/<page id>". */
  key: string;
  id: string;
  score: number;
  load(): Promise<PagefindResultData>;
}

export interface ShardQuery {
  /** The query's alternatives (see query-expansion.ts); empty for a filters-only search. */
  alternatives: string[];
  filters: SearchState["filters"];
  /** Date order for this shard, or undefined to rank by relevance. */
  dateOrder?: "asc" | "desc" | undefined;
}

const termsOf = (query: ShardQuery): (string | null)[] => (query.alternatives.length > 0 ? query.alternatives : [null]);

function pagefindFilters(filters: SearchState["filters"], leaveOut?: FilterGroup): PagefindFilters {
  const selected: PagefindFilters = {};
  for (const group of filterGroups) {
    if (group !== leaveOut && filters[group].length > 0) selected[group] = { any: filters[group] };
  }
  return selected;
}

/** Counts for the union of the alternatives, by inclusion–exclusion (see addCounts). */
async function unionCounts(
  instance: PagefindInstance,
  terms: (string | null)[],
  options: PagefindSearchOptions,
): Promise<FilterCounts> {
  if (terms.length === 1) return (await instance.search(terms[0] ?? null, options)).filters;
  const parts = await Promise.all(
    alternativeSubsets(terms.length).map(async ({ members, sign }) => {
      const words = members.map((member) => terms[member]).join(" ");
      return { counts: (await instance.search(words, options)).filters, sign };
    }),
  );
  return addCounts(parts);
}

/** The shard's matching pages, in the order asked for, merged across the query's alternatives. */
export async function searchShard(instance: PagefindInstance, shardId: string, query: ShardQuery): Promise<ShardHit[]> {
  const terms = termsOf(query);
  const sort = query.dateOrder ? { date: query.dateOrder } : undefined;
  const options: PagefindSearchOptions = { filters: pagefindFilters(query.filters), ...(sort && { sort }) };
  const answers = await Promise.all(terms.map((term) => instance.search(term, options)));
  const lists = answers.map((answer) =>
    answer.results.map((result): ShardHit => ({
      key: `${shardId}/${result.id}`,
      id: result.id,
      score: result.score,
      load: () => result.data(),
    })),
  );
  // Several alternatives in date order: rank pages by the shard's own date order (ids only, no page data).
  let order: Map<string, number> | undefined;
  if (sort && terms.length > 1) {
    const all = await instance.search(null, { filters: options.filters ?? {}, sort });
    order = new Map(all.results.map((result, position) => [result.id, position]));
  }
  return unionHits(lists, order);
}

/**
 * Filter counts for the shard. Pagefind counts only values whose filter chunks
 * are loaded (filters() loads them all: about 100 KB at 10,000 items), so this
 * runs after the results are on screen and stays out of the first search.
 */
export async function countShard(instance: PagefindInstance, query: ShardQuery): Promise<FilterCounts> {
  await instance.filters();
  const terms = termsOf(query);
  const counts = await unionCounts(instance, terms, { filters: pagefindFilters(query.filters) });
  for (const group of filterGroups) {
    if (query.filters[group].length === 0) continue;
    const others = await unionCounts(instance, terms, { filters: pagefindFilters(query.filters, group) });
    counts[group] = others[group] ?? {};
  }
  return counts;
}
