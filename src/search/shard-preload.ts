/**
 * The files a search needs from a shard before Pagefind can look anything up
 * in it. Pagefind asks for pagefind-entry.json first and for the meta and the
 * wasm only once it has read it; preloading all three fetches them together.
 * Used by the search page (preloadShard in shard-instances.ts) and by the
 * build, which writes the newest shard's into the page's HTML
 * (scripts/build/search-preloads.ts).
 */
import type { ShardManifest, ShardSummary } from "./shard-manifest.ts";

/**
 * The shard's entry, meta and (with `wasm`, the default) wasm, relative to the pagefind/ folder; none when
 * shards.json lacks their names. Only the first shard a page opens needs the wasm: the page's runtime
 * shares that one module with every shard (scripts/build/pagefind-runtime-patches.ts).
 */
export function shardPreloadFiles(manifest: ShardManifest, shard: ShardSummary, { wasm = true } = {}): string[] {
  if (manifest.cacheTag === undefined || shard.meta === undefined) return [];
  return [
    // The ?ts= Pagefind adds as its metaCacheTag (shard-instances.ts): a preload must use the same address.
    `${shard.id}/pagefind-entry.json?ts=${manifest.cacheTag}`,
    `${shard.id}/${shard.meta}`,
    ...(wasm ? [`${shard.id}/wasm.${manifest.language}.pagefind`] : []),
  ];
}
