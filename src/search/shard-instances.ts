/**
 * Opens Pagefind indexes, one per shard, lazily: a shard is fetched only when
 * a search reaches it. pagefind.js is imported once, from the copy the index
 * step writes at pagefind/pagefind.js (every shard's is byte-identical), so
 * its address is known before shards.json arrives and the search page can
 * preload it; createInstance() opens every shard, so all shards share one
 * module and one WebAssembly instance.
 *
 * Pagefind runs in the page (noWorker), not in its web worker: the worker
 * script is 12.7 KB more on every first search and one more request before
 * anything else can load, and the worker's own requests cannot use the page's
 * preloads (preloadShard). Each shard searched is a few milliseconds of work.
 */
import type { PagefindInstance, PagefindModule } from "./pagefind-types.ts";
import type { ShardManifest, ShardSummary } from "./shard-manifest.ts";
import { strictInstance } from "./strict-search.ts";

export interface ShardInstances {
  /** The shard's index, opened on first use. */
  get(shardId: string): Promise<PagefindInstance>;
}

/** Starts loading the shared Pagefind runtime. */
export function importRuntime(pagefindRoot: string): Promise<PagefindModule> {
  // The runtime lives in the built site, not in our bundle, so Vite must leave this import alone.
  return import(/* @vite-ignore */ `${pagefindRoot}pagefind.js`) as Promise<PagefindModule>;
}

/**
 * Fetches a shard's pagefind-entry.json, pf_meta and wasm together, for a search about to open it:
 * Pagefind itself asks for the entry first and the other two only once it has read it.
 */
export function preloadShard(pagefindRoot: string, manifest: ShardManifest, shard: ShardSummary): void {
  if (manifest.cacheTag === undefined || shard.meta === undefined) return;
  for (const file of [
    `pagefind-entry.json?ts=${manifest.cacheTag}`,
    shard.meta,
    `wasm.${manifest.language}.pagefind`,
  ]) {
    const link = document.createElement("link");
    Object.assign(link, {
      rel: "preload",
      as: "fetch",
      crossOrigin: "anonymous",
      href: `${pagefindRoot}${shard.id}/${file}`,
    });
    document.head.append(link);
  }
}

export async function openShardInstances(
  runtime: Promise<PagefindModule>,
  pagefindRoot: string,
  siteBase: string,
  cacheTag: string | undefined,
): Promise<ShardInstances> {
  const module = await runtime;
  const open = new Map<string, Promise<PagefindInstance>>();
  const create = (shardId: string): Promise<PagefindInstance> => {
    const instance = module.createInstance({
      basePath: `${pagefindRoot}${shardId}/`,
      baseUrl: siteBase,
      highlightParam: "highlight",
      excerptLength: 24,
      // A known ?ts= on pagefind-entry.json (Pagefind's default is the time), so preloadShard can fetch it.
      ...(cacheTag === undefined ? {} : { metaCacheTag: cacheTag }),
      noWorker: true,
    });
    return Promise.resolve(strictInstance(instance));
  };
  return {
    get(shardId: string): Promise<PagefindInstance> {
      let instance = open.get(shardId);
      if (!instance) {
        instance = create(shardId);
        open.set(shardId, instance);
      }
      return instance;
    },
  };
}
