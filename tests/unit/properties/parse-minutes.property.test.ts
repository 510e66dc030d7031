/**
 * parseMinutes over thousands of generated minutes-shaped files: it never
 * throws, and every word of the input reaches a page exactly once, except the
 * words of structural labels and of the furniture it reports as removed.
 * Counterexamples it found are pinned as unit tests in tests/unit/parse/.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../../scripts/ingest/normalise.ts";
import { parseMinutes } from "../../../scripts/ingest/parse/parse-minutes.ts";
import { wordsOf } from "../../support/words.ts";
import { rawPage } from "./page-arbitraries.ts";
import { pageText } from "./page-words.ts";

/** a − b as multisets. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const word of b) left.set(word, (left.get(word) ?? 0) + 1);
  return a.filter((word) => {
    const count = left.get(word) ?? 0;
    if (count === 0) return true;
    left.set(word, count - 1);
    return false;
  });
}

// 2000 files per property keeps the unit run near ten seconds; PROPERTY_RUNS=50000 hunts harder.
const runs = Number(process.env.PROPERTY_RUNS ?? 2000);
const timeout = Math.max(60_000, runs * 20);

describe("parseMinutes on generated minutes", () => {
  it(
    "never throws",
    () => {
      fc.assert(
        fc.property(rawPage, fc.string({ unit: "binary", maxLength: 400 }), (page, noise) => {
          parseMinutes(page.text, "generated.txt");
          parseMinutes(noise, "noise.txt");
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    "loses no word and invents none, apart from structure and reported furniture",
    () => {
      fc.assert(
        fc.property(rawPage, (page) => {
          const result = parseMinutes(page.text, "generated.txt");
          const input = wordsOf(
            toSourceLines(page.text)
              .map((line) => line.text)
              .join("\n"),
          );
          const removed = result.removed.flatMap((entry) => wordsOf(entry.text));
          const expected = without(input, removed);
          const shown = result.items.flatMap((item) => wordsOf(pageText(item)));
          const structural = page.structural.flatMap(wordsOf);
          // Only label words may differ, in either direction, and no more of them than the page printed.
          expect({
            lost: without(without(expected, shown), structural),
            invented: without(without(shown, expected), structural),
          }).toEqual({ lost: [], invented: [] });
          expect(without(expected, shown).length + without(shown, expected).length).toBeLessThanOrEqual(
            structural.length,
          );
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );
});
