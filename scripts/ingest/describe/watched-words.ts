/**
 * The words phrases can start with (phrase-start.ts), each with a number, in a
 * table a text's runs of letters and digits are looked up in as they are
 * hashed, so a text's other words never become strings (text-tokens.ts).
 */

const ids = new Map<string, number>();
const wordTexts: string[] = [];
/**
 * Open addressing with linear probing, three slots per entry: hash, id + 1 (0 =
 * empty) and length, so an unwatched word is usually ruled out by one read.
 * Kept under a quarter full; rebuilt when words are added.
 * A run with a watched word's hash and length is taken to be that word without
 * comparing letters, unless two watched words share both (their length is then
 * stored negated). An unwatched run taken for a watched word costs only a regex
 * tried in vain: no phrase can match there, since every phrase starts with a
 * watched word, and watched words are never confused with each other.
 */
let table = new Int32Array(3 * 64);
let capacity = 64;
let generation = 0;

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** For each UTF-16 code unit: its lower-case form when it is an ASCII letter or digit, else 0. */
export const WORD_CHAR = new Uint8Array(65536);
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
  let length = word.length;
  let slot = hash & (capacity - 1);
  // Words with the same hash share a home slot, so any such word is in the run of slots passed here.
  for (; table[3 * slot + 1] !== 0; slot = (slot + 1) & (capacity - 1)) {
    if (table[3 * slot] === hash && Math.abs(table[3 * slot + 2] as number) === word.length) {
      table[3 * slot + 2] = -word.length;
      length = -word.length;
    }
  }
  table[3 * slot] = hash;
  table[3 * slot + 1] = id + 1;
  table[3 * slot + 2] = length;
}

/** Changes whenever words are added: tokens read before then may miss some. */
export function watchGeneration(): number {
  return generation;
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

/** The length of the watched word with this id. */
export function wordLength(id: number): number {
  return (wordTexts[id] as string).length;
}

/** The id of the watched word text[start..end), compared case-insensitively, or -1. */
export function lookUp(text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  for (let slot = hash & (capacity - 1); ; slot = (slot + 1) & (capacity - 1)) {
    const entry = table[3 * slot + 1] as number;
    if (entry === 0) return -1;
    if (table[3 * slot] !== hash) continue;
    const stored = table[3 * slot + 2] as number;
    if (stored === length) return entry - 1;
    if (stored !== -length) continue;
    const word = wordTexts[entry - 1] as string;
    let index = 0;
    while (index < length && word.charCodeAt(index) === WORD_CHAR[text.charCodeAt(start + index)]) index++;
    if (index === length) return entry - 1;
  }
}

/** The id of the first run at or after `from` (-1 when there is none or it is not watched). */
export function runIdAt(text: string, from: number): number {
  let index = from;
  while (index < text.length && WORD_CHAR[text.charCodeAt(index)] === 0) index++;
  if (index === text.length) return -1;
  const start = index;
  let hash = FNV_OFFSET;
  for (; index < text.length; index++) {
    const char = WORD_CHAR[text.charCodeAt(index)] as number;
    if (char === 0) break;
    hash = Math.imul(hash ^ char, FNV_PRIME);
  }
  return lookUp(text, start, index, hash);
}
