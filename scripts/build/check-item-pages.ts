/**
 * The last guard before publishing: every indexed item must have its built
 * page, or its anchored section of a shared page (src/site/site-layout.ts). A
 * build that runs but leaves pages out (Astro losing its content store, say)
 * would otherwise publish search results that lead nowhere.
 */
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { defaultLayout, itemPageFileIn, itemPathIn, type SiteLayout } from "../../src/site/site-layout.ts";
import type { MinutesItem } from "../../src/schema/minutes-item.ts";

export type PlacedItem = Pick<MinutesItem, "slug" | "council" | "meetingDate">;

/** Ids of the shared page's item sections (ItemArticle.astro writes `<article class="item" id="<slug>"`). */
async function sectionIds(file: string): Promise<Set<string>> {
  const html = await readFile(file, "utf8").catch(() => "");
  return new Set(Array.from(html.matchAll(/<article class="item" id="([^"]+)"/g), (match) => match[1] ?? ""));
}

/**
 * Addresses (relative to the base) of the items missing from the built site, in the order given.
 * A bare slug stands for an item on its own page.
 */
export async function missingItemPages(
  siteDir: string,
  items: readonly (PlacedItem | string)[],
  layout: SiteLayout = defaultLayout,
): Promise<string[]> {
  const missing: string[] = [];
  const sharedPages = new Map<string, Promise<Set<string>>>();
  for (const entry of items) {
    const item = typeof entry === "string" ? { slug: entry } : entry;
    const file = path.join(siteDir, itemPageFileIn(layout, item));
    let present: boolean;
    if (layout.itemPages === "own") {
      present = await access(file).then(
        () => true,
        () => false,
      );
    } else {
      let ids = sharedPages.get(file);
      if (!ids) sharedPages.set(file, (ids = sectionIds(file)));
      present = (await ids).has(item.slug);
    }
    if (!present) missing.push(`/${itemPathIn(layout, item)}`);
  }
  return missing;
}
