/**
 * "Related items" on an item page: others sharing the most topics, ties broken
 * by the archive's newest-first order. Counting through the topic groups keeps
 * this near-linear instead of comparing every pair of items. Items are compared
 * by id: a page's props are not the same objects as the archive's.
 */
import type { Archive, Item } from "./archive.ts";

export function relatedByTopic(archive: Archive, item: Item, limit = 5): Item[] {
  const shared = new Map<Item, number>();
  for (const group of archive.groupsOf.topics.get(item.id) ?? []) {
    if (!group.known) continue;
    for (const other of group.items) if (other.id !== item.id) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const position = (entry: Item): number => archive.position.get(entry.id) ?? 0;
  return [...shared.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || position(a) - position(b))
    .slice(0, limit)
    .map(([entry]) => entry);
}

/** Other items from the same council, newest first. */
export function sameCouncil(archive: Archive, item: Item, limit = 5): Item[] {
  const group = archive.groupsOf.councils.get(item.id)?.[0];
  if (!group?.known) return [];
  return group.items.filter((other) => other.id !== item.id).slice(0, limit);
}
