/** /topics/<id>/feed.xml: the latest 50 items on one topic. */
import type { APIRoute, GetStaticPaths } from "astro";
import { groupFeedPaths, type GroupFeedProps } from "../../../site/group-feed-paths.ts";
import { itemsToFeed } from "../../../site/items-to-feed.ts";
import { siteName } from "../../../site/site-info.ts";

export const getStaticPaths = (() => groupFeedPaths("topics")) satisfies GetStaticPaths;

export const GET: APIRoute<GroupFeedProps> = ({ props, site }) =>
  itemsToFeed({
    title: `${props.group.label}: ${siteName}`,
    description: `New council scrutiny minutes about ${props.group.label.toLowerCase()}.`,
    items: props.group.items,
    site,
  });
