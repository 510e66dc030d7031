/**
 * Where the words that phrases start with occur in a text, so a phrase is
 * tried only where it could begin (see phrase-start.ts for why that is safe).
 * A word is a maximal run of ASCII letters and digits, lower-cased. Only
 * watched words are recorded, each as a number: a text's other words are
 * hashed on the fly and never become strings (issue 5: tokenising was a
 * quarter of the describe step).
 */

/** The watched words of one text, in text order. */
export interface TextTokens {
  /** Start offset of each occurrence in the original text. */
  offsets: number[];
  /** Its word, as an id from wordId(). */
  words: number[];
  /** The id of the text's next word after it, -1 when that word is not watched or there is none. */
  next: number[];
}

const ids = new Map<string, number>();
const wordTexts: string[] = [];
/**
 * Open addressing with linear probing, three slots per entry: hash, id + 1 (0 =
 * empty) and length, so an unwatched word is usually ruled out by one read.
 * Kept under a quarter full; rebuilt when words are added.
 */
let table = new Int32Array(3 * 64);
let capacity = 64;
let generation = 0;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** For each UTF-16 code unit: its lower-case form when it is an ASCII letter or digit, else 0. */
const WORD_CHAR = new Uint8Array(65536);
for (let code = 48; code <= 122; code++) {
  if (code <= 57 || code >= 97) WORD_CHAR[code] = code;
  else if (code >= 65 && code <= 90) WORD_CHAR[code] = code + 32;
}

function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), FNV_PRIME);
  return hash;
}

function place(id: number): void {
  const word = wordTexts[id] as string;
  const hash = hashOf(word);
  let slot = hash & (capacity - 1);
  while (table[3 * slot + 1] !== 0) slot = (slot + 1) & (capacity - 1);
  table[3 * slot] = hash;
  table[3 * slot + 1] = id + 1;
  table[3 * slot + 2] = word.length;
}

/** Record the words of `words` (lower-case ASCII letters and digits) in the texts tokenised from now on. */
export function watchWords(words: readonly string[]): void {
  for (const word of words) {
    if (ids.has(word)) continue;
    ids.set(word, wordTexts.length);
    wordTexts.push(word);
    generation++;
    if (wordTexts.length * 4 > capacity) {
      while (wordTexts.length * 4 > capacity) capacity *= 2;
      table = new Int32Array(3 * capacity);
      for (let known = 0; known < wordTexts.length; known++) place(known);
    } else place(wordTexts.length - 1);
  }
}

/** The id of a watched word, or -1. */
export function wordId(word: string): number {
  return ids.get(word) ?? -1;
}

/** The id of the watched word text[start..end), compared case-insensitively, or -1. */
function lookUp(text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  for (let slot = hash & (capacity - 1); ; slot = (slot + 1) & (capacity - 1)) {
    const entry = table[3 * slot + 1] as number;
    if (entry === 0) return -1;
    if (table[3 * slot] !== hash || table[3 * slot + 2] !== length) continue;
    const word = wordTexts[entry - 1] as string;
    let index = 0;
    while (index < length && word.charCodeAt(index) === WORD_CHAR[text.charCodeAt(start + index)]) index++;
    if (index === length) return entry - 1;
  }
}

/**
 * Under /iu "ſ" (U+017F) matches "s" and the Kelvin sign (U+212A) "k", so a
 * phrase could match across what look like word breaks here: such texts get no
 * tokens and every regex scans them whole. No other character lower-cases or
 * folds to ASCII ("İ" lower-cases to "i" plus a combining dot, and the dot ends
 * the run), so ASCII runs read from the original text are the words.
 */
function tokenize(text: string): TextTokens | undefined {
  const tokens: TextTokens = { offsets: [], words: [], next: [] };
  let previous = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let char = WORD_CHAR[code] as number;
    if (char === 0) {
      if (code === 0x17f || code === 0x212a) return undefined;
      continue;
    }
    const start = index;
    let hash = FNV_OFFSET;
    do {
      hash = Math.imul(hash ^ char, FNV_PRIME);
      char = index + 1 < text.length ? (WORD_CHAR[text.charCodeAt(index + 1)] as number) : 0;
      if (char !== 0) index++;
    } while (char !== 0);
    const id = lookUp(text, start, index + 1, hash);
    if (previous >= 0) tokens.next[previous] = id;
    if (id < 0) {
      previous = -1;
      continue;
    }
    previous = tokens.words.length;
    tokens.offsets.push(start);
    tokens.words.push(id);
    tokens.next.push(-1);
  }
  return tokens;
}

// The describe step looks at three texts an item (whole, title, body), the
// whole one three times: keep the last few.
const recent: { text: string; generation: number; tokens: TextTokens | undefined }[] = [];
const KEEP = 4;

/** The watched words of `text`, or undefined when it must be scanned whole. */
export function textTokens(text: string): TextTokens | undefined {
  const known = recent.find((entry) => entry.text === text && entry.generation === generation);
  if (known !== undefined) return known.tokens;
  const tokens = tokenize(text);
  recent.unshift({ text, generation, tokens });
  if (recent.length > KEEP) recent.pop();
  return tokens;
}
