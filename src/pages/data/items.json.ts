/** /data/items.json: every item's metadata, newest first, for researchers and journalists. */
import type { APIRoute } from "astro";
import { getArchive } from "../../site/archive.ts";
import { absoluteUrl } from "../../site/base-path.ts";
import { itemToJsonRecord } from "../../site/item-to-record.ts";
import { itemPath } from "../../site/routes.ts";

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const records = archive.items.map(({ data }) => itemToJsonRecord(data, absoluteUrl(itemPath(data.slug), site)));
  return new Response(JSON.stringify(records, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
