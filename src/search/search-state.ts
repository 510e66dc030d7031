/**
 * What a search is, as it appears in the address: ?q=foster&council=Kent%20County%20Council&sort=newest.
 * Pure conversions both ways, so a deep link and the page's own updates agree.
 */

export const filterGroups = ["council", "topic", "committee", "year"] as const;
export type FilterGroup = (typeof filterGroups)[number];

export const sortOrders = ["relevance", "newest", "oldest"] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchState {
  /** The words typed, as typed. */
  q: string;
  /** Chosen values per filter: any value within a group, every group. */
  filters: Record<FilterGroup, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<FilterGroup, string[]> {
  return { council: [], topic: [], committee: [], year: [] };
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const group of filterGroups) filters[group] = unique(params.getAll(group));
  const sort = params.get("sort");
  return {
    q: params.get("q") ?? "",
    filters,
    sort: (sortOrders as readonly string[]).includes(sort ?? "") ? (sort as SortOrder) : "relevance",
  };
}

/** Only what differs from the default is written, in a fixed order, so equal states give equal addresses. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q);
  for (const group of filterGroups) {
    for (const value of [...state.filters[group]].sort()) params.append(group, value);
  }
  if (state.sort !== "relevance") params.set("sort", state.sort);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return filterGroups.some((group) => state.filters[group].length > 0);
}

/** True when there is something to search for: words, or filters alone (browse by filter). */
export function isRunnable(state: SearchState): boolean {
  return state.q.trim().length > 0 || hasFilters(state);
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToParams(a).toString() === stateToParams(b).toString();
}
