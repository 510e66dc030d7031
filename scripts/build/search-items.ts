/**
 * Reads what the search index needs from the ingest's output (<contentDir>/*.md)
 * with the site's own reader (src/content/read-minutes.ts: one schema, the same
 * defaults and errors as the pages): every item's frontmatter once, to plan the
 * shards, then, shard by shard, each item's Markdown body for its record.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { markdownBody } from "../../src/content/minutes-body.ts";
import { readMinutesEntries } from "../../src/content/read-minutes.ts";
import type { RecordItem } from "./search-records.ts";
import type { ShardItem } from "./search-shards.ts";

export interface SearchItem extends ShardItem {
  item: RecordItem;
  /** The item's Markdown file. */
  file: string;
}

export function readSearchItems(contentDir: string): SearchItem[] {
  return readMinutesEntries(contentDir).map(({ id, data }) => ({
    slug: data.slug,
    meetingDate: data.meetingDate,
    item: data,
    file: path.join(contentDir, `${id}.md`),
  }));
}

/** The minutes of one item, as Markdown. */
export async function readItemBody(file: string): Promise<string> {
  return markdownBody(await readFile(file, "utf8"));
}
