/**
 * The shape of pagefind/shards.json, shared by the index step that writes it
 * and the search page that reads it.
 */

export interface ShardSummary {
  /** Folder under pagefind/ holding this shard's Pagefind bundle. */
  id: string;
  /** Items in the shard. */
  count: number;
  /** Newest and oldest meeting year in the shard; both null for undated items. */
  newestYear: number | null;
  oldestYear: number | null;
}

export interface ShardManifest {
  version: 1;
  /** Language every shard was indexed as (Pagefind picks its wasm by language). */
  language: string;
  /** Newest shard first; undated items last. */
  shards: ShardSummary[];
}

export function isShardManifest(value: unknown): value is ShardManifest {
  const candidate = value as Partial<ShardManifest> | null;
  return candidate?.version === 1 && Array.isArray(candidate.shards) && typeof candidate.language === "string";
}
