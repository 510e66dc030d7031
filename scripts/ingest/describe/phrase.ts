/**
 * One phrase of the data files, ready to be matched. Its whole-word regex is
 * before · body · after (phrase-source.ts). The lookbehind and the lookahead
 * with \p{L} took a tenth of a millisecond to build and a quarter to compile
 * per regex, for ~1,100 regexes in every worker; but they depend only on the
 * options, so they are compiled once for all phrases, and the body, the one part
 * that differs and a small regex without \p{L}, is compiled when a text first needs it.
 */
import { phraseStart, type PhraseStart } from "./phrase-start.ts";
import { phraseSource, type PhraseOptions, type PhraseSource } from "./phrase-source.ts";
import { watchWords, wordId } from "./text-tokens.ts";

/** Where a phrase's match can start: ids of its possible first words, and of the word after when known. */
export interface StartWords {
  first: number[];
  /** Only for a single first word, as findPhraseHits has always used it. */
  second?: number[];
}

const shared = new Map<string, RegExp>();

/** A sticky regex compiled once per source and flags. */
function sharedSticky(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let regex = shared.get(key);
  if (regex === undefined) {
    regex = new RegExp(source, flags);
    shared.set(key, regex);
  }
  return regex;
}

function startWords(start: PhraseStart | undefined): StartWords | undefined {
  if (start === undefined) return undefined;
  watchWords(start.first);
  if (start.second !== undefined) watchWords(start.second);
  const first = start.first.map(wordId);
  return start.second === undefined || first.length > 1 ? { first } : { first, second: start.second.map(wordId) };
}

/** What a phrase list needs of each phrase. */
export interface PhraseMatcher {
  readonly start: StartWords | undefined;
  readonly pattern: RegExp;
  matchEnd(text: string, index: number): number;
}

export class Phrase implements PhraseMatcher {
  /** Undefined when a match need not start at an ASCII word: the phrase then scans whole texts. */
  readonly start: StartWords | undefined;
  readonly #source: PhraseSource;
  /** The flags for matching at one offset: the regex's own, sticky instead of global. */
  readonly #sticky: string;
  #pattern: RegExp | undefined;
  #lookbehind: RegExp | undefined;
  #body: RegExp | undefined;
  #tail: RegExp | undefined;
  #whole: RegExp | undefined;

  constructor(phrase: string, options: PhraseOptions = {}) {
    this.#source = phraseSource(phrase, options);
    this.#sticky = `${this.#source.flags.replace("g", "")}y`;
    this.start = startWords(phraseStart(phrase, options));
  }

  /** The global whole-word regex of the phrase. */
  get pattern(): RegExp {
    const { before, body, after, flags } = this.#source;
    this.#pattern ??= new RegExp(`${before}${body}${after}`, flags);
    return this.#pattern;
  }

  /**
   * Where the match that starts exactly at `index` ends, or -1: what the whole
   * regex, made sticky, finds there. The body's first match is the one the
   * whole regex tries first, and the shared tail then settles the plural as
   * the whole regex would; only when the tail refuses that body match could
   * the whole regex still find another, so it is asked then.
   */
  matchEnd(text: string, index: number): number {
    const { before, body, after } = this.#source;
    this.#lookbehind ??= sharedSticky(before, this.#sticky);
    this.#lookbehind.lastIndex = index;
    if (!this.#lookbehind.test(text)) return -1;
    this.#body ??= new RegExp(body, this.#sticky);
    this.#body.lastIndex = index;
    if (!this.#body.test(text)) return -1;
    this.#tail ??= sharedSticky(after, this.#sticky);
    this.#tail.lastIndex = this.#body.lastIndex;
    if (this.#tail.test(text)) return this.#tail.lastIndex;
    this.#whole ??= new RegExp(`${before}${body}${after}`, this.#sticky);
    this.#whole.lastIndex = index;
    return this.#whole.test(text) ? this.#whole.lastIndex : -1;
  }
}

/** A regex built elsewhere, for findPhraseHits' callers that pass their own: it always scans whole texts. */
export function regExpPhrase(pattern: RegExp): PhraseMatcher {
  return { start: undefined, pattern, matchEnd: () => -1 };
}
