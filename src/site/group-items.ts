/**
 * Groups items for the browse pages (by council, committee, topic, year). Items
 * with no value for the dimension go into one honest "not known" group, listed
 * last, rather than being dropped.
 */
import { compareLabels } from "./sort-items.ts";
import { nameToSlug } from "./slugify.ts";

export interface GroupKey {
  /** What makes two items belong together. */
  key: string;
  label: string;
  /** A second line, e.g. the council a committee belongs to. */
  detail?: string;
  /** Used instead of slugging the key (topic ids and years are already URL-safe). */
  slug?: string;
}

export interface ItemGroup<T> extends GroupKey {
  slug: string;
  /** False for the "not known" group. */
  known: boolean;
  /** In the order given (callers pass items newest first). */
  items: T[];
}

export interface GroupOptions<T> {
  keysOf: (entry: T) => GroupKey[];
  unknown: { slug: string; label: string };
  /** Order of known groups; A–Z by label unless given. */
  order?: (a: GroupKey, b: GroupKey) => number;
}

export function groupEntries<T>(entries: readonly T[], options: GroupOptions<T>): ItemGroup<T>[] {
  const groups = new Map<string, ItemGroup<T>>();
  const unknown: ItemGroup<T> = { ...options.unknown, key: "", known: false, items: [] };
  for (const entry of entries) {
    const keys = options.keysOf(entry);
    if (keys.length === 0) unknown.items.push(entry);
    for (const key of keys) {
      let group = groups.get(key.key);
      if (!group) groups.set(key.key, (group = { ...key, slug: key.slug ?? "", known: true, items: [] }));
      group.items.push(entry);
    }
  }
  const order =
    options.order ?? ((a, b) => compareLabels(a.label, b.label) || compareLabels(a.detail ?? "", b.detail ?? ""));
  const known = [...groups.values()].sort(order);
  assignUniqueSlugs(known, options.unknown.slug);
  return unknown.items.length > 0 ? [...known, unknown] : known;
}

/** Two names can slug alike ("St Helens" / "St. Helens"); later ones get -2, -3 in A–Z order, so URLs are stable. */
function assignUniqueSlugs(groups: ItemGroup<unknown>[], reserved: string): void {
  const used = new Set([reserved]);
  for (const group of groups) {
    const wanted = group.slug || nameToSlug(group.key) || "unnamed";
    let slug = wanted;
    for (let n = 2; used.has(slug); n += 1) slug = `${wanted}-${n}`;
    used.add(slug);
    group.slug = slug;
  }
}
