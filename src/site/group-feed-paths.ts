/** getStaticPaths for the council and topic feeds (/councils/<slug>/feed.xml), with their cache keys. */
import { getArchive, type Group } from "./archive.ts";
import { cacheKeyOf, itemsKeyPart } from "./cache-key.ts";
import { feedItems } from "./items-to-feed.ts";

export interface GroupFeedProps {
  group: Group;
}

export async function groupFeedPaths(dimension: "councils" | "topics") {
  const archive = await getArchive();
  return archive.groups[dimension]
    .filter((group) => group.known)
    .map((group) => ({
      params: { slug: group.slug },
      props: { group } satisfies GroupFeedProps,
      cacheKey: cacheKeyOf([group.label, group.slug, itemsKeyPart(feedItems(group.items))]),
    }));
}
