import { describe, expect, test } from "vitest";
import { expandQuery, normaliseQuery, separateIdentifierParts } from "../../../src/search/query-expansion.ts";

const synonyms = [
  { short: "LAC", expansion: "looked after children" },
  { short: "CiN", expansion: "child in need" },
  { short: "ART", expansion: "Assessment and Resource Team" },
];

describe("expandQuery", () => {
  test("an acronym also searches its expansion, and the expansion its acronym", () => {
    expect(expandQuery("LAC", synonyms)).toEqual(["LAC", "looked after children"]);
    expect(expandQuery("Looked After Children", synonyms)).toEqual(["Looked After Children", "lac"]);
  });

  test("only whole words and phrases are swapped", () => {
    expect(expandQuery("placement", synonyms)).toEqual(["placement"]);
    expect(expandQuery("lace", synonyms)).toEqual(["lace"]);
    expect(expandQuery("looked after", synonyms)).toEqual(["looked after"]);
  });

  test("the rest of the query is kept around a swapped phrase", () => {
    expect(expandQuery("LAC placements", synonyms)).toEqual(["LAC placements", "looked after children placements"]);
    expect(expandQuery("support for looked-after children", synonyms)).toEqual([
      "support for looked-after children",
      "support for lac",
    ]);
  });

  test("two acronyms give each swap alone, then both, within the limit", () => {
    expect(expandQuery("LAC CiN", synonyms)).toEqual([
      "LAC CiN",
      "looked after children cin",
      "lac child in need",
      "looked after children child in need",
    ]);
    expect(expandQuery("LAC CiN", synonyms, 2)).toHaveLength(2);
  });

  test("quoted and empty queries are left alone", () => {
    expect(expandQuery('"LAC"', synonyms)).toEqual(['"LAC"']);
    expect(expandQuery("   ", synonyms)).toEqual([]);
  });

  test("no synonyms, no alternatives", () => {
    expect(expandQuery("LAC", [])).toEqual(["LAC"]);
  });
});

describe("normaliseQuery", () => {
  test("lower-cases and turns punctuation into single spaces", () => {
    expect(normaliseQuery("  Children's   Services/Plan ")).toBe("children s services plan");
  });
});

describe("separateIdentifierParts", () => {
  test("splits item numbers and file names into their parts", () => {
    expect(separateIdentifierParts("CYP/15/24")).toBe("CYP 15 24");
    expect(separateIdentifierParts("000_210aec23ac9c1b66.txt")).toBe("000 210aec23ac9c1b66 txt");
    expect(separateIdentifierParts("29.1")).toBe("29 1");
  });

  test("leaves words, apostrophes, hyphens and trailing punctuation alone", () => {
    expect(separateIdentifierParts("children's multi-agency plan.")).toBe("children's multi-agency plan.");
  });
});
