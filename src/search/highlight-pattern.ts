/**
 * The pattern for highlighting searched words. Pagefind matches word prefixes
 * ("foster" finds "fostering"), so a term marks every word starting with it.
 */
import { escapeRegExp } from "../site/escape-reg-exp.ts";

export function highlightPattern(terms: readonly string[]): RegExp | undefined {
  const words = [
    ...new Set(
      terms
        .flatMap((term) => term.replace(/["“”]/g, " ").split(/\s+/))
        .map((word) => word.replace(/[^\p{L}\p{N}_]/gu, "").toLocaleLowerCase("en"))
        .filter((word) => word.length > 0),
    ),
  ].sort((a, b) => b.length - a.length);
  if (words.length === 0) return undefined;
  const escaped = words.map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join("|")})[\\p{L}\\p{N}_]*`, "giu");
}
