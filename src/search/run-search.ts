/**
 * Runs a search over the shards, newest first (oldest first for "oldest"),
 * yielding the merged answer after each shard so results stream in: a first
 * page appears once the newest shard has answered, and older ones add to it.
 * Filter counts follow once all results are in.
 */
import { addCounts, mergeShardHits } from "./merge-hits.ts";
import type { FilterCounts } from "./pagefind-types.ts";
import { expandQuery, separateIdentifierParts, type Synonym } from "./query-expansion.ts";
import type { ShardInstances } from "./shard-instances.ts";
import type { ShardSummary } from "./shard-manifest.ts";
import { countShard, searchShard, type ShardHit } from "./shard-search.ts";
import type { SearchState } from "./search-state.ts";

export interface SearchProgress {
  hits: ShardHit[];
  /** Filter counts, once every shard has given them; undefined until then. */
  counts?: FilterCounts | undefined;
  /** The shard whose results come next, for "also searching" messages. */
  next?: ShardSummary | undefined;
  /** Every shard has given its results (the count is final); counts may still be coming. */
  hitsDone: boolean;
}

/** Shards in the order their results come: by date they must not interleave; undated items always last. */
export function shardOrder(shards: readonly ShardSummary[], sort: SearchState["sort"]): ShardSummary[] {
  const dated = shards.filter((shard) => shard.newestYear !== null);
  const undated = shards.filter((shard) => shard.newestYear === null);
  return [...(sort === "oldest" ? [...dated].reverse() : dated), ...undated];
}

function dateOrderFor(shard: ShardSummary, sort: SearchState["sort"]): "asc" | "desc" | undefined {
  if (sort === "relevance" || shard.newestYear === null) return undefined;
  return sort === "newest" ? "desc" : "asc";
}

export async function* runSearch(
  state: SearchState,
  shards: readonly ShardSummary[],
  synonyms: readonly Synonym[],
  instances: ShardInstances,
): AsyncGenerator<SearchProgress> {
  const alternatives = expandQuery(separateIdentifierParts(state.q), synonyms);
  // Filters alone have no relevance to rank by, so they list newest first.
  const sort = state.sort === "relevance" && alternatives.length === 0 ? "newest" : state.sort;
  const ordered = shardOrder(shards, sort);
  const lists: ShardHit[][] = [];
  const queries = ordered.map((shard) => ({
    shard,
    query: { alternatives, filters: state.filters, dateOrder: dateOrderFor(shard, sort) },
  }));
  // Results first, shard by shard, so the first page shows as soon as the first shard answers ...
  for (const [position, { shard, query }] of queries.entries()) {
    lists.push(await searchShard(await instances.get(shard.id), shard.id, query));
    const hitsDone = position + 1 === queries.length;
    yield { hits: mergeShardHits(lists, sort === "relevance"), next: queries[position + 1]?.shard, hitsDone };
  }
  // ... then the filter counts, whose chunks are the biggest download after the index itself.
  const counts: FilterCounts[] = [];
  for (const { shard, query } of queries) counts.push(await countShard(await instances.get(shard.id), query));
  yield {
    hits: mergeShardHits(lists, sort === "relevance"),
    counts: addCounts(counts.map((c) => ({ counts: c }))),
    hitsDone: true,
  };
}
