/**
 * For one list of phrase patterns, which of them a text may match and where
 * to try them: an inverted index from start word (phrase-start.ts) to the
 * patterns' positions in the list. Looking up a text's words replaces a test
 * of every one of the ~1,100 patterns per text (issue 5).
 */

import type { PhraseStart } from "./phrase-start.ts";
import { watchWords, type TextTokens } from "./text-tokens.ts";

/** What phraseToRegExp knows about a pattern it built, when its matches' starts are known. */
export interface PatternStart extends PhraseStart {
  /** The same pattern, sticky and not global: it matches only at lastIndex. */
  sticky: RegExp;
}

const starts = new WeakMap<RegExp, PatternStart>();

export function registerStart(pattern: RegExp, start: PhraseStart | undefined): void {
  if (start === undefined) return;
  watchWords(start.first);
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`);
  starts.set(pattern, { ...start, sticky });
}

export function patternStart(pattern: RegExp): PatternStart | undefined {
  return starts.get(pattern);
}

interface ListIndex {
  patterns: readonly { pattern: RegExp }[];
  byToken: Map<string, number[]>;
  /** Positions of patterns with no start words: tried on every text. */
  always: number[];
  /** Scratch marks, one per pattern, all zero between calls. */
  seen: Uint8Array;
}

function buildIndex(patterns: readonly { pattern: RegExp }[]): ListIndex {
  const byToken = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach(({ pattern }, position) => {
    const tokens = starts.get(pattern)?.first;
    if (tokens === undefined) always.push(position);
    for (const token of tokens ?? []) {
      const positions = byToken.get(token);
      if (positions === undefined) byToken.set(token, [position]);
      else positions.push(position);
    }
  });
  return { patterns: [...patterns], byToken, always, seen: new Uint8Array(patterns.length) };
}

// Callers rebuild their lists per call (find-council.ts filters by date), so a
// list is recognised by its patterns, not by identity. About a dozen lists exist (council lists per abolition date).
const indexes: ListIndex[] = [];
const KEEP = 16;

function samePatterns(a: readonly { pattern: RegExp }[], b: readonly { pattern: RegExp }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.pattern !== b[i]?.pattern) return false;
  return true;
}

function indexFor(patterns: readonly { pattern: RegExp }[]): ListIndex {
  let index = indexes.find((known) => samePatterns(known.patterns, patterns));
  if (index === undefined) {
    index = buildIndex(patterns);
    indexes.unshift(index);
    if (indexes.length > KEEP) indexes.pop();
  }
  return index;
}

/** Positions in `patterns` of those that may match the text, ascending. */
export function candidatePositions(patterns: readonly { pattern: RegExp }[], tokens: TextTokens): number[] {
  const { byToken, always, seen } = indexFor(patterns);
  const found: number[] = [...always];
  const add = (positions: number[] | undefined): void => {
    for (const p of positions ?? []) {
      if (seen[p] === 0) {
        seen[p] = 1;
        found.push(p);
      }
    }
  };
  // Walk whichever side is smaller: a title has a few words, a long item many.
  if (tokens.size < byToken.size) {
    for (const word of tokens.keys()) add(byToken.get(word));
  } else {
    for (const [word, positions] of byToken) if (tokens.has(word)) add(positions);
  }
  for (const p of found) seen[p] = 0;
  return found.sort((a, b) => a - b);
}
