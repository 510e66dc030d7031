/**
 * Runs a search over the shards, newest first (oldest first for "oldest"),
 * yielding the merged answer after each shard so results stream in: a first
 * page appears once the newest shard has answered, and older ones add to it.
 */
import { addCounts, mergeShardHits } from "./merge-hits.ts";
import type { FilterCounts } from "./pagefind-types.ts";
import { expandQuery, separateIdentifierParts, type Synonym } from "./query-expansion.ts";
import type { ShardInstances } from "./shard-instances.ts";
import type { ShardSummary } from "./shard-manifest.ts";
import { searchShard, type ShardHit } from "./shard-search.ts";
import type { SearchState } from "./search-state.ts";

export interface SearchProgress {
  hits: ShardHit[];
  counts: FilterCounts;
  /** Shards answered so far, and in all. */
  searched: number;
  total: number;
  /** The shard still to come next, for "searching older meetings" messages. */
  next?: ShardSummary | undefined;
  done: boolean;
}

/** Shards in the order their results come: by date they must not interleave; undated items always last. */
export function shardOrder(shards: readonly ShardSummary[], sort: SearchState["sort"]): ShardSummary[] {
  const dated = shards.filter((shard) => shard.newestYear !== null);
  const undated = shards.filter((shard) => shard.newestYear === null);
  return [...(sort === "oldest" ? [...dated].reverse() : dated), ...undated];
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
  const counts: FilterCounts[] = [];
  for (const [position, shard] of ordered.entries()) {
    const dateOrder =
      sort === "relevance" || shard.newestYear === null ? undefined : sort === "newest" ? "desc" : "asc";
    const answer = await searchShard(await instances.get(shard.id), shard.id, {
      alternatives,
      filters: state.filters,
      dateOrder,
    });
    lists.push(answer.hits);
    counts.push(answer.counts);
    yield {
      hits: mergeShardHits(lists, sort === "relevance"),
      counts: addCounts(counts.map((shardCounts) => ({ counts: shardCounts }))),
      searched: position + 1,
      total: ordered.length,
      next: ordered[position + 1],
      done: position + 1 === ordered.length,
    };
  }
}
