/**
 * Everything an item page shows besides its own file, worked out once per item
 * in getStaticPaths, and the cache key that lets an incremental build reuse the
 * page while none of it changes.
 */
import { getArchive, type Archive, type Item } from "./archive.ts";
import { cacheKeyOf, itemsKeyPart } from "./cache-key.ts";
import { relatedByTopic, sameCouncil } from "./related-items.ts";
import { groupPath } from "./routes.ts";

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

export function itemPageProps(archive: Archive, entry: Item): ItemPageProps {
  const councilGroup = archive.groupsOf.councils.get(entry.id)?.[0];
  const committeeGroup = archive.groupsOf.committees.get(entry.id)?.[0];
  const councilPath = groupPath("councils", councilGroup?.slug ?? "council-not-known");
  return {
    entry,
    councilPath,
    committeePath: groupPath("committees", committeeGroup?.slug ?? "committee-not-known"),
    topics: (archive.groupsOf.topics.get(entry.id) ?? [])
      .filter((group) => group.known)
      .map((group) => ({ label: group.label, path: groupPath("topics", group.slug) })),
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
