/**
 * Reads what the search index needs from the ingest's output: each item's slug
 * and meeting date, from the frontmatter of <contentDir>/*.md. The full schema
 * was already enforced by the ingest and the Astro build that ran before this.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import type { ShardItem } from "./search-shards.ts";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** gray-matter (js-yaml) turns unquoted dates into Date objects; accept both forms. */
function dateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === "string" && isoDate.test(value) ? value : undefined;
}

export async function readSearchItems(contentDir: string): Promise<ShardItem[]> {
  const names = (await readdir(contentDir)).filter((name) => name.endsWith(".md")).sort();
  const items: ShardItem[] = [];
  for (const name of names) {
    const { data } = matter(await readFile(path.join(contentDir, name), "utf8"));
    const slug = typeof data["slug"] === "string" ? data["slug"] : name.slice(0, -".md".length);
    items.push({ slug, meetingDate: dateText(data["meetingDate"]) });
  }
  return items;
}
