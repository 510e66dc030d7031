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
import { shardPreloadFiles } from "./shard-preload.ts";
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
 * Fetches a shard's pagefind-entry.json, pf_meta and wasm together, for a search about to open it
 * (shard-preload.ts). Files the page's HTML already preloads (the newest shard's, written by the build)
 * are left alone, so nothing is fetched twice.
 */
function preloadShard(pagefindRoot: string, manifest: ShardManifest, shard: ShardSummary, wasm: boolean): void {
  const files = shardPreloadFiles(manifest, shard, { wasm });
  if (files.length === 0) return;
  const preloaded = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => link.href),
  );
  for (const file of files) {
    const link = document.createElement("link");
    Object.assign(link, { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: `${pagefindRoot}${file}` });
    if (!preloaded.has(link.href)) document.head.append(link);
  }
}

/**
 * The shards' instances, each opened on first use. Returned at once, before the runtime has loaded, so a
 * search can start what does not need it (the term directory, the shards' preloads) meanwhile.
 */
export function openShardInstances(
  runtime: Promise<PagefindModule>,
  pagefindRoot: string,
  siteBase: string,
  manifest: ShardManifest,
): ShardInstances {
  const { cacheTag } = manifest;
  const open = new Map<string, Promise<PagefindInstance>>();
  // Settles once the first shard opened has its WebAssembly. wasm-bindgen keeps one module per page, and
  // two shards loading it at once would each install their own, leaving the first one's index in the other's
  // memory ("RuntimeError: unreachable" when searched). So no shard starts loading before the first is done.
  let wasmReady = (): void => undefined;
  const wasmLoaded = new Promise<void>((resolve) => (wasmReady = resolve));
  let opened = 0;
  const create = async (shardId: string): Promise<PagefindInstance> => {
    const shard = manifest.shards.find((candidate) => candidate.id === shardId);
    // The first shard opened loads the one WebAssembly module every later shard shares.
    const first = opened === 0;
    opened += 1;
    if (shard) preloadShard(pagefindRoot, manifest, shard, first);
    const module = await runtime;
    if (!first) await wasmLoaded;
    const instance = module.createInstance({
      basePath: `${pagefindRoot}${shardId}/`,
      baseUrl: siteBase,
      highlightParam: "highlight",
      excerptLength: 24,
      // A known ?ts= on pagefind-entry.json (Pagefind's default is the time), so preloadShard can fetch it.
      ...(cacheTag === undefined ? {} : { metaCacheTag: cacheTag }),
      noWorker: true,
    });
    // An empty query returns as soon as the index has loaded, before Pagefind fetches anything for it.
    if (first) void instance.search("").then(wasmReady, wasmReady);
    return strictInstance(instance);
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
