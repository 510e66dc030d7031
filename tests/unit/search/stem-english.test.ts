import { describe, expect, test } from "vitest";
import { pagefindStems, pagefindWords } from "../../../src/search/pagefind-terms.ts";
import { stemEnglish } from "../../../src/search/stem-english.ts";

// Pagefind's own stems for these are checked in tests/e2e/search-directory.test.ts (thousands of words);
// these pin the rules that differ between Snowball versions and the tricky forms.
describe("stemEnglish (Snowball English as Pagefind 1.6 runs it)", () => {
  test.each([
    ["happy", "happi"],
    ["happiness", "happi"],
    ["skies", "sky"],
    ["sky", "sky"],
    ["dying", "die"],
    ["dyings", "die"],
    ["vying", "vie"],
    ["generalization", "general"],
    ["generous", "generous"],
    ["organization", "organiz"],
    ["university", "universiti"],
    ["internal", "internal"],
    ["added", "add"],
    ["evening", "evening"],
    ["succeeded", "succeed"],
    ["biologists", "biolog"],
    ["pasted", "paste"],
    ["placement", "placement"],
    ["fostering", "foster"],
    ["children's", "children"],
    ["2020s", "2020s"],
    ["£94", "£94"],
    ["a", "a"],
    ["gwasanaethau", "gwasanaethau"],
  ])("%s → %s", (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});

describe("pagefindWords (pagefind.js's query preparation)", () => {
  test("drops punctuation, keeps symbols and underscores, lower-cases and removes diacritics", () => {
    expect(pagefindWords("Mae’r  Cyngor, Ynys Môn")).toEqual(["maer", "cyngor", "ynys", "mon"]);
    expect(pagefindWords("foster-care CYP/15/24 kent_cyp.txt")).toEqual(["fostercare", "cyp1524", "kent_cyptxt"]);
    expect(pagefindWords("£2.5m (LAC) “quoted”")).toEqual(["£25m", "lac", "quoted"]);
    expect(pagefindWords(" — ")).toEqual([]);
  });

  test("stems each word", () => {
    expect(pagefindStems("Fostering placements")).toEqual(["foster", "placement"]);
  });
});
