/**
 * The sentences the search page says: the result count (announced through the
 * live region), progress while older shards load, and what is on screen.
 */
import type { ShardSummary } from "./shard-manifest.ts";
import { hasFilters, type SearchState } from "./search-state.ts";

const plural = (count: number, one: string, many: string): string =>
  `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;

export function resultCountMessage(state: SearchState, count: number): string {
  const filtered = hasFilters(state) ? " with the chosen filters" : "";
  const query = state.q.trim();
  if (!query)
    return count === 0
      ? "No items match the chosen filters."
      : `${plural(count, "item matches", "items match")} the chosen filters.`;
  if (count === 0)
    return `No results for “${query}”${filtered}. Try fewer or shorter words${filtered ? ", or remove a filter" : ""}.`;
  return `${plural(count, "result", "results")} for “${query}”${filtered}.`;
}

export function progressMessage(next: ShardSummary | undefined): string {
  if (!next) return "";
  if (next.newestYear === null) return "Also searching items with no meeting date…";
  const years = next.newestYear === next.oldestYear ? `${next.newestYear}` : `${next.oldestYear} to ${next.newestYear}`;
  return `Also searching meetings from ${years}…`;
}

export function shownMessage(shown: number, total: number): string {
  return total > shown ? `Showing ${plural(shown, "result", "results")} of ${total.toLocaleString("en-GB")}.` : "";
}
