/**
 * Loads the ingest's output (content/minutes/*.md) into the "minutes" collection.
 * Only the frontmatter goes into Astro's data store: bodies are read and rendered
 * when their page is built (minutes-body.ts), so the store, which Astro keeps in
 * memory and writes out whole, stays small at 100,000 items. An unchanged file
 * (same digest) is not parsed again.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import type { Loader } from "astro/loaders";

export function minutesLoader(folder: string): Loader {
  return {
    name: "minutes-loader",
    async load(context) {
      const { store } = context;
      const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith(".md")).sort();
      const seen = new Set<string>();
      for (const name of names) {
        const filePath = path.join(folder, name);
        const raw = await readFile(filePath, "utf8");
        const id = name.slice(0, -".md".length);
        seen.add(id);
        const digest = context.generateDigest(raw);
        if (store.get(id)?.digest === digest) continue;
        // Options disable gray-matter's cache, which would otherwise keep every file's text for the whole build.
        const { data } = matter(raw, {});
        const parsed = await context.parseData({ id, data, filePath });
        store.set({ id, data: parsed, digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
