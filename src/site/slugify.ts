/**
 * URL slugs for council and committee names. Welsh names carry diacritics
 * ("Ynys Môn"), so letters are folded to ASCII rather than dropped.
 */
export function nameToSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "child-protection" → "Child protection": the fallback label for a topic id. */
export function idToLabel(id: string): string {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
