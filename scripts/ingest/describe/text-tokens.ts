/**
 * Where each word of a text starts, so findPhraseHits can try a phrase only
 * where the phrase could begin (see phrase-start.ts for why that is safe).
 * A word is a maximal run of ASCII letters and digits, lower-cased.
 */

/** Lower-cased word → offsets (in the original text) where it starts, ascending. */
export type TextTokens = Map<string, number[]>;

// Under /iu "ſ" (U+017F) matches "s" and the Kelvin sign (U+212A) "k", so a
// phrase could match across what look like word breaks here: such texts get no
// tokens and every regex scans them whole, as before.
const FOLDS_TO_ASCII = /[\u017F\u212A]/;
const WORD = /[a-z0-9]+/g;
const MIXED_CASE_WORD = /[A-Za-z0-9]+/g;

function add(tokens: TextTokens, word: string, offset: number): void {
  const offsets = tokens.get(word);
  if (offsets === undefined) tokens.set(word, [offset]);
  else offsets.push(offset);
}

function tokenize(text: string): TextTokens | undefined {
  if (FOLDS_TO_ASCII.test(text)) return undefined;
  const tokens: TextTokens = new Map();
  const lowered = text.toLowerCase();
  // No character lower-cases to fewer code units, and only "İ" (U+0130, to
  // "i̇") and the Kelvin sign to ASCII; so with equal lengths the offsets and
  // the ASCII runs of `lowered` are those of `text`.
  if (lowered.length === text.length) {
    for (const m of lowered.matchAll(WORD)) add(tokens, m[0], m.index);
  } else {
    for (const m of text.matchAll(MIXED_CASE_WORD)) add(tokens, m[0].toLowerCase(), m.index);
  }
  return tokens;
}

// The describe step looks at three texts an item (whole, title, body), the
// whole one three times: keep the last few.
const recent: { text: string; tokens: TextTokens | undefined }[] = [];
const KEEP = 4;

/** The words of `text`, or undefined when it must be scanned whole. */
export function textTokens(text: string): TextTokens | undefined {
  const known = recent.find((entry) => entry.text === text);
  if (known !== undefined) return known.tokens;
  const tokens = tokenize(text);
  recent.unshift({ text, tokens });
  if (recent.length > KEEP) recent.pop();
  return tokens;
}
