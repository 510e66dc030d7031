/** /feed.xml: the latest 50 items across the archive. */
import type { APIRoute } from "astro";
import { getArchive } from "../site/archive.ts";
import { itemsToFeed } from "../site/items-to-feed.ts";
import { siteName, siteSummary } from "../site/site-info.ts";

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return itemsToFeed({ title: siteName, description: siteSummary, items: archive.items, site });
};
