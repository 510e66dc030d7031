/**
 * Splits a sorted list into pages (50 items by default) at <path>/, <path>/2/, <path>/3/ ...
 * Our own rather than Astro's paginate() so page URLs go through withBase and
 * keep the trailing slash the config demands.
 */
import { withBase } from "./base-path.ts";
import { siteLayout } from "./site-layout.ts";

/** 50 by default; more under a file cap (site-layout.ts). */
export const pageSize = siteLayout.listingPageSize;

export interface PageOf<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  /** Position of the first item on the page among all items, 1-based. */
  first: number;
  total: number;
}

export function splitIntoPages<T>(items: readonly T[], size = pageSize): PageOf<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    first: index * size + 1,
    total: items.length,
  }));
}

/** The `page` route param: undefined for page 1 so it lives at the group's own URL. */
export function pageToParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/** Link to page `page` of the list whose first page is at `path` (relative to base). */
export function pageHref(path: string, page: number): string {
  return withBase(page === 1 ? path : `${path}${page}/`);
}
