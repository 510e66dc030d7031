/**
 * One ordering for every list, feed and download: newest meeting first, items
 * whose date is not known last (listed, never dropped), then a stable
 * tie-break so rebuilds produce byte-identical pages.
 */
import type { MinutesItem } from "../schema/minutes-item.ts";

type Sortable = Pick<MinutesItem, "meetingDate" | "council" | "itemNumber" | "slug">;

const collator = new Intl.Collator("en-GB", { numeric: true, sensitivity: "base" });

export function compareNewestFirst(a: Sortable, b: Sortable): number {
  if (a.meetingDate !== b.meetingDate) {
    if (a.meetingDate === undefined) return 1;
    if (b.meetingDate === undefined) return -1;
    return a.meetingDate < b.meetingDate ? 1 : -1;
  }
  return (
    collator.compare(a.council ?? "", b.council ?? "") ||
    collator.compare(a.itemNumber ?? "", b.itemNumber ?? "") ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}

/** A sorted copy; entries are compared on their frontmatter. */
export function sortNewestFirst<T extends { data: Sortable }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareNewestFirst(a.data, b.data));
}

/** A–Z by label, for index pages; numeric-aware so "Panel 2" sorts before "Panel 10". */
export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
