/**
 * `--max-files N`: picks the least compact layout whose site fits in N files,
 * for static hosts that cap a site's file count (Cloudflare Pages: 20,000).
 * In order of preference: own item pages with one search fragment per item;
 * then bundled search fragments; then longer listing pages; then shared item
 * pages, one per council and year (src/site/site-layout.ts), with listing
 * pages growing until it fits. Counts are worked out from the items before
 * anything is built; the search index's chunk counts are estimated from the
 * shard sizes, so the plan aims below the cap and the build counts the real
 * files before publishing (countSiteFiles).
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { MinutesItem } from "../../src/schema/minutes-item.ts";
import { isoDateToYear } from "../../src/site/format-date.ts";
import { sharedPageSlug, type SiteLayout } from "../../src/site/site-layout.ts";
import type { ShardPlan } from "./search-shards.ts";

type BudgetItem = Pick<MinutesItem, "slug" | "council" | "committee" | "topics" | "meetingDate">;

export interface FilePlan {
  layout: SiteLayout;
  /** Passed to Pagefind: undefined keeps one fragment file per item. */
  maxFragments: number | undefined;
  /** The estimate the plan was chosen by, and its parts. */
  estimate: FileEstimate;
}

export interface FileEstimate {
  total: number;
  itemPages: number;
  listings: number;
  search: number;
  fixed: number;
}

/**
 * Fragment files per shard once bundled, at least: a first search then fetches ten bundles of many
 * results rather than ten small files. Files the cap leaves over raise it (smaller bundles).
 */
export const bundledFragments = 100;
/** Listing page sizes tried in turn; 50 is the default (src/site/paginate.ts). */
const listingPageSizes = [50, 100, 200, 500, 1_000] as const;
/** Part of the cap the estimate may use: the search index's chunk counts are estimates. */
const headroom = 0.95;
/** Items per sitemap file (src/site/sitemap.ts). */
const urlsPerSitemap = 45_000;

/** How many items each council, committee, topic and year groups, as the browse pages group them. */
function groupSizes(items: readonly BudgetItem[]): number[][] {
  const dimensions = [
    new Map<string, number>(),
    new Map<string, number>(),
    new Map<string, number>(),
    new Map<string, number>(),
  ];
  const add = (dimension: number, key: string): void => {
    const sizes = dimensions[dimension] as Map<string, number>;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  };
  for (const item of items) {
    // "\u0000" keys the "not known" group of each dimension, which no real value can equal.
    add(0, item.council ?? "\u0000");
    add(1, item.committee ? `${item.council ?? ""} ${item.committee}` : "\u0000");
    for (const topic of item.topics.length > 0 ? item.topics : ["\u0000"]) add(2, topic);
    add(3, isoDateToYear(item.meetingDate) ?? "\u0000");
  }
  return dimensions.map((sizes) => [...sizes.values()]);
}

function listingFiles(groups: readonly number[][], pageSize: number, feeds: number): number {
  let files = feeds;
  for (const sizes of groups) {
    files += 1; // the dimension's own index page
    for (const size of sizes) files += Math.max(1, Math.ceil(size / pageSize));
  }
  return files;
}

/** Pagefind's files for one shard: entry, page table, wasm, index and filter chunks, fragments. */
function shardFiles(items: number, maxFragments: number | undefined): number {
  const fragments = maxFragments === undefined ? items : Math.min(items, maxFragments);
  return 4 + Math.ceil(items / 20) + 6 + fragments;
}

export interface BudgetInput {
  maxFiles: number;
  items: readonly BudgetItem[];
  shards: readonly ShardPlan[];
  /** A --max-fragments the user gave, which the plan keeps. */
  maxFragments: number | undefined;
  /** Files copied from public/ as they are. */
  publicFiles: number;
}

export function planFileBudget(input: BudgetInput): FilePlan {
  const { items, shards } = input;
  const groups = groupSizes(items);
  const [councils = [], , topics = []] = groups;
  // Feeds: one per known council and topic (the "not known" group has none), at most.
  const feeds = councils.length + topics.length;
  const sharedPages = new Set(items.map((item) => sharedPageSlug(item))).size;
  // Pages besides listings and items: home, about, accessibility, search, 404, feed, robots, data (2),
  // sitemap index, Astro's scripts (a handful), the headers file, shards.json, records.json, pagefind.js.
  const pageUrls = items.length + 5 * feeds;
  const fixed = 24 + input.publicFiles + Math.ceil(pageUrls / urlsPerSitemap) + Math.ceil(items.length / 250);

  const estimateFor = (layout: SiteLayout, maxFragments: number | undefined): FileEstimate => {
    const itemPages = layout.itemPages === "own" ? items.length : sharedPages;
    const listings = listingFiles(groups, layout.listingPageSize, feeds);
    const search = shards.reduce((sum, shard) => sum + shardFiles(shard.slugs.length, maxFragments), 0);
    return { total: itemPages + listings + search + fixed, itemPages, listings, search, fixed };
  };
  const fragmentChoices = input.maxFragments !== undefined ? [input.maxFragments] : [undefined, bundledFragments];
  const candidates: { layout: SiteLayout; maxFragments: number | undefined }[] = [
    ...fragmentChoices.map((maxFragments) => ({
      layout: { itemPages: "own", listingPageSize: 50 } as const,
      maxFragments,
    })),
    ...(["own", "shared"] as const).flatMap((itemPages) =>
      listingPageSizes.map((listingPageSize) => ({
        layout: { itemPages, listingPageSize },
        maxFragments: input.maxFragments ?? bundledFragments,
      })),
    ),
  ];
  const limit = Math.floor(input.maxFiles * headroom);
  let smallest: FileEstimate | undefined;
  for (const candidate of candidates) {
    const estimate = estimateFor(candidate.layout, candidate.maxFragments);
    if (estimate.total <= limit) {
      if (candidate.maxFragments !== bundledFragments || input.maxFragments !== undefined)
        return { ...candidate, estimate };
      // Files left over go to smaller fragment bundles: a first search fetches fewer results it does not show.
      const largestShard = Math.max(...shards.map((shard) => shard.slugs.length));
      let fragments = bundledFragments;
      for (let step = largestShard; step >= 1; step = Math.floor(step / 2)) {
        while (fragments + step <= largestShard && estimateFor(candidate.layout, fragments + step).total <= limit) {
          fragments += step;
        }
      }
      return { ...candidate, maxFragments: fragments, estimate: estimateFor(candidate.layout, fragments) };
    }
    if (!smallest || estimate.total < smallest.total) smallest = estimate;
  }
  throw new Error(
    `--max-files ${input.maxFiles}: even the most compact layout needs about ${smallest?.total ?? 0} files for ${items.length} items ` +
      `(${smallest?.itemPages ?? 0} item pages, ${smallest?.listings ?? 0} listing pages and feeds, ${smallest?.search ?? 0} search files); allow more files.`,
  );
}

/** One line for the build log saying what the plan chose. */
export function describeFilePlan(plan: FilePlan, maxFiles: number): string {
  const items =
    plan.layout.itemPages === "own"
      ? "one page per item"
      : `items on ${plan.estimate.itemPages} shared council-year pages`;
  const fragments =
    plan.maxFragments === undefined
      ? "one search fragment per item"
      : `search fragments bundled (${plan.maxFragments} per shard)`;
  return `files: planned about ${plan.estimate.total} of at most ${maxFiles}: ${items}, ${plan.layout.listingPageSize} items per listing page, ${fragments}`;
}

/** Every file under `dir`, as a host counts them. */
export async function countSiteFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

/** How many files public/ adds to the site as they are. */
export function countPublicFiles(): Promise<number> {
  return countSiteFiles(path.join(import.meta.dirname, "..", "..", "public"));
}
