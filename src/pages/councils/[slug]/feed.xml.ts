/** /councils/<slug>/feed.xml: one council's latest 50 items. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getArchive, type Group } from "../../../site/archive.ts";
import { itemsToFeed } from "../../../site/items-to-feed.ts";
import { siteName } from "../../../site/site-info.ts";

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.groups.councils
    .filter((group) => group.known)
    .map((group) => ({ params: { slug: group.slug }, props: { group } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: Group }> = ({ props, site }) =>
  itemsToFeed({
    title: `${props.group.label}: ${siteName}`,
    description: `New scrutiny minutes on children's social care from ${props.group.label}.`,
    items: props.group.items,
    site,
  });
