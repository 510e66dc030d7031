/**
 * Loads the ingest's output (content/minutes/*.md) into the "minutes" collection.
 * Bodies are rendered here with marked instead of Astro's Markdown processor, and
 * an unchanged file (same digest) keeps its stored render, so rebuilds re-render
 * only what changed.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import type { Loader } from "astro/loaders";
import { minutesMarkdownToHtml } from "./render-minutes-html.ts";

export function minutesLoader(directory: string): Loader {
  return {
    name: "minutes-loader",
    async load(context) {
      const { store, config } = context;
      const root = new URL(".", config.root).pathname;
      const folder = path.resolve(root, directory);
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
        const { data, content } = matter(raw, {});
        const parsed = await context.parseData({ id, data, filePath });
        store.set({ id, data: parsed, body: content, digest, filePath: path.relative(root, filePath), rendered: { html: minutesMarkdownToHtml(content) } });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
