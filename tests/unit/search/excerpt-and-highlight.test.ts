import { describe, expect, test } from "vitest";
import { excerptToSegments } from "../../../src/search/excerpt-segments.ts";
import { highlightPattern } from "../../../src/search/highlight-pattern.ts";
import { queryWords } from "../../../src/search/strict-search.ts";
import { progressMessage, resultCountMessage } from "../../../src/search/search-messages.ts";
import { emptyFilters } from "../../../src/search/search-state.ts";

describe("excerptToSegments", () => {
  test("splits Pagefind's excerpt into marked and plain text, never HTML", () => {
    expect(
      excerptToSegments("the <mark>MISTLE</mark> contract &lt;b&gt;x&lt;/b&gt; <img src=x onerror=alert(1)>"),
    ).toEqual([
      { text: "the ", marked: false },
      { text: "MISTLE", marked: true },
      { text: " contract <b>x</b> <img src=x onerror=alert(1)>", marked: false },
    ]);
  });
});

describe("highlightPattern", () => {
  const marks = (terms: string[], text: string) => text.match(highlightPattern(terms) ?? /$^/) ?? [];

  test("marks whole words starting with a term, as Pagefind matches prefixes", () => {
    expect(marks(["foster"], "Foster carers and fostering, not afoster.")).toEqual(["Foster", "fostering"]);
  });

  test("several terms, quotes and punctuation are handled; regex characters are literal", () => {
    expect(marks(['"looked after"', "c++"], "looked after c children")).toEqual(["looked", "after", "c", "children"]);
  });

  test("no usable term, no pattern", () => {
    expect(highlightPattern(["", " - "])).toBeUndefined();
  });
});

describe("queryWords", () => {
  test("are the words Pagefind will look up", () => {
    expect(queryWords("mistle  foster - ")).toEqual(["mistle", "foster"]);
  });
});

describe("messages", () => {
  const state = { q: "foster", filters: emptyFilters(), sort: "relevance" as const };

  test("count sentences for results, none, and filters alone", () => {
    expect(resultCountMessage(state, 1)).toBe("1 result for “foster”.");
    expect(resultCountMessage(state, 1234)).toBe("1,234 results for “foster”.");
    expect(resultCountMessage({ ...state, filters: { ...emptyFilters(), year: ["2020"] } }, 0)).toMatch(
      /^No results for “foster” with the chosen filters\. .*remove a filter/,
    );
    expect(resultCountMessage({ ...state, q: "", filters: { ...emptyFilters(), year: ["2020"] } }, 2)).toBe(
      "2 items match the chosen filters.",
    );
  });

  test("progress names the years still being searched", () => {
    expect(progressMessage({ id: "2020-2018", count: 9, newestYear: 2020, oldestYear: 2018 })).toBe(
      "Also searching meetings from 2018 to 2020…",
    );
    expect(progressMessage({ id: "undated", count: 1, newestYear: null, oldestYear: null })).toBe(
      "Also searching items with no meeting date…",
    );
    expect(progressMessage(undefined)).toBe("");
  });
});
