import { describe, expect, test } from "vitest";
import type { PagefindInstance, PagefindModule, PagefindResponse } from "../../../src/search/pagefind-types.ts";
import type { ShardManifest } from "../../../src/search/shard-manifest.ts";
import { openShardInstances } from "../../../src/search/shard-instances.ts";

// No cacheTag and no meta names: nothing to preload, so the instances need no document.
const manifest: ShardManifest = {
  version: 1,
  language: "en",
  shards: [
    { id: "2025", count: 2, newestYear: 2025, oldestYear: 2025 },
    { id: "2016", count: 2, newestYear: 2016, oldestYear: 2016 },
  ],
};

const empty: PagefindResponse = { results: [], filters: {}, unfilteredResultCount: 0 };
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A stand-in runtime whose first index "loads" only when the test says so. */
function fakeRuntime(): { module: PagefindModule; created: string[]; loadFirst: () => void } {
  const created: string[] = [];
  let loadFirst = (): void => undefined;
  const loaded = new Promise<void>((resolve) => (loadFirst = resolve));
  const module: PagefindModule = {
    createInstance(options): PagefindInstance {
      created.push(options.basePath);
      const ready = created.length === 1 ? loaded : Promise.resolve();
      return {
        search: async () => (await ready, empty),
        filters: async () => (await ready, {}),
        destroy: () => Promise.resolve(),
      };
    },
  };
  return { module, created, loadFirst: () => loadFirst() };
}

describe("openShardInstances", () => {
  test("opens a second shard only once the first has loaded its WebAssembly", async () => {
    const { module, created, loadFirst } = fakeRuntime();
    const instances = openShardInstances(Promise.resolve(module), "/pagefind/", "/", manifest);
    const first = instances.get("2025");
    const second = instances.get("2016");
    await flush();
    // Two shards loading Pagefind's WebAssembly at once would each install their own module.
    expect(created).toEqual(["/pagefind/2025/"]);
    loadFirst();
    await Promise.all([first, second]);
    expect(created).toEqual(["/pagefind/2025/", "/pagefind/2016/"]);
  });

  test("opens each shard once, however often it is asked for", async () => {
    const { module, created, loadFirst } = fakeRuntime();
    loadFirst();
    const instances = openShardInstances(Promise.resolve(module), "/pagefind/", "/", manifest);
    await Promise.all([instances.get("2025"), instances.get("2025"), instances.get("2016")]);
    expect(created).toEqual(["/pagefind/2025/", "/pagefind/2016/"]);
  });
});
