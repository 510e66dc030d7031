/**
 * Slugs: readable (from the title) and stable (a short hash of the source file
 * name and the item's place in it), so a page keeps its address when other
 * files are added or removed, or when a manifest changes the council.
 */
import { createHash } from "node:crypto";

const MAX_TITLE_CHARS = 60;

export function slugifyTitle(title: string): string {
  const plain = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/gu, " and ")
    .replace(/['’‘`]/gu, "")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  if (plain.length <= MAX_TITLE_CHARS) return plain || "item";
  const cut = plain.slice(0, MAX_TITLE_CHARS + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : MAX_TITLE_CHARS).replace(/-+$/u, "");
}

export function sourceHash(sourceFile: string, part: number): string {
  const key = part > 1 ? `${sourceFile}#${part}` : sourceFile;
  return createHash("sha256").update(key).digest("hex").slice(0, 6);
}

export function itemSlug(title: string, sourceFile: string, part: number): string {
  return `${slugifyTitle(title)}-${sourceHash(sourceFile, part)}`;
}
