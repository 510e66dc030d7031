/**
 * The last guard before publishing: every indexed item must have its built
 * page. A build that runs but leaves pages out (Astro losing its content store,
 * say) would otherwise publish search results that lead nowhere.
 */
import { access } from "node:fs/promises";
import path from "node:path";

/** Slugs whose /items/<slug>/index.html is missing from the built site, in the order given. */
export async function missingItemPages(siteDir: string, slugs: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const slug of slugs) {
    await access(path.join(siteDir, "items", slug, "index.html")).catch(() => missing.push(slug));
  }
  return missing;
}
