/**
 * Loads what the search page needs before its first search: the shard list
 * and the acronym pairs, both small JSON files beside the indexes.
 */
import { isShardManifest, type ShardManifest } from "./shard-manifest.ts";
import type { Synonym } from "./query-expansion.ts";

export interface SearchSetup {
  manifest: ShardManifest;
  synonyms: Synonym[];
}

/** Thrown when the index is absent, so the page can say search is not available rather than fail. */
export class SearchUnavailableError extends Error {}

export async function loadSearchSetup(pagefindRoot: string): Promise<SearchSetup> {
  const response = await fetch(`${pagefindRoot}shards.json`).catch(() => undefined);
  const manifest: unknown = response?.ok ? await response.json() : undefined;
  if (!isShardManifest(manifest) || manifest.shards.length === 0) {
    throw new SearchUnavailableError("The search index has not been built for this copy of the site.");
  }
  // Synonyms are an extra: a missing or broken file means plain searches.
  const synonymsResponse = await fetch(`${pagefindRoot}synonyms.json`).catch(() => undefined);
  const synonyms: unknown = synonymsResponse?.ok ? await synonymsResponse.json().catch(() => []) : [];
  return { manifest, synonyms: Array.isArray(synonyms) ? (synonyms as Synonym[]) : [] };
}
