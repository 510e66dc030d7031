/**
 * "Related items" on an item page: others sharing the most topics with it,
 * looked for among the items nearest to it in date within each of its topics
 * (a window either side in the topic's newest-first list), ties broken by
 * nearness, then by the archive's order. Looking through whole topic groups
 * made every page cost O(archive) and the build O(n²): at 10,000 items that
 * dominated the Astro step.
 *
 * Items are counted by their position in the archive, in arrays reused from
 * item to item, and only the best few are kept rather than all candidates
 * sorted: at 10,000 items with a dozen topics each, that is 600 candidates per
 * item, and the first version spent 0.8 s of every build here.
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

interface Tally {
  /** Per group: each member's position in the archive. */
  positions: WeakMap<Group, Int32Array>;
  /** Per archive position: topics shared with the current item, and the nearest distance. */
  count: Int32Array;
  distance: Int32Array;
}

const tallies = new WeakMap<Archive, Tally>();

function tallyFor(archive: Archive): Tally {
  let tally = tallies.get(archive);
  if (!tally) {
    const size = archive.items.length;
    tally = { positions: new WeakMap(), count: new Int32Array(size), distance: new Int32Array(size) };
    tallies.set(archive, tally);
  }
  return tally;
}

function positionsIn(archive: Archive, tally: Tally, group: Group): Int32Array {
  let positions = tally.positions.get(group);
  if (!positions) {
    positions = Int32Array.from(group.items, (entry) => archive.position.get(entry.id) ?? 0);
    tally.positions.set(group, positions);
  }
  return positions;
}

export function relatedByTopic(archive: Archive, item: Item, limit = 5): Item[] {
  if (limit <= 0) return [];
  const tally = tallyFor(archive);
  const { count, distance } = tally;
  const shared = (position: number): number => count[position] ?? 0;
  const nearest = (position: number): number => distance[position] ?? 0;
  const self = archive.position.get(item.id);
  const seen: number[] = [];
  for (const group of archive.groupsOf.topics.get(item.id) ?? []) {
    if (!group.known) continue;
    const positions = positionsIn(archive, tally, group);
    const at = indexIn(group, item.id);
    const to = Math.min(positions.length, at + WINDOW + 1);
    for (let index = Math.max(0, at - WINDOW); index < to; index += 1) {
      const other = positions[index] ?? 0;
      if (other === self) continue;
      const away = Math.abs(index - at);
      if (shared(other) === 0) {
        seen.push(other);
        distance[other] = away;
      } else if (away < nearest(other)) distance[other] = away;
      count[other] = shared(other) + 1;
    }
  }
  // Most topics shared first, then nearest, then newest: a total order, so the best `limit` are the sort's first.
  const before = (a: number, b: number): boolean =>
    shared(a) !== shared(b) ? shared(a) > shared(b) : nearest(a) !== nearest(b) ? nearest(a) < nearest(b) : a < b;
  const best: number[] = [];
  for (const candidate of seen) {
    if (best.length === limit && !before(candidate, best[limit - 1] ?? 0)) continue;
    let at = Math.min(best.length, limit - 1);
    best[at] = candidate;
    for (; at > 0 && before(candidate, best[at - 1] ?? 0); at -= 1)
      [best[at], best[at - 1]] = [best[at - 1] ?? 0, candidate];
  }
  for (const position of seen) count[position] = 0;
  return best.map((position) => archive.items[position]).filter((entry): entry is Item => entry !== undefined);
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
