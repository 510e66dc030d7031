/**
 * Paths of the archive's pages, relative to the base (pass them to withBase or
 * absoluteUrl). One place, so a URL scheme change is one edit.
 */
import type { MinutesItem } from "../schema/minutes-item.ts";
import type { DimensionName } from "./archive.ts";
import { itemPathIn, siteLayout } from "./site-layout.ts";

/** Where the item is read: its own page, or its section of a shared page (site-layout.ts). */
export function itemPath(item: Pick<MinutesItem, "slug" | "council" | "meetingDate">): string {
  return itemPathIn(siteLayout, item);
}

export function groupPath(dimension: DimensionName, slug: string): string {
  return `${dimension}/${slug}/`;
}

export function groupFeedPath(dimension: "councils" | "topics", slug: string): string {
  return `${dimension}/${slug}/feed.xml`;
}

export const searchPath = "search/";
export const feedPath = "feed.xml";
export const jsonPath = "data/items.json";
export const csvPath = "data/items.csv";
