/**
 * The whole archive, loaded and grouped once per build and shared by every
 * route (getStaticPaths runs per route; grouping 10k items per route was the
 * slow part of the build).
 */
import { getLiveCollection } from "astro:content";
import type { MinutesEntry } from "../content/read-minutes.ts";
import { councilDimension, committeeDimension, topicDimension, yearDimension } from "./browse-dimensions.ts";
import { groupEntries, type ItemGroup } from "./group-items.ts";
import { sortNewestFirst } from "./sort-items.ts";

export type Item = MinutesEntry;
export type Group = ItemGroup<Item>;
export type DimensionName = "councils" | "committees" | "topics" | "years";

export interface Archive {
  /** Newest first, unknown dates last. */
  items: Item[];
  /** entry id → position in `items`, for cheap newest-first tie-breaks. */
  position: Map<string, number>;
  groups: Record<DimensionName, Group[]>;
  /** entry id → the groups it belongs to, per dimension. */
  groupsOf: Record<DimensionName, Map<string, Group[]>>;
}

function entryIdToGroups(groups: Group[]): Map<string, Group[]> {
  const map = new Map<string, Group[]>();
  for (const group of groups) {
    for (const item of group.items) map.set(item.id, [...(map.get(item.id) ?? []), group]);
  }
  return map;
}

/** The typed collection (src/live.config.ts), read once per build. */
async function loadArchive(): Promise<Archive> {
  const { entries, error } = await getLiveCollection("minutes");
  if (error || !entries) throw error ?? new Error("The minutes collection returned nothing.");
  const items = sortNewestFirst(entries.map(({ id, data }) => ({ id, data: data.frontmatter, digest: data.digest })));
  const groups = {
    councils: groupEntries(items, councilDimension),
    committees: groupEntries(items, committeeDimension),
    topics: groupEntries(items, topicDimension),
    years: groupEntries(items, yearDimension),
  };
  return {
    items,
    position: new Map(items.map((item, index) => [item.id, index])),
    groups,
    groupsOf: {
      councils: entryIdToGroups(groups.councils),
      committees: entryIdToGroups(groups.committees),
      topics: entryIdToGroups(groups.topics),
      years: entryIdToGroups(groups.years),
    },
  };
}

let archive: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  // The dev server keeps modules alive across content edits; only builds may cache.
  if (import.meta.env.DEV) return loadArchive();
  archive ??= loadArchive();
  return archive;
}
