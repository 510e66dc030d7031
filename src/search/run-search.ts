/**
 * Runs a search over the shards, newest first (oldest first for "oldest"),
 * yielding the merged answer after each shard so results stream in: a first
 * page appears once the first shard has answered, and older ones add to it.
 * The term directory then leaves out the shards that cannot match: it is read
 * only after the first shard's answer, which it could not change, so a search
 * for a common word loads nothing for it before its first results. Filter
 * counts follow once all results are in.
 */
import { addCounts, mergeShardHits } from "./merge-hits.ts";
import type { FilterCounts } from "./pagefind-types.ts";
import { expandQuery, separateIdentifierParts, type Synonym } from "./query-expansion.ts";
import type { ShardInstances } from "./shard-instances.ts";
import type { ShardSummary } from "./shard-manifest.ts";
import { countShard, searchShard, type ShardHit } from "./shard-search.ts";
import type { SearchState } from "./search-state.ts";
import type { TermDirectory } from "./term-directory.ts";

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

/** The shards after the first that the directory says can match, in search order. */
async function routeRest(
  ordered: readonly ShardSummary[],
  shards: readonly ShardSummary[],
  alternatives: readonly string[],
  directory: TermDirectory | undefined,
): Promise<ShardSummary[]> {
  const rest = ordered.slice(1);
  if (!directory || alternatives.length === 0 || rest.length === 0) return rest;
  // A directory that cannot be read narrows nothing: every shard is searched, as without one.
  const selection = await directory.select(alternatives).catch(() => "all" as const);
  if (selection === "all") return rest;
  return rest.filter((shard) => selection.has(shards.indexOf(shard)));
}

/** Filters alone have no relevance to rank by, so they list newest first. */
const effectiveSort = (state: SearchState): SearchState["sort"] =>
  state.sort === "relevance" && state.q.trim() === "" ? "newest" : state.sort;

/** The shards in the order a search for `state` opens them, before the term directory is consulted. */
export function firstShards(state: SearchState, shards: readonly ShardSummary[]): ShardSummary[] {
  return shardOrder(shards, effectiveSort(state));
}

export async function* runSearch(
  state: SearchState,
  shards: readonly ShardSummary[],
  synonyms: readonly Synonym[],
  instances: ShardInstances,
  directory?: TermDirectory,
): AsyncGenerator<SearchProgress> {
  const alternatives = expandQuery(separateIdentifierParts(state.q), synonyms);
  const sort = effectiveSort(state);
  const ordered = shardOrder(shards, sort);
  const queryFor = (shard: ShardSummary): Parameters<typeof searchShard>[2] => ({
    alternatives,
    filters: state.filters,
    dateOrder: dateOrderFor(shard, sort),
  });
  const byScore = sort === "relevance";
  const lists: ShardHit[][] = [];
  const searched: ShardSummary[] = [];

  // Results first, shard by shard, so the first page shows as soon as the first shard answers ...
  const [first] = ordered;
  if (!first) return;
  lists.push(await searchShard(await instances.get(first.id), first.id, queryFor(first)));
  searched.push(first);
  if (ordered.length > 1 && (lists[0]?.length ?? 0) > 0) {
    yield { hits: mergeShardHits(lists, byScore), hitsDone: false };
  }
  const rest = await routeRest(ordered, shards, alternatives, directory);
  yield { hits: mergeShardHits(lists, byScore), next: rest[0], hitsDone: rest.length === 0 };
  for (const [position, shard] of rest.entries()) {
    lists.push(await searchShard(await instances.get(shard.id), shard.id, queryFor(shard)));
    searched.push(shard);
    const hitsDone = position + 1 === rest.length;
    yield { hits: mergeShardHits(lists, byScore), next: rest[position + 1], hitsDone };
  }
  // ... then the filter counts, whose chunks are the biggest download after the index itself.
  // Shards left out hold no match, so they add nothing to any count.
  const counts: FilterCounts[] = [];
  for (const shard of searched) counts.push(await countShard(await instances.get(shard.id), queryFor(shard)));
  yield { hits: mergeShardHits(lists, byScore), counts: addCounts(counts.map((c) => ({ counts: c }))), hitsDone: true };
}
