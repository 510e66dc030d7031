/** /topics/<id>/feed.xml: the latest 50 items on one topic. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getArchive, type Group } from "../../../site/archive.ts";
import { itemsToFeed } from "../../../site/items-to-feed.ts";
import { siteName } from "../../../site/site-info.ts";

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.groups.topics
    .filter((group) => group.known)
    .map((group) => ({ params: { slug: group.slug }, props: { group } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: Group }> = ({ props, site }) =>
  itemsToFeed({
    title: `${props.group.label}: ${siteName}`,
    description: `New council scrutiny minutes about ${props.group.label.toLowerCase()}.`,
    items: props.group.items,
    site,
  });
