/**
 * URL slugs for names and titles (councils, committees, and the ingest's item
 * slugs). Welsh names carry diacritics ("Ynys Môn"), so letters are folded to
 * ASCII rather than dropped; apostrophes vanish so "Children's" reads "childrens".
 */
export function nameToSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "child-protection" → "Child protection": the fallback label for a topic id. */
export function idToLabel(id: string): string {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
