/**
 * The parts of Pagefind 1.6's browser API (pagefind.js) the search page uses.
 * pagefind.js ships untyped inside the built site, so these are written from
 * its source; keep them in step when Pagefind is upgraded.
 */

/** Pagefind filter selection: `{ any: [...] }` matches pages with any of the values. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** Counts per filter value, e.g. { council: { "Kent County Council": 3 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, "asc" | "desc">;
}

export interface PagefindResultData {
  /** Base-prefixed address, with ?highlight= terms when highlightParam is set. */
  url: string;
  /** Page text around the match: `<` and `>` escaped, matches wrapped in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  /** Page id, unique within one index (shard). */
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts among the results, with the filters applied. */
  filters: FilterCounts;
  unfilteredResultCount: number;
}

export interface PagefindInstanceOptions {
  basePath: string;
  baseUrl?: string;
  highlightParam?: string;
  excerptLength?: number;
  /** Appended as ?ts= to pagefind-entry.json instead of the time, so the address can be preloaded. */
  metaCacheTag?: string;
  /** Run in the page rather than in Pagefind's web worker. */
  noWorker?: boolean;
}

/** One index, opened with createInstance(). */
export interface PagefindInstance {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  /** All filter values with counts; also loads the filter chunks, without which search() returns no counts. */
  filters(): Promise<FilterCounts>;
  destroy(): Promise<void>;
}

export interface PagefindModule {
  createInstance(options: PagefindInstanceOptions): PagefindInstance;
}
