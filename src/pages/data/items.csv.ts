/** /data/items.csv: the same metadata as items.json, one row per item, for spreadsheets. */
import type { APIRoute } from "astro";
import { getArchive } from "../../site/archive.ts";
import { absoluteUrl } from "../../site/base-path.ts";
import { csvColumns, itemToCsvRow } from "../../site/item-to-record.ts";
import { itemPath } from "../../site/routes.ts";
import { rowsToCsv } from "../../site/rows-to-csv.ts";

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const rows = archive.items.map(({ data }) => itemToCsvRow(data, absoluteUrl(itemPath(data.slug), site)));
  return new Response(rowsToCsv(csvColumns, rows), { headers: { "content-type": "text/csv; charset=utf-8" } });
};
