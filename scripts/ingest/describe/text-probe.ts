/**
 * A prefilter for the phrase regexes: running ~1,000 whole-word Unicode regexes
 * over every item cost ~2 ms an item (issue 5), though almost none can match.
 * Each phrase gets an anchor, a piece of plain ASCII text every match must
 * contain (case aside); a text whose words lack the anchor skips that regex.
 * Only skipping is decided here, never a match, so results are unchanged.
 */

export type Anchor =
  /** A word of the phrase, found in the text as a whole token (or with a plural "s" when `plural`). */
  | { token: string; plural: boolean }
  /** A letter run from inside a hyphenated or apostrophised word, found anywhere in the text. */
  | { substring: string };

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/**
 * Why a plain word is a safe token anchor: phrase-pattern.ts puts a non-letter
 * boundary or `,?\s+` around each whitespace-separated word, and letters match
 * only their own case pair, so a match leaves the word's letters as one token
 * of the lower-cased text split at every non-[a-z0-9] character. Only the last
 * word can be followed by a plural "s" (apostrophes split tokens anyway).
 */
export function phraseAnchor(phrase: string, plural: boolean): Anchor | undefined {
  const words = phrase.trim().split(/\s+/);
  let best: Anchor | undefined;
  let bestLength = 0;
  words.forEach((word, position) => {
    if (PLAIN_WORD.test(word) && word.length > bestLength) {
      best = { token: word.toLowerCase(), plural: plural && position === words.length - 1 };
      bestLength = word.length;
    }
  });
  if (best !== undefined) return best;
  for (const run of phrase.match(/[A-Za-z0-9]{3,}/g) ?? []) {
    if (run.length > bestLength) {
      best = { substring: run.toLowerCase() };
      bestLength = run.length;
    }
  }
  return best;
}

export interface TextProbe {
  mayContain(anchor: Anchor): boolean;
}

// Under the /iu flags "ſ" (U+017F) matches "s" and the Kelvin sign (U+212A) "k",
// yet neither lower-cases to ASCII: texts holding them are not prefiltered.
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

let lastText: string | undefined;
let lastProbe: TextProbe | undefined;

function buildProbe(text: string): TextProbe | undefined {
  if (FOLDS_TO_ASCII.test(text)) return undefined;
  const lowered = text.toLowerCase();
  const tokens = new Set(lowered.split(/[^a-z0-9]+/));
  return {
    mayContain: (anchor) =>
      "token" in anchor
        ? tokens.has(anchor.token) || (anchor.plural && tokens.has(`${anchor.token}s`))
        : lowered.includes(anchor.substring),
  };
}

/** The probe for `text`; the last one is kept, as council and topic finders ask for the same text twice. */
export function probeText(text: string): TextProbe | undefined {
  if (text !== lastText) {
    lastText = text;
    lastProbe = buildProbe(text);
  }
  return lastProbe;
}
