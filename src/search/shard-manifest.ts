/**
 * The shape of pagefind/shards.json, shared by the index step that writes it
 * and the search page that reads it: everything the page needs before its
 * first search, in one request.
 */
import type { Synonym } from "./query-expansion.ts";
import { isTermDirectoryManifest, type TermDirectoryManifest } from "./term-directory-format.ts";

export interface ShardSummary {
  /** Folder under pagefind/ holding this shard's Pagefind bundle. */
  id: string;
  /** Items in the shard. */
  count: number;
  /** Newest and oldest meeting year in the shard; both null for undated items. */
  newestYear: number | null;
  oldestYear: number | null;
  /** The shard's pf_meta file, so the page can fetch it beside pagefind-entry.json rather than after it. */
  meta?: string;
}

export interface ShardManifest {
  version: 1;
  /** Language every shard was indexed as (Pagefind picks its wasm by language). */
  language: string;
  /** Newest shard first; undated items last. */
  shards: ShardSummary[];
  /**
   * Changes whenever any shard's pagefind-entry.json does: Pagefind's metaCacheTag, so the entry's
   * address (?ts=) is known in advance instead of being the time of the request.
   */
  cacheTag?: string;
  /** Acronyms and their expansions (data/acronyms.yaml), searched as alternatives. */
  synonyms?: Synonym[];
  /** Which shards hold which words (term-directory-format.ts); absent, every shard is searched. */
  terms?: TermDirectoryManifest;
}

export function isShardManifest(value: unknown): value is ShardManifest {
  const candidate = value as Partial<ShardManifest> | null;
  return (
    candidate?.version === 1 &&
    Array.isArray(candidate.shards) &&
    typeof candidate.language === "string" &&
    (candidate.synonyms === undefined || Array.isArray(candidate.synonyms)) &&
    (candidate.terms === undefined || isTermDirectoryManifest(candidate.terms))
  );
}
