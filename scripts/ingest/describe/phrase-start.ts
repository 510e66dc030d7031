/**
 * The words a phrase's match can start with, so findPhraseHits runs a phrase's
 * regex only where the text has one of them (issue 5: scanning whole texts with
 * ~1,100 regexes was most of the describe step).
 *
 * A "word" here is a maximal run of ASCII letters and digits, lower-cased: the
 * same tokens text-tokens.ts cuts from a text. Why every match starts at such a
 * token, and which tokens are possible, follows from phrase-source.ts:
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
 * When the first word is all ASCII letters and digits, it is followed by
 * `,?\s+` and the second word, so the text's next run is one of the second
 * word's possible first runs: "the" is tried only before "Highland".
 */

import type { PhraseOptions } from "./phrase-source.ts";

export interface PhraseStart {
  /** Runs a match can start with. */
  first: string[];
  /** When known, the runs the text's next run must be one of. */
  second?: string[];
}

const ASCII_ALNUM = /^[A-Za-z0-9]$/;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
// Characters that case-fold to ASCII under /iu; found by testing every code point.
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/** The possible first runs of a match of one word; false when it may not start with one. */
function runsOf(word: string, plural: boolean, into: Set<string>): boolean {
  if (!ASCII_ALNUM.test(word.charAt(0))) return false;
  let run = "";
  for (const char of word) {
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
  if (plural) into.add(`${run}s`);
  return true;
}

/**
 * What every match of the phrase's regex starts with; undefined when that
 * cannot be promised, and the regex scans the whole text.
 */
export function phraseStart(phrase: string, options: PhraseOptions = {}): PhraseStart | undefined {
  const plural = options.plural === true;
  const spellings = options.caseSensitive === true ? [phrase, phrase.toUpperCase()] : [phrase];
  const first = new Set<string>();
  let second: Set<string> | undefined = new Set<string>();
  for (const spelling of spellings) {
    if (FOLDS_TO_ASCII.test(spelling)) return undefined;
    const words = spelling.trim().split(/\s+/);
    if (!runsOf(words[0] ?? "", plural && words.length === 1, first)) return undefined;
    const next = words[1];
    const known = next !== undefined && PLAIN_WORD.test(words[0] ?? "");
    if (!known || second === undefined || !runsOf(next, plural && words.length === 2, second)) second = undefined;
  }
  return second === undefined ? { first: [...first] } : { first: [...first], second: [...second] };
}
