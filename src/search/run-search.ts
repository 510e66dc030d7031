/**
 * Runs a search over the shards, newest first (oldest first for "oldest"),
 * yielding the merged answer after each shard so results stream in: a first
 * page appears once the first shard has answered, and older ones add to it.
 * The term directory leaves out the shards that cannot match. It is read while
 * the first shard searches (it could not change that shard's answer), so a
 * word the first shard lacks goes straight on to the shards that hold it; a
 * common word pays its few KB but does not wait for it. Filter counts follow
 * once all results are in.
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

interface Route {
  /** The shards after the first that the directory says can match, in search order. */
  rest: ShardSummary[];
  /** False when the directory says the first shard holds no match. */
  firstMayMatch: boolean;
}

async function route(
  ordered: readonly ShardSummary[],
  shards: readonly ShardSummary[],
  alternatives: readonly string[],
  directory: TermDirectory | undefined,
): Promise<Route> {
  const [first, ...rest] = ordered;
  if (!directory || alternatives.length === 0 || rest.length === 0) return { rest, firstMayMatch: true };
  // A directory that cannot be read narrows nothing: every shard is searched, as without one.
  const selection = await directory.select(alternatives).catch(() => "all" as const);
  if (selection === "all") return { rest, firstMayMatch: true };
  return {
    rest: rest.filter((shard) => selection.has(shards.indexOf(shard))),
    firstMayMatch: first !== undefined && selection.has(shards.indexOf(first)),
  };
}

/** Filters alone have no relevance to rank by, so they list newest first. */
const effectiveSort = (state: SearchState): SearchState["sort"] =>
  state.sort === "relevance" && state.q.trim() === "" ? "newest" : state.sort;

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
  // Opened before the directory is consulted, so the first shard's files start loading first.
  const firstInstance = instances.get(first.id);
  firstInstance.catch(() => undefined);
  // ... while the directory is read, so a word the first shard lacks goes on to its own shard at once. When
  // the directory says the first shard cannot match, the next one is searched meanwhile (its answer still
  // comes second; the first shard's is empty).
  let early: { shard: ShardSummary; hits: Promise<ShardHit[]> } | undefined;
  const routing = route(ordered, shards, alternatives, directory).then((answer) => {
    const [next] = answer.rest;
    if (!answer.firstMayMatch && next) {
      const hits = instances.get(next.id).then((instance) => searchShard(instance, next.id, queryFor(next)));
      hits.catch(() => undefined);
      early = { shard: next, hits };
    }
    return answer;
  });
  lists.push(await searchShard(await firstInstance, first.id, queryFor(first)));
  searched.push(first);
  if (ordered.length > 1 && (lists[0]?.length ?? 0) > 0) {
    yield { hits: mergeShardHits(lists, byScore), hitsDone: false };
  }
  const { rest } = await routing;
  yield { hits: mergeShardHits(lists, byScore), next: rest[0], hitsDone: rest.length === 0 };
  for (const [position, shard] of rest.entries()) {
    const hits =
      early?.shard === shard ? early.hits : searchShard(await instances.get(shard.id), shard.id, queryFor(shard));
    lists.push(await hits);
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
