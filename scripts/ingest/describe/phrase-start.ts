/**
 * The words a phrase's match can start with, so findPhraseHits runs a phrase's
 * regex only where the text has one of them (issue 5: scanning whole texts with
 * ~1,100 regexes was most of the describe step).
 *
 * A "word" here is a maximal run of ASCII letters and digits, lower-cased: the
 * same tokens text-tokens.ts cuts from a text. Why every match starts at such a
 * token, and which tokens are possible, follows from phrase-pattern.ts:
 * - the pattern opens with a lookbehind that refuses a letter or digit, so a
 *   match never starts inside a run;
 * - an ASCII letter or digit of the phrase matches only its own case pair
 *   (ſ and the Kelvin sign aside, which text-tokens.ts refuses to tokenise);
 * - a hyphen matches one of [-‐–\s], which ends the run, or nothing, which
 *   joins the parts ("multi-agency": "multi" or "multiagency");
 * - any other character (apostrophe, comma, space between words, "&", "ô")
 *   matches only characters outside [A-Za-z0-9], which ends the run;
 * - after the last word, an optional plural may add one "s" to the run, and
 *   the lookahead refuses a following letter or digit.
 */

import type { PhraseOptions } from "./phrase-pattern.ts";

const ASCII_ALNUM = /^[A-Za-z0-9]$/;
// Characters that case-fold to ASCII under /iu; found by testing every code point.
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/** The possible first tokens of a match of one spelling (phrase or its capitals). */
function tokensOf(spelling: string, plural: boolean, into: Set<string>): boolean {
  const words = spelling.trim().split(/\s+/);
  const first = words[0] ?? "";
  if (!ASCII_ALNUM.test(first.charAt(0))) return false;
  let run = "";
  for (const char of first) {
    if (ASCII_ALNUM.test(char)) {
      run += char.toLowerCase();
    } else if (char === "-") {
      into.add(run); // the hyphen matched a character: the run ends here
    } else {
      into.add(run);
      return true;
    }
  }
  into.add(run);
  if (plural && words.length === 1) into.add(`${run}s`);
  return true;
}

/**
 * Lower-cased tokens, one of which every match of the phrase's regex starts
 * with; undefined when that cannot be promised, and the regex scans the text.
 */
export function phraseStartTokens(phrase: string, options: PhraseOptions = {}): string[] | undefined {
  if (FOLDS_TO_ASCII.test(phrase)) return undefined;
  const plural = options.plural === true;
  const tokens = new Set<string>();
  const spellings = options.caseSensitive === true ? [phrase, phrase.toUpperCase()] : [phrase];
  for (const spelling of spellings) {
    if (FOLDS_TO_ASCII.test(spelling) || !tokensOf(spelling, plural, tokens)) return undefined;
  }
  return [...tokens];
}
