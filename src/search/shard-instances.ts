/**
 * Opens Pagefind indexes, one per shard, lazily: a shard is fetched only when
 * a search reaches it. pagefind.js is imported once (from the newest shard)
 * and createInstance() opens every shard, so all shards share one module and
 * one web worker instead of each loading its own (about 25 KB gzipped each).
 */
import type { PagefindInstance, PagefindModule } from "./pagefind-types.ts";
import { strictInstance } from "./strict-search.ts";

export interface ShardInstances {
  /** The shard's index, opened on first use. */
  get(shardId: string): Promise<PagefindInstance>;
}

export async function openShardInstances(
  pagefindRoot: string,
  firstShardId: string,
  siteBase: string,
): Promise<ShardInstances> {
  // The runtime lives in the built site, not in our bundle, so Vite must leave this import alone.
  const runtime = (await import(/* @vite-ignore */ `${pagefindRoot}${firstShardId}/pagefind.js`)) as PagefindModule;
  const open = new Map<string, Promise<PagefindInstance>>();
  const create = (shardId: string): Promise<PagefindInstance> => {
    const instance = runtime.createInstance({
      basePath: `${pagefindRoot}${shardId}/`,
      baseUrl: siteBase,
      highlightParam: "highlight",
      excerptLength: 24,
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
