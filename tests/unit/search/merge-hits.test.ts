import { describe, expect, test } from "vitest";
import { addCounts, alternativeSubsets, mergeShardHits, unionHits } from "../../../src/search/merge-hits.ts";

const hit = (id: string, score: number) => ({ id, score });

describe("unionHits", () => {
  test("a single list keeps Pagefind's order", () => {
    expect(unionHits([[hit("b", 1), hit("a", 5)]]).map((h) => h.id)).toEqual(["b", "a"]);
  });

  test("pages found by several alternatives appear once, with their best score, ranked by score", () => {
    const merged = unionHits([
      [hit("a", 2), hit("b", 1)],
      [hit("b", 3), hit("c", 0.5)],
    ]);
    expect(merged).toEqual([hit("b", 3), hit("a", 2), hit("c", 0.5)]);
  });

  test("with a date order, the union follows it", () => {
    const order = new Map([
      ["c", 0],
      ["a", 1],
      ["b", 2],
    ]);
    expect(unionHits([[hit("a", 9)], [hit("b", 1), hit("c", 1)]], order).map((h) => h.id)).toEqual(["c", "a", "b"]);
  });
});

describe("mergeShardHits", () => {
  const newer = [hit("n1", 1), hit("n2", 0.5)];
  const older = [hit("o1", 2), hit("o2", 0.1)];

  test("by relevance, shards interleave by score", () => {
    expect(mergeShardHits([newer, older], true).map((h) => h.id)).toEqual(["o1", "n1", "n2", "o2"]);
  });

  test("by date, shards follow one another", () => {
    expect(mergeShardHits([newer, older], false).map((h) => h.id)).toEqual(["n1", "n2", "o1", "o2"]);
  });
});

describe("counts", () => {
  test("subsets carry inclusion–exclusion signs", () => {
    expect(alternativeSubsets(2)).toEqual([
      { members: [0], sign: 1 },
      { members: [1], sign: 1 },
      { members: [0, 1], sign: -1 },
    ]);
    expect(alternativeSubsets(3)).toHaveLength(7);
  });

  test("counts of a union: A + B − (A and B), values that reach zero dropped", () => {
    const a = { council: { Kent: 2, Dorset: 1 } };
    const b = { council: { Kent: 1, Leeds: 1 } };
    const both = { council: { Kent: 1, Dorset: 0 } };
    expect(addCounts([{ counts: a }, { counts: b }, { counts: both, sign: -1 }])).toEqual({
      council: { Kent: 2, Dorset: 1, Leeds: 1 },
    });
    expect(addCounts([{ counts: { year: { "2020": 0 } } }])).toEqual({ year: {} });
  });

  test("shards' counts add up", () => {
    expect(
      addCounts([{ counts: { topic: { Fostering: 2 } } }, { counts: { topic: { Fostering: 3, Finance: 1 } } }]),
    ).toEqual({ topic: { Fostering: 5, Finance: 1 } });
  });
});
