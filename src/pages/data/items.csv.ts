/** /data/items.csv: the same metadata as items.json, one row per item, for spreadsheets. */
import type { APIRoute } from "astro";
import { getArchive } from "../../site/archive.ts";
import { absoluteUrl } from "../../site/base-path.ts";
import { csvColumns, itemToCsvRow } from "../../site/item-to-record.ts";
import { itemPath } from "../../site/routes.ts";
import { csvChunks } from "../../site/rows-to-csv.ts";
import { chunksToResponse } from "../../site/text-chunks.ts";

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const rows = csvChunks(csvColumns, archive.items, ({ data }) =>
    itemToCsvRow(data, absoluteUrl(itemPath(data), site)),
  );
  return chunksToResponse(rows, "text/csv; charset=utf-8");
};
