/**
 * Where the words that phrases start with occur in a text, so a phrase is
 * tried only where it could begin (see phrase-start.ts for why that is safe).
 * A word is a maximal run of ASCII letters and digits, lower-cased. Only
 * watched words are recorded, each as a number: a text's other words are
 * hashed on the fly and never become strings (issue 5: tokenising was a
 * quarter of the describe step).
 */
import { FNV_OFFSET, FNV_PRIME, lookUp, watchGeneration, WORD_CHAR } from "./watched-words.ts";

export { runIdAt, watchWords, wordId, wordLength } from "./watched-words.ts";

/** The watched words of one text, in text order. */
export interface TextTokens {
  /** Start offset of each occurrence in the original text. */
  offsets: number[];
  /** Its word, as an id from wordId(). */
  words: number[];
  /** The id of the text's next word after it, -1 when that word is not watched or there is none. */
  next: number[];
}

/**
 * Room for a text's words while they are found, reused from text to text, then
 * copied out at their exact count: growing three arrays word by word, or
 * allocating typed arrays per text, cost more than the copy (issue 5).
 */
export class TokenScratch {
  offsets = new Int32Array(1024);
  words = new Int32Array(1024);
  next = new Int32Array(1024);
  count = 0;

  push(offset: number, word: number, next: number): void {
    if (this.count === this.offsets.length) this.#grow();
    this.offsets[this.count] = offset;
    this.words[this.count] = word;
    this.next[this.count] = next;
    this.count++;
  }

  /** The words found since the last take. */
  take(): TextTokens {
    const tokens: TextTokens = {
      offsets: new Array<number>(this.count),
      words: new Array<number>(this.count),
      next: new Array<number>(this.count),
    };
    for (let index = 0; index < this.count; index++) {
      tokens.offsets[index] = this.offsets[index] as number;
      tokens.words[index] = this.words[index] as number;
      tokens.next[index] = this.next[index] as number;
    }
    this.count = 0;
    return tokens;
  }

  #grow(): void {
    const larger = (array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const copy = new Int32Array(2 * array.length);
      copy.set(array);
      return copy;
    };
    this.offsets = larger(this.offsets);
    this.words = larger(this.words);
    this.next = larger(this.next);
  }
}

const scratch = new TokenScratch();

/**
 * Under /iu "ſ" (U+017F) matches "s" and the Kelvin sign (U+212A) "k", so a
 * phrase could match across what look like word breaks here: such texts get no
 * tokens and every regex scans them whole. No other character lower-cases or
 * folds to ASCII ("İ" lower-cases to "i" plus a combining dot, and the dot ends
 * the run), so ASCII runs read from the original text are the words.
 */
function tokenize(text: string): TextTokens | undefined {
  scratch.count = 0;
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
    if (previous >= 0) scratch.next[previous] = id;
    if (id < 0) {
      previous = -1;
      continue;
    }
    previous = scratch.count;
    scratch.push(start, id, -1);
  }
  return scratch.take();
}

// The describe step looks at three texts an item (whole, title, body), the
// whole one three times: keep the last few. (item-texts.ts works out the
// title's and body's words from the whole's.)
const recent: { text: string; generation: number; tokens: TextTokens | undefined }[] = [];
const KEEP = 4;

/** Keeps `tokens` as the watched words of `text`, for the next few textTokens(text). */
export function rememberTokens(text: string, tokens: TextTokens | undefined): void {
  recent.unshift({ text, generation: watchGeneration(), tokens });
  if (recent.length > KEEP) recent.pop();
}

/** The watched words of `text`, or undefined when it must be scanned whole. */
export function textTokens(text: string): TextTokens | undefined {
  const generation = watchGeneration();
  const known = recent.find((entry) => entry.text === text && entry.generation === generation);
  if (known !== undefined) return known.tokens;
  const tokens = tokenize(text);
  rememberTokens(text, tokens);
  return tokens;
}
