/**
 * Whether an acronym plausibly abbreviates a run of words: every main word must
 * give its first letter, in order; small words ("and", "of", "for", "in") may give
 * theirs or be skipped ("DfE" = Department for Education, "CiC" = Children in
 * Care, "ART" = Assessment and Resource Team). A word may also give up to two
 * later letters of its own ("SENCo", "PhD"), never a letter out of order.
 */

const MINOR_WORDS = new Set(["and", "&", "of", "for", "the", "in", "to", "with", "on", "at", "by", "or", "a", "an"]);

export function isMinorWord(word: string): boolean {
  return MINOR_WORDS.has(word.toLowerCase());
}

/** Letters of an acronym, lower case, with a plural "s" dropped ("EHCPs" → "ehcp"). */
export function acronymLetters(short: string): string {
  const singular = /^\p{Lu}{2,}s$/u.test(short) ? short.slice(0, -1) : short;
  return singular.replace(/[^\p{L}]/gu, "").toLowerCase();
}

/** Splits "Multi-Agency Safeguarding Hub," into ["multi", "agency", "safeguarding", "hub"]. */
export function initialWords(text: string): string[] {
  return text
    .split(/[\s\-‐–/]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}&]/gu, "").toLowerCase())
    .filter((word) => word !== "");
}

/** True when `letters` can be spelt from `words` by the rule above, using every main word. */
export function matchesInitials(letters: string, words: readonly string[]): boolean {
  const memo = new Map<string, boolean>();
  const go = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const key = `${w}:${l}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[w] ?? "";
    let ok = isMinorWord(word) && go(w + 1, l);
    if (!ok && word.startsWith(letters[l] ?? "\u0000")) {
      // Take the initial, then optionally one or two later letters of the same word.
      ok = go(w + 1, l + 1);
      let from = 1;
      for (let extra = 1; !ok && extra <= 2 && l + extra < letters.length; extra++) {
        const at = word.indexOf(letters[l + extra] ?? "", from);
        if (at === -1) break;
        from = at + 1;
        ok = go(w + 1, l + extra + 1);
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}
