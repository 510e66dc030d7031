/**
 * Word multisets, for the "every word reaches its page" checks. A word is a
 * run of letters or digits; punctuation and spacing may change between the raw
 * text and the page (list padding, escapes), words may not.
 */
export function wordsOf(text: string): string[] {
  return (text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.toLowerCase());
}

/** Counts of each word; two texts with equal bags lost and invented nothing. */
export function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of wordsOf(text)) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** Words in `expected` missing from `actual` (with multiplicity), for readable failures. */
export function missingWords(expected: string, actual: string): string[] {
  const have = wordBag(actual);
  const missing: string[] = [];
  for (const word of wordsOf(expected)) {
    const count = have.get(word) ?? 0;
    if (count === 0) missing.push(word);
    else have.set(word, count - 1);
  }
  return missing;
}
