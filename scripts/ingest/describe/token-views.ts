/**
 * The watched words of part of a text, with some ranges blanked, derived from
 * the words of the whole text instead of tokenising again (issue 5: tokenising
 * was the largest single cost of the describe step, and each item's body was
 * tokenised twice: once inside the whole text, once with its job titles
 * blanked for the topics). This holds only where no run of letters and digits
 * crosses an edge; the caller makes sure of that at the part's ends, and this
 * module at the ranges' (or says no, and the caller tokenises afresh).
 */
import { TokenScratch, type TextTokens } from "./text-tokens.ts";
import { runIdAt, WORD_CHAR, wordLength } from "./watched-words.ts";

const isWordChar = (code: number): boolean => (WORD_CHAR[code] ?? 0) !== 0;

function hasWordChar(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isWordChar(text.charCodeAt(index))) return true;
  return false;
}

const kept = new TokenScratch();

/** Whether a run of letters and digits crosses an edge of a range, so the blanked text's runs differ there. */
function crossesEdge(text: string, ranges: readonly (readonly [number, number])[]): boolean {
  for (const range of ranges) {
    const start = range[0];
    if ((start > 0 && isWordChar(text.charCodeAt(start - 1))) || isWordChar(text.charCodeAt(range[1]))) return true;
  }
  return false;
}

/**
 * The words of `blanked`: the text `tokens` were read from, cut to [from, to)
 * (no run crossing either end), with each range (offsets within the part, in
 * order, not overlapping) replaced by spaces; undefined when a run crosses an
 * edge of a range. Words inside a range go, and the last word before a range
 * gets as its next word the first run after the blanks.
 */
export function blankedPartTokens(
  tokens: TextTokens,
  from: number,
  to: number,
  blanked: string,
  ranges: readonly (readonly [number, number])[],
): TextTokens | undefined {
  if (crossesEdge(blanked, ranges)) return undefined;
  const count = tokens.offsets.length;
  kept.count = 0;
  let range = 0;
  let rangeStart = ranges.length > 0 ? (ranges[0] as readonly [number, number])[0] : Infinity;
  for (let index = 0; index < count; index++) {
    const offset = (tokens.offsets[index] as number) - from;
    if (offset < 0) continue;
    if (offset >= to - from) break;
    while (range < ranges.length && (ranges[range] as readonly [number, number])[1] <= offset) {
      range++;
      rangeStart = range < ranges.length ? (ranges[range] as readonly [number, number])[0] : Infinity;
    }
    if (offset >= rangeStart) continue; // inside the range
    const word = tokens.words[index] as number;
    const end = offset + wordLength(word);
    const nextOffset = index + 1 < count ? (tokens.offsets[index + 1] as number) - from : Infinity;
    let next = tokens.next[index] as number;
    if (nextOffset >= to - from) {
      // No watched word follows in the part; past blanks, the run after this one is read afresh.
      next = rangeStart === Infinity ? -1 : runIdAt(blanked, end);
    } else if (nextOffset >= rangeStart && !hasWordChar(blanked, end, rangeStart)) {
      // Only the last word before a range can have its next run inside it.
      next = runIdAt(blanked, end);
    }
    kept.push(offset, word, next);
  }
  return kept.take();
}
