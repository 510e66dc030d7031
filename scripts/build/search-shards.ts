/**
 * Plans the search shards: items grouped newest-first by meeting year, whole
 * years packed together while a shard stays within the size limit, so the
 * search page can load the newest index first and stream older ones in
 * (issue 5: one default index cannot stay under the first-search budget at
 * 100,000 items). The newest shard may be kept smaller than the rest: every
 * first search loads it. Pure; index-search.ts does the file work.
 */

export interface ShardItem {
  /** The item's slug; its page is /items/<slug>/. */
  slug: string;
  /** Meeting date as YYYY-MM-DD, when known. */
  meetingDate?: string | undefined;
}

export interface ShardPlan {
  /** Folder name under pagefind/, e.g. "2024", "2023-2019", "2022-part2", "2022-part3-2020", "undated". */
  id: string;
  /** Slugs in the shard, newest meeting first (ties by slug) so indexing order is deterministic. */
  slugs: string[];
  /** Newest and oldest meeting year in the shard; null for the undated shard. */
  newestYear: number | null;
  oldestYear: number | null;
}

const yearOf = (item: ShardItem): number | null => (item.meetingDate ? Number(item.meetingDate.slice(0, 4)) : null);

function newestFirst(a: ShardItem, b: ShardItem): number {
  const byDate = (b.meetingDate ?? "").localeCompare(a.meetingDate ?? "");
  return byDate !== 0 ? byDate : a.slug.localeCompare(b.slug);
}

function chunk<T>(values: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < values.length; start += size) chunks.push(values.slice(start, start + size));
  return chunks;
}

/** Names parts of the undated items: "undated" stays "undated"; split, it becomes "undated-part1", ... */
function partIds(name: string, parts: number): string[] {
  return parts === 1 ? [name] : Array.from({ length: parts }, (_, index) => `${name}-part${index + 1}`);
}

export interface ShardLimits {
  /** Largest number of items in one shard. */
  maxItemsPerShard: number;
  /**
   * Largest number of items in the newest shard, which every first search
   * loads: its pf_meta and index chunks grow with it (default: maxItemsPerShard).
   */
  firstShardItems?: number;
}

function checkLimit(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive whole number, got ${value}`);
  }
}

export function planShards(items: readonly ShardItem[], limits: number | ShardLimits): ShardPlan[] {
  const { maxItemsPerShard, firstShardItems = maxItemsPerShard } =
    typeof limits === "number" ? { maxItemsPerShard: limits } : limits;
  checkLimit("maxItemsPerShard", maxItemsPerShard);
  checkLimit("firstShardItems", firstShardItems);
  const sorted = [...items].sort(newestFirst);
  const byYear = new Map<number, ShardItem[]>();
  const undated: ShardItem[] = [];
  for (const item of sorted) {
    const year = yearOf(item);
    if (year === null) undated.push(item);
    else byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }

  const plans: ShardPlan[] = [];
  const capacity = (): number => (plans.length === 0 ? firstShardItems : maxItemsPerShard);
  // The shard being filled: whole years, or the last part of a split year followed by whole older years.
  let open: { years: number[]; items: ShardItem[]; part?: number } | undefined;
  const close = (): void => {
    if (!open) return;
    const newest = open.years[0] ?? null;
    const oldest = open.years.at(-1) ?? null;
    const first = open.part === undefined ? `${newest}` : `${newest}-part${open.part}`;
    const id = newest === oldest ? first : `${first}-${oldest}`;
    plans.push({ id, slugs: open.items.map((item) => item.slug), newestYear: newest, oldestYear: oldest });
    open = undefined;
  };
  for (const [year, yearItems] of [...byYear].sort(([a], [b]) => b - a)) {
    if (open && open.items.length + yearItems.length <= capacity()) {
      open.years.push(year);
      open.items.push(...yearItems);
      continue;
    }
    close();
    // A year too big for one shard is split in date order, so shards never overlap in time;
    // its last part stays open for the older years that fit after it.
    let rest = yearItems;
    let part = 0;
    while (rest.length > capacity()) {
      part += 1;
      const size = capacity();
      open = { years: [year], items: rest.slice(0, size), part };
      rest = rest.slice(size);
      close();
    }
    open = { years: [year], items: [...rest], ...(part > 0 ? { part: part + 1 } : {}) };
  }
  close();
  const undatedParts = chunk(undated, maxItemsPerShard);
  partIds("undated", undatedParts.length).forEach((id, index) => {
    plans.push({ id, slugs: (undatedParts[index] ?? []).map((item) => item.slug), newestYear: null, oldestYear: null });
  });
  return plans;
}
