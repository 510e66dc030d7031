/** /data/items.json: every item's metadata, newest first, for researchers and journalists. */
import type { APIRoute } from "astro";
import { getArchive } from "../../site/archive.ts";
import { absoluteUrl } from "../../site/base-path.ts";
import { itemToJsonRecord } from "../../site/item-to-record.ts";
import { itemPath } from "../../site/routes.ts";
import { chunksToResponse, jsonArrayChunks } from "../../site/text-chunks.ts";

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const records = jsonArrayChunks(archive.items, ({ data }) =>
    itemToJsonRecord(data, absoluteUrl(itemPath(data), site)),
  );
  return chunksToResponse(records, "application/json; charset=utf-8");
};
