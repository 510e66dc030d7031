/**
 * Where the built site says an item is: its own page, or its anchored section
 * of a shared council-year page when the build chose that layout for a file
 * cap (--max-files; src/site/site-layout.ts). The marker check compares search
 * results with this address.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { readMinutesEntry } from "../../src/content/read-minutes.ts";
import { defaultLayout, itemPathIn, type SiteLayout } from "../../src/site/site-layout.ts";

const sharedLayout: SiteLayout = { itemPages: "shared", listingPageSize: defaultLayout.listingPageSize };

export function builtItemUrl(siteDir: string, contentDir: string, slug: string): string {
  if (existsSync(path.join(siteDir, "items", slug, "index.html"))) return `/items/${slug}/`;
  const entry = readMinutesEntry(contentDir, slug);
  // An item with neither page is reported as missing by the check rather than guessed at.
  return entry ? `/${itemPathIn(sharedLayout, entry.data)}` : `/items/${slug}/`;
}
