/**
 * How the site spreads its items over files. By default every item has its own
 * page and listings show 50 items a page. For hosts that cap a site's file
 * count, `npm run build -- --max-files N` may choose the compact layout instead
 * (scripts/build/plan-file-budget.ts): items share one page per council and
 * year, each item an anchored section of it, and listings show more items a
 * page. The build passes the choice to Astro in ARCHIVE_LAYOUT and to the
 * search index directly, so pages, links and search results agree.
 */
import type { MinutesItem } from "../schema/minutes-item.ts";
import { isoDateToYear } from "./format-date.ts";
import { nameToSlug } from "./slugify.ts";

export interface SiteLayout {
  /** "own": /items/<slug>/ per item; "shared": /items/<council>-<year>/#<slug>. */
  itemPages: "own" | "shared";
  /** Items on one page of a council, committee, topic or year listing. */
  listingPageSize: number;
}

export const defaultLayout: SiteLayout = { itemPages: "own", listingPageSize: 50 };

export const layoutEnvName = "ARCHIVE_LAYOUT";

/** Reads the layout the build chose; a value that does not parse is an error, not a silent default. */
export function layoutFromEnv(value: string | undefined): SiteLayout {
  if (value === undefined || value === "") return defaultLayout;
  const parsed = JSON.parse(value) as Partial<SiteLayout>;
  if (
    (parsed.itemPages !== "own" && parsed.itemPages !== "shared") ||
    !Number.isInteger(parsed.listingPageSize) ||
    (parsed.listingPageSize ?? 0) < 1
  ) {
    throw new Error(`${layoutEnvName} is not a site layout: ${value}`);
  }
  return { itemPages: parsed.itemPages, listingPageSize: parsed.listingPageSize as number };
}

/** The layout of this build (Astro's process). */
export const siteLayout: SiteLayout = layoutFromEnv(process.env[layoutEnvName]);

type Placed = Pick<MinutesItem, "slug" | "council" | "meetingDate">;

/**
 * The shared page an item lives on in the compact layout: its council and year.
 * Councils whose names slug alike share pages, which keeps the slug a pure
 * function of the item (the search index works it out without the archive).
 */
export function sharedPageSlug(item: Placed): string {
  const council = (item.council && nameToSlug(item.council)) || "council-not-known";
  return `${council}-${isoDateToYear(item.meetingDate) ?? "date-not-known"}`;
}

/** The item's address relative to the base, in the given layout. */
export function itemPathIn(layout: SiteLayout, item: Placed): string {
  return layout.itemPages === "own" ? `items/${item.slug}/` : `items/${sharedPageSlug(item)}/#${item.slug}`;
}

/** The page file that holds the item, relative to the site's root folder. */
export function itemPageFileIn(layout: SiteLayout, item: Placed): string {
  return `items/${layout.itemPages === "own" ? item.slug : sharedPageSlug(item)}/index.html`;
}
