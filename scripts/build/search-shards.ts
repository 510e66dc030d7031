/**
 * Plans the search shards: items grouped newest-first by meeting year, whole
 * years packed together while a shard stays within the size limit, so the
 * search page can load the newest index first and stream older ones in
 * (issue 5: one default index cannot stay under the first-search budget at
 * 100,000 items). Pure; index-search.ts does the file work.
 */

export interface ShardItem {
  /** The item's slug; its page is /items/<slug>/. */
  slug: string;
  /** Meeting date as YYYY-MM-DD, when known. */
  meetingDate?: string | undefined;
}

export interface ShardPlan {
  /** Folder name under pagefind/, e.g. "2024", "2023-2019", "2022-part2", "undated". */
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

/** Names parts of an over-full group: "2024" stays "2024"; split, it becomes "2024-part1", "2024-part2", ... */
function partIds(name: string, parts: number): string[] {
  return parts === 1 ? [name] : Array.from({ length: parts }, (_, index) => `${name}-part${index + 1}`);
}

export function planShards(items: readonly ShardItem[], maxItemsPerShard: number): ShardPlan[] {
  if (!Number.isInteger(maxItemsPerShard) || maxItemsPerShard < 1) {
    throw new RangeError(`maxItemsPerShard must be a positive whole number, got ${maxItemsPerShard}`);
  }
  const sorted = [...items].sort(newestFirst);
  const byYear = new Map<number, ShardItem[]>();
  const undated: ShardItem[] = [];
  for (const item of sorted) {
    const year = yearOf(item);
    if (year === null) undated.push(item);
    else byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }

  const plans: ShardPlan[] = [];
  let open: { years: number[]; items: ShardItem[] } | undefined;
  const close = (): void => {
    if (!open) return;
    const newest = open.years[0] ?? null;
    const oldest = open.years.at(-1) ?? null;
    const id = newest === oldest ? `${newest}` : `${newest}-${oldest}`;
    plans.push({ id, slugs: open.items.map((item) => item.slug), newestYear: newest, oldestYear: oldest });
    open = undefined;
  };
  for (const [year, yearItems] of [...byYear].sort(([a], [b]) => b - a)) {
    if (open && open.items.length + yearItems.length <= maxItemsPerShard) {
      open.years.push(year);
      open.items.push(...yearItems);
      continue;
    }
    close();
    if (yearItems.length <= maxItemsPerShard) {
      open = { years: [year], items: [...yearItems] };
      continue;
    }
    // A single year too big for one shard is split in date order, so shards never overlap in time.
    const parts = chunk(yearItems, maxItemsPerShard);
    partIds(`${year}`, parts.length).forEach((id, index) => {
      plans.push({ id, slugs: (parts[index] ?? []).map((item) => item.slug), newestYear: year, oldestYear: year });
    });
  }
  close();
  const undatedParts = chunk(undated, maxItemsPerShard);
  partIds("undated", undatedParts.length).forEach((id, index) => {
    plans.push({ id, slugs: (undatedParts[index] ?? []).map((item) => item.slug), newestYear: null, oldestYear: null });
  });
  return plans;
}
