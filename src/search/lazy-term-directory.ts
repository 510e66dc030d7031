/**
 * The term directory, with its code (stemmer included, about 2.5 KB gzipped)
 * loaded on first use: run-search.ts consults it only after the first shard
 * has answered, so a first search for a common word never waits for it.
 */
import type { TermDirectoryManifest } from "./term-directory-format.ts";
import type { TermDirectory } from "./term-directory.ts";

export function lazyTermDirectory(
  manifest: TermDirectoryManifest,
  shardCount: number,
  pagefindRoot: string,
): TermDirectory {
  let loaded: Promise<TermDirectory> | undefined;
  const directory = (): Promise<TermDirectory> =>
    (loaded ??= import("./term-directory.ts").then((module) =>
      module.openTermDirectory(manifest, shardCount, pagefindRoot),
    ));
  return {
    select: async (alternatives) => (await directory()).select(alternatives),
    forStem: async (stem) => (await directory()).forStem(stem),
  };
}
