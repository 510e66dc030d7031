/**
 * Loads what the search page needs before its first search: shards.json,
 * the shard list with the acronym pairs and the term directory's chunk list.
 */
import { isShardManifest, type ShardManifest } from "./shard-manifest.ts";

/** Thrown when the index is absent, so the page can say search is not available rather than fail. */
export class SearchUnavailableError extends Error {}

export async function loadShardManifest(pagefindRoot: string): Promise<ShardManifest> {
  const response = await fetch(`${pagefindRoot}shards.json`).catch(() => undefined);
  const manifest: unknown = response?.ok ? await response.json().catch(() => undefined) : undefined;
  if (!isShardManifest(manifest) || manifest.shards.length === 0) {
    throw new SearchUnavailableError("The search index has not been built for this copy of the site.");
  }
  return manifest;
}
