/**
 * Acronyms and their expansions find each other: a query that contains one
 * form is also run with the other ("looked after children" ↔ "LAC"), and the
 * answers are merged by page. Expansion happens at query time so the index
 * stays the pages' own words and excerpts never show text the page lacks.
 */
import { escapeRegExp } from "../site/escape-reg-exp.ts";

export interface Synonym {
  /** The short form, e.g. "LAC". */
  short: string;
  /** The expansion, e.g. "looked after children". */
  expansion: string;
}

/** Each alternative costs a search per shard, and counts need every combination of them (see merge-hits.ts). */
export const maxAlternatives = 4;

/** Lower case, punctuation as space: the words Pagefind would see. */
export function normaliseQuery(query: string): string {
  return query
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{N}_\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * "CYP/15/24" → "CYP 15 24", "kent_cyp_01.txt" → "kent cyp 01 txt": Pagefind
 * deletes punctuation inside a query word, and a word the index lacks falls
 * back to its parts ("cyp1524" finds every page with "cyp"). The index holds
 * the parts of such words, so asking for every part (see strict-search.ts)
 * finds the item itself. Apostrophes and hyphens are left to Pagefind.
 */
export function separateIdentifierParts(query: string): string {
  return query.replace(/(?<=[\p{L}\p{N}])[/.:_](?=[\p{L}\p{N}])/gu, " ");
}

/** Replaces whole-word occurrences of `from` with `to`; undefined when `from` is absent. */
function swapPhrase(query: string, from: string, to: string): string | undefined {
  if (!from) return undefined;
  const pattern = new RegExp(`(^| )${escapeRegExp(from)}(?= |$)`, "g");
  if (!pattern.test(query)) return undefined;
  return query.replace(pattern, `$1${to}`);
}

/**
 * The query plus its synonym forms, original first. A quoted query is an exact
 * phrase search in Pagefind and is left alone; so is an empty one.
 */
export function expandQuery(query: string, synonyms: readonly Synonym[], limit = maxAlternatives): string[] {
  const trimmed = query.trim();
  if (!trimmed || /^".*"$/.test(trimmed)) return trimmed ? [trimmed] : [];
  const alternatives = [trimmed];
  const seen = new Set([normaliseQuery(trimmed)]);
  // Breadth-first, so a query with two acronyms gets each swapped alone before both together.
  for (let next = 0; next < alternatives.length && alternatives.length < limit; next += 1) {
    const current = normaliseQuery(alternatives[next] ?? "");
    for (const { short, expansion } of synonyms) {
      const pair = [normaliseQuery(short), normaliseQuery(expansion)] as const;
      for (const [from, to] of [pair, [pair[1], pair[0]] as const]) {
        const swapped = swapPhrase(current, from, to);
        if (swapped === undefined || seen.has(swapped) || alternatives.length >= limit) continue;
        seen.add(swapped);
        alternatives.push(swapped);
      }
    }
  }
  return alternatives;
}
