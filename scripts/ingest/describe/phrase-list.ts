/**
 * A list of phrases, each under a key, found in texts as whole words. Built
 * once per data list: an inverted index from start word (phrase-start.ts) to
 * the phrases that may start there, so a text's words pick the few phrases to
 * try and the offsets to try them at (issue 5: testing each of ~1,100 regexes
 * on every text was most of the describe step).
 */
import type { PhraseMatcher } from "./phrase.ts";
import { textTokens } from "./text-tokens.ts";

export interface PhraseHit<K> {
  key: K;
  index: number;
  end: number;
}

interface RawHit<K> extends PhraseHit<K> {
  /** The phrase's place in the list: among hits on the same words, the earlier phrase comes first. */
  position: number;
}

export class PhraseList<K> {
  readonly #entries: readonly { key: K; phrase: PhraseMatcher }[];
  /** Word id → positions of the phrases that may start with it (whatever follows), ascending. */
  readonly #byWord: number[][] = [];
  /** Word id → next word's id → positions of the phrases that start with those two. */
  readonly #byPair: Map<number, number[]>[] = [];
  /** Positions of phrases with no start words: scanned whole in every text. */
  readonly #always: number[] = [];
  /** Scratch, per position: where that phrase's last hit ended, so hits never overlap (as with matchAll). */
  readonly #lastEnd: Int32Array;

  constructor(entries: readonly { key: K; phrase: PhraseMatcher }[]) {
    this.#entries = entries;
    this.#lastEnd = new Int32Array(entries.length);
    entries.forEach(({ phrase }, position) => {
      const { start } = phrase;
      if (start === undefined) this.#always.push(position);
      for (const word of start?.first ?? []) {
        if (start?.second === undefined) (this.#byWord[word] ??= []).push(position);
        else for (const next of start.second) this.#indexPair(word, next, position);
      }
    });
  }

  #indexPair(word: number, next: number, position: number): void {
    const byNext = (this.#byPair[word] ??= new Map());
    const positions = byNext.get(next);
    if (positions === undefined) byNext.set(next, [position]);
    else if (positions.at(-1) !== position) positions.push(position);
  }

  /**
   * Every hit, in text order, of the phrases whose key passes `keep`. Where hits
   * overlap the longest wins ("North Somerset" is not also a hit for "Somerset");
   * hits on exactly the same words are all kept, so a phrase shared by two keys
   * counts for both.
   */
  hits(text: string, keep?: (key: K) => boolean): PhraseHit<K>[] {
    const all: RawHit<K>[] = [];
    const tokens = textTokens(text);
    if (tokens === undefined) {
      this.#entries.forEach((_, position) => this.#scan(text, position, keep, all));
    } else {
      for (const position of this.#always) this.#scan(text, position, keep, all);
      this.#atWords(text, tokens, keep, all);
    }
    return longestFirst(all);
  }

  /** A regex scan of the whole text, for phrases (or texts) the word index cannot serve. */
  #scan(text: string, position: number, keep: ((key: K) => boolean) | undefined, into: RawHit<K>[]): void {
    const { key, phrase } = this.#entries[position] as { key: K; phrase: PhraseMatcher };
    if (keep !== undefined && !keep(key)) return;
    for (const m of text.matchAll(phrase.pattern))
      into.push({ key, index: m.index, end: m.index + m[0].length, position });
  }

  #atWords(
    text: string,
    tokens: NonNullable<ReturnType<typeof textTokens>>,
    keep: ((key: K) => boolean) | undefined,
    into: RawHit<K>[],
  ): void {
    const touched: number[] = [];
    const tryAt = (positions: number[], index: number): void => {
      for (const position of positions) {
        // As matchAll would: left to right, the next match starting after the last one ends.
        if (index < (this.#lastEnd[position] as number)) continue;
        const { key, phrase } = this.#entries[position] as { key: K; phrase: PhraseMatcher };
        if (keep !== undefined && !keep(key)) continue;
        const end = phrase.matchEnd(text, index);
        if (end < 0) continue;
        if (this.#lastEnd[position] === 0) touched.push(position);
        this.#lastEnd[position] = end;
        into.push({ key, index, end, position });
      }
    };
    for (let occurrence = 0; occurrence < tokens.words.length; occurrence++) {
      const word = tokens.words[occurrence] as number;
      const index = tokens.offsets[occurrence] as number;
      const anyNext = this.#byWord[word];
      if (anyNext !== undefined) tryAt(anyNext, index);
      const withNext = this.#byPair[word]?.get(tokens.next[occurrence] as number);
      if (withNext !== undefined) tryAt(withNext, index);
    }
    for (const position of touched) this.#lastEnd[position] = 0;
  }
}

/** Drops hits that overlap a longer one; the rest in text order. */
function longestFirst<K>(all: RawHit<K>[]): PhraseHit<K>[] {
  return (withoutOverlaps(all) ?? greedy(all)).map(({ key, index, end }) => ({ key, index, end }));
}

/**
 * Most texts' hits do not overlap at all (hits on the same words aside): then
 * every hit is kept, in text order, longer first and earlier phrase first at
 * one offset, which is what greedy() would give; undefined when some overlap.
 */
function withoutOverlaps<K>(all: RawHit<K>[]): RawHit<K>[] | undefined {
  all.sort((a, b) => a.index - b.index || b.end - a.end || a.position - b.position);
  for (let at = 1; at < all.length; at++) {
    const previous = all[at - 1] as RawHit<K>;
    const hit = all[at] as RawHit<K>;
    const same = hit.index === previous.index && hit.end === previous.end;
    if (!same && hit.index < previous.end) return undefined;
  }
  return all;
}

/** Per offset in the text: 1 + the place in `kept` of the hit that covers it, or 0 (cleared after each use). */
let cover = new Int32Array(4096);

/** Whether `hit` overlaps no kept hit, hits on exactly the same words aside. */
function fits<K>(hit: RawHit<K>, kept: readonly RawHit<K>[]): boolean {
  // An empty hit overlaps a hit around it, not one it starts or ends.
  if (hit.index === hit.end) {
    const owner = cover[hit.index] as number;
    return owner === 0 || (kept[owner - 1] as RawHit<K>).index === hit.index;
  }
  for (let at = hit.index; at < hit.end; at++) {
    const owner = cover[at] as number;
    if (owner === 0) continue;
    const other = kept[owner - 1] as RawHit<K>;
    if (other.index !== hit.index || other.end !== hit.end) return false;
  }
  return true;
}

/** Longest first, keeping each hit that overlaps none kept so far (an empty hit covers nothing). */
function greedy<K>(all: RawHit<K>[]): RawHit<K>[] {
  all.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index || a.position - b.position);
  const last = all.reduce((end, hit) => Math.max(end, hit.end + 1), 0);
  if (cover.length < last) cover = new Int32Array(2 * last);
  const kept: RawHit<K>[] = [];
  for (const hit of all) {
    if (!fits(hit, kept)) continue;
    kept.push(hit);
    for (let at = hit.index; at < hit.end; at++) if (cover[at] === 0) cover[at] = kept.length;
  }
  for (const hit of kept) cover.fill(0, hit.index, hit.end);
  return kept.sort((a, b) => a.index - b.index);
}
