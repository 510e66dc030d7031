/**
 * Everything an item page shows besides its own file, worked out once per item
 * in getStaticPaths, and the cache key that lets an incremental build reuse the
 * page while none of it changes. In the compact layout (site-layout.ts) the
 * pages are shared, one per council and year, and list their items' links only.
 */
import { getArchive, type Archive, type Item } from "./archive.ts";
import { cacheKeyOf, itemsKeyPart } from "./cache-key.ts";
import { relatedByTopic, sameCouncil } from "./related-items.ts";
import { groupPath } from "./routes.ts";
import { sharedPageSlug, siteLayout } from "./site-layout.ts";

export interface LinkTo {
  label: string;
  /** Relative to the base. */
  path: string;
}

export interface ItemPageProps {
  entry: Item;
  councilPath: string;
  committeePath: string;
  topics: LinkTo[];
  /** The item's council, when known, for "All N items from ...". */
  council: (LinkTo & { total: number }) | undefined;
  sameCouncil: Item[];
  related: Item[];
}

/** What an item's facts link to: its council, committee and topic pages. */
export type ItemLinks = Pick<ItemPageProps, "entry" | "councilPath" | "committeePath" | "topics">;

function itemLinks(archive: Archive, entry: Item): ItemLinks {
  const councilGroup = archive.groupsOf.councils.get(entry.id)?.[0];
  const committeeGroup = archive.groupsOf.committees.get(entry.id)?.[0];
  return {
    entry,
    councilPath: groupPath("councils", councilGroup?.slug ?? "council-not-known"),
    committeePath: groupPath("committees", committeeGroup?.slug ?? "committee-not-known"),
    topics: (archive.groupsOf.topics.get(entry.id) ?? [])
      .filter((group) => group.known)
      .map((group) => ({ label: group.label, path: groupPath("topics", group.slug) })),
  };
}

export function itemPageProps(archive: Archive, entry: Item): ItemPageProps {
  const councilGroup = archive.groupsOf.councils.get(entry.id)?.[0];
  const links = itemLinks(archive, entry);
  const { councilPath } = links;
  return {
    ...links,
    council: councilGroup?.known
      ? { label: councilGroup.label, path: councilPath, total: councilGroup.items.length }
      : undefined,
    sameCouncil: sameCouncil(archive, entry),
    related: relatedByTopic(archive, entry),
  };
}

/** The props with every item replaced by its digest: the page's whole input besides code and config. */
export function itemPageCacheKey(props: ItemPageProps): string {
  const { entry, sameCouncil: more, related, ...shown } = props;
  return cacheKeyOf([entry.digest, shown, itemsKeyPart(more), itemsKeyPart(related)]);
}

export async function itemPagePaths() {
  const archive = await getArchive();
  return archive.items.map((entry) => {
    const props = itemPageProps(archive, entry);
    return { params: { slug: entry.data.slug }, props, cacheKey: itemPageCacheKey(props) };
  });
}

export interface SharedItemPageProps {
  /** The councils' names as the items give them (names that slug alike share a page). */
  councils: string[];
  councilPath: string;
  /** "2023", or undefined for items whose date is not known. */
  year: string | undefined;
  /** Newest first, as in the archive. */
  items: ItemLinks[];
}

function sharedItemPageCacheKey(props: SharedItemPageProps): string {
  const { items, ...shown } = props;
  return cacheKeyOf([shown, items.map(({ entry, ...links }) => [entry.digest, links])]);
}

/** One page per council and year in the compact layout, its items newest first. */
export async function sharedItemPagePaths() {
  const archive = await getArchive();
  const pages = new Map<string, SharedItemPageProps>();
  for (const entry of archive.items) {
    const slug = sharedPageSlug(entry.data);
    const links = itemLinks(archive, entry);
    let page = pages.get(slug);
    if (!page) {
      page = { councils: [], councilPath: links.councilPath, year: entry.data.meetingDate?.slice(0, 4), items: [] };
      pages.set(slug, page);
    }
    const council = entry.data.council ?? "Council not known";
    if (!page.councils.includes(council)) page.councils.push(council);
    page.items.push(links);
  }
  return [...pages].map(([slug, props]) => ({ params: { slug }, props, cacheKey: sharedItemPageCacheKey(props) }));
}

/** The item route's pages in this build's layout. */
export function itemRoutePaths() {
  return siteLayout.itemPages === "own" ? itemPagePaths() : sharedItemPagePaths();
}
