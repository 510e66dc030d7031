/**
 * Reads what the search index needs from the ingest's output (<contentDir>/*.md):
 * first each item's slug and meeting date, to plan the shards, then, shard by
 * shard, the item's frontmatter and Markdown for its record. The full schema
 * was already enforced by the ingest.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { minutesItemSchema } from "../../src/schema/minutes-item.ts";
import type { RecordItem } from "./search-records.ts";
import type { ShardItem } from "./search-shards.ts";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** gray-matter (js-yaml) turns unquoted dates into Date objects; accept both forms. */
function dateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === "string" && isoDate.test(value) ? value : undefined;
}

export interface ItemSource {
  item: RecordItem;
  /** The minutes, as Markdown. */
  body: string;
}

/**
 * One item file, through the collection's schema so that defaults apply as on
 * the pages. Options are passed to gray-matter so that it does not cache every
 * file it parses.
 */
export async function readItemSource(file: string): Promise<ItemSource> {
  const { data, content } = matter(await readFile(file, "utf8"), {});
  const parsed = minutesItemSchema.safeParse({ ...data, meetingDate: dateText(data["meetingDate"]) });
  if (!parsed.success) throw new Error(`${file}: not a valid item: ${parsed.error.message}`);
  return { item: parsed.data, body: content };
}

export interface SearchItem extends ShardItem {
  /** The item's Markdown file. */
  file: string;
}

export async function readSearchItems(contentDir: string): Promise<SearchItem[]> {
  const names = (await readdir(contentDir)).filter((name) => name.endsWith(".md")).sort();
  const items: SearchItem[] = [];
  for (const name of names) {
    const file = path.join(contentDir, name);
    const { item } = await readItemSource(file);
    items.push({ slug: item.slug, meetingDate: item.meetingDate, file });
  }
  return items;
}
