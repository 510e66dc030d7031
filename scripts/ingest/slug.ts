/**
 * Slugs: readable (from the title) and stable (a short hash of the source file
 * name and the item's place in it), so a page keeps its address when other
 * files are added or removed, or when a manifest changes the council.
 */
import { createHash } from "node:crypto";
import { nameToSlug } from "../../src/site/slugify.ts";

const MAX_TITLE_CHARS = 60;
const SOURCE_HASH_DIGITS = 10;

export function slugifyTitle(title: string): string {
  const plain = nameToSlug(title);
  if (plain.length <= MAX_TITLE_CHARS) return plain || "item";
  const cut = plain.slice(0, MAX_TITLE_CHARS + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : MAX_TITLE_CHARS).replace(/-+$/u, "");
}

export function sourceHash(sourceFile: string, part: number): string {
  const key = part > 1 ? `${sourceFile}#${part}` : sourceFile;
  // 10 hex digits: councils repeat titles ("Declarations of interest") thousands of times, and
  // at 6 digits a 100,000-item archive already had three clashes.
  return createHash("sha256").update(key).digest("hex").slice(0, SOURCE_HASH_DIGITS);
}

export function itemSlug(title: string, sourceFile: string, part: number): string {
  return `${slugifyTitle(title)}-${sourceHash(sourceFile, part)}`;
}
