/**
 * Paths of the archive's pages, relative to the base (pass them to withBase or
 * absoluteUrl). One place, so a URL scheme change is one edit.
 */
import type { DimensionName } from "./archive.ts";

export function itemPath(slug: string): string {
  return `items/${slug}/`;
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
