/**
 * PhraseList keeps, of hits that overlap, the longest (then the earlier, then
 * the earlier phrase), and all hits on exactly the same words. Most texts'
 * hits do not overlap, and those skip the greedy pass; the greedy pass over
 * every hit, written out here, is the specification.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseList, type PhraseHit } from "../../../scripts/ingest/describe/phrase-list.ts";
import { regExpPhrase } from "../../../scripts/ingest/describe/phrase.ts";

function specification(text: string, patterns: readonly { key: number; pattern: RegExp }[]): PhraseHit<number>[] {
  const all = patterns.flatMap(({ key, pattern }, position) =>
    [...text.matchAll(pattern)].map((m) => ({ key, index: m.index, end: m.index + m[0].length, position })),
  );
  all.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index || a.position - b.position);
  const kept: PhraseHit<number>[] = [];
  for (const hit of all) {
    const fits = kept.every(
      (k) => hit.end <= k.index || hit.index >= k.end || (hit.index === k.index && hit.end === k.end),
    );
    if (fits) kept.push({ key: hit.key, index: hit.index, end: hit.end });
  }
  return kept.sort((a, b) => a.index - b.index);
}

function hits(text: string, patterns: readonly { key: number; pattern: RegExp }[]): PhraseHit<number>[] {
  return new PhraseList(patterns.map(({ key, pattern }) => ({ key, phrase: regExpPhrase(pattern) }))).hits(text);
}

describe("PhraseList overlapping hits", () => {
  it("keeps the longer of two overlapping hits, and both of two on the same words", () => {
    const patterns = [
      { key: 0, pattern: /Somerset/g },
      { key: 1, pattern: /North Somerset/g },
      { key: 2, pattern: /Somerset/g },
    ];
    expect(hits("North Somerset and Somerset", patterns)).toEqual([
      { key: 1, index: 0, end: 14 },
      { key: 0, index: 19, end: 27 },
      { key: 2, index: 19, end: 27 },
    ]);
  });

  it("matches the greedy pass for generated patterns, empty matches included", () => {
    const text = fc.array(fc.constantFrom("a", "b", " "), { maxLength: 20 }).map((chars) => chars.join(""));
    const source = fc
      .array(fc.constantFrom("a", "b", " ", "a?", "b*", "(?:ab)?"), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(""));
    const patterns = fc.array(
      fc
        .record({ key: fc.integer({ min: 0, max: 2 }), source })
        .map(({ key, source: s }) => ({ key, pattern: new RegExp(s, "g") })),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(text, patterns, (t, p) => {
        expect(hits(t, p)).toEqual(specification(t, p));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) },
    );
  });
});
