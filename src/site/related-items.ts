/**
 * "Related items" on an item page: others sharing the most topics with it,
 * looked for among the items nearest to it in date within each of its topics
 * (a window either side in the topic's newest-first list), ties broken by
 * nearness. Looking through whole topic groups made every page cost O(archive)
 * and the build O(n²): at 10,000 items that dominated the Astro step.
 * Items are compared by id: a page's props are not the same objects as the archive's.
 */
import type { Archive, Group, Item } from "./archive.ts";

/** How many neighbours on each side of the item, in each of its topics, are considered. */
const WINDOW = 25;

const indexes = new WeakMap<Group, Map<string, number>>();

function indexIn(group: Group, id: string): number {
  let index = indexes.get(group);
  if (!index) {
    index = new Map(group.items.map((entry, position) => [entry.id, position]));
    indexes.set(group, index);
  }
  return index.get(id) ?? -1;
}

export function relatedByTopic(archive: Archive, item: Item, limit = 5): Item[] {
  const shared = new Map<string, { entry: Item; count: number; distance: number }>();
  for (const group of archive.groupsOf.topics.get(item.id) ?? []) {
    if (!group.known) continue;
    const at = indexIn(group, item.id);
    const from = Math.max(0, at - WINDOW);
    for (const [offset, other] of group.items.slice(from, at + WINDOW + 1).entries()) {
      if (other.id === item.id) continue;
      const distance = Math.abs(from + offset - at);
      const seen = shared.get(other.id);
      if (seen) {
        seen.count += 1;
        seen.distance = Math.min(seen.distance, distance);
      } else shared.set(other.id, { entry: other, count: 1, distance });
    }
  }
  const position = (entry: Item): number => archive.position.get(entry.id) ?? 0;
  return [...shared.values()]
    .sort((a, b) => b.count - a.count || a.distance - b.distance || position(a.entry) - position(b.entry))
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/** Other items from the same council, newest first. */
export function sameCouncil(archive: Archive, item: Item, limit = 5): Item[] {
  const group = archive.groupsOf.councils.get(item.id)?.[0];
  if (!group?.known) return [];
  const others: Item[] = [];
  for (const other of group.items) {
    if (other.id !== item.id) others.push(other);
    if (others.length === limit) break;
  }
  return others;
}
