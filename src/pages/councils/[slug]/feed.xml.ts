/** /councils/<slug>/feed.xml: one council's latest 50 items. */
import type { APIRoute, GetStaticPaths } from "astro";
import { groupFeedPaths, type GroupFeedProps } from "../../../site/group-feed-paths.ts";
import { itemsToFeed } from "../../../site/items-to-feed.ts";
import { siteName } from "../../../site/site-info.ts";

export const getStaticPaths = (() => groupFeedPaths("councils")) satisfies GetStaticPaths;

export const GET: APIRoute<GroupFeedProps> = ({ props, site }) =>
  itemsToFeed({
    title: `${props.group.label}: ${siteName}`,
    description: `New scrutiny minutes on children's social care from ${props.group.label}.`,
    items: props.group.items,
    site,
  });
