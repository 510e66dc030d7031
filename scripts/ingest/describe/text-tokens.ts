/**
 * Where the words that phrases start with occur in a text, so findPhraseHits
 * can try a phrase only where it could begin (see phrase-start.ts for why that
 * is safe). A word is a maximal run of ASCII letters and digits, lower-cased.
 */

/** Where one word occurs: start offsets in the original text, ascending, and the word after each. */
export interface Occurrences {
  offsets: number[];
  next: (string | undefined)[];
}

/** Lower-cased start word → its occurrences. */
export type TextTokens = Map<string, Occurrences>;

// Three quarters of a minute's words start no phrase; not recording them saves
// a third of the tokenising. A text's tokens are rebuilt when words are added.
const startWords = new Set<string>();
let generation = 0;

/** Record the words of `words` wherever they occur in the texts tokenised from now on. */
export function watchWords(words: readonly string[]): void {
  for (const word of words) {
    if (!startWords.has(word)) {
      startWords.add(word);
      generation++;
    }
  }
}

// Under /iu "ſ" (U+017F) matches "s" and the Kelvin sign (U+212A) "k", so a
// phrase could match across what look like word breaks here: such texts get no
// tokens and every regex scans them whole, as before.
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

function occurrencesOf(tokens: TextTokens, word: string): Occurrences {
  let occurrences = tokens.get(word);
  if (occurrences === undefined) {
    occurrences = { offsets: [], next: [] };
    tokens.set(word, occurrences);
  }
  return occurrences;
}

function tokenize(text: string): TextTokens | undefined {
  if (FOLDS_TO_ASCII.test(text)) return undefined;
  const tokens: TextTokens = new Map();
  const lowered = text.toLowerCase();
  // No character lower-cases to fewer code units, and only "İ" (U+0130, to
  // "i̇") and the Kelvin sign to ASCII; so with equal lengths the offsets and
  // the ASCII runs of `lowered` are those of `text`.
  const source = lowered.length === text.length ? lowered : text;
  let previous: Occurrences | undefined;
  for (let index = 0; index < source.length; index++) {
    if (!isAsciiAlnum(source.charCodeAt(index))) continue;
    const start = index;
    while (index + 1 < source.length && isAsciiAlnum(source.charCodeAt(index + 1))) index++;
    const word = source === lowered ? source.slice(start, index + 1) : source.slice(start, index + 1).toLowerCase();
    if (previous !== undefined) previous.next[previous.next.length - 1] = word;
    previous = startWords.has(word) ? occurrencesOf(tokens, word) : undefined;
    previous?.offsets.push(start);
    previous?.next.push(undefined);
  }
  return tokens;
}

// The describe step looks at three texts an item (whole, title, body), the
// whole one three times: keep the last few.
const recent: { text: string; generation: number; tokens: TextTokens | undefined }[] = [];
const KEEP = 4;

/** The start words of `text`, or undefined when it must be scanned whole. */
export function textTokens(text: string): TextTokens | undefined {
  const known = recent.find((entry) => entry.text === text && entry.generation === generation);
  if (known !== undefined) return known.tokens;
  const tokens = tokenize(text);
  recent.unshift({ text, generation, tokens });
  if (recent.length > KEEP) recent.pop();
  return tokens;
}
