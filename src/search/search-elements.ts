/**
 * The search page's elements, found by id (markup in src/pages/search.astro),
 * and the message shown when search cannot run.
 */

export interface SearchElements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  sort: HTMLSelectElement;
  submit: HTMLButtonElement;
  /** Why search is not ready, or not available (also holds the browse links). */
  notice: HTMLElement;
  /** role="status": the result count, announced once per search. */
  status: HTMLElement;
  /** Not live: "also searching older meetings…" while shards stream in. */
  progress: HTMLElement;
  shown: HTMLElement;
  filters: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

const ids = {
  form: "search-page-form",
  query: "search-page-query",
  sort: "search-page-sort",
  submit: "search-page-submit",
  notice: "search-page-notice",
  status: "search-page-status",
  progress: "search-page-progress",
  shown: "search-page-shown",
  filters: "search-page-filters",
  results: "search-page-results",
  more: "search-page-more",
} as const satisfies Record<keyof SearchElements, string>;

export function findSearchElements(): SearchElements | undefined {
  const found = Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, document.getElementById(id)]));
  return Object.values(found).every(Boolean) ? (found as unknown as SearchElements) : undefined;
}

/** Leaves the controls disabled and says so plainly; the browse links stay as the way in. */
export function showUnavailable(elements: SearchElements, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  elements.notice.hidden = false;
  elements.notice.textContent = `Search is not available: ${reason} You can still browse the minutes by council, topic or year.`;
  for (const control of [elements.query, elements.sort, elements.submit]) control.disabled = true;
  console.error("search:", error);
}
