import { describe, expect, it } from "vitest";
import { findPhraseHits, isAcronymPhrase, phraseToRegExp } from "../../../scripts/ingest/describe/phrase-pattern.ts";

const matches = (phrase: string, text: string, options = {}) => phraseToRegExp(phrase, options).test(text);

describe("phraseToRegExp", () => {
  it("matches whole words only", () => {
    expect(matches("Leicester", "Leicestershire")).toBe(false);
    expect(matches("Leicester", "in Leicester.")).toBe(true);
    expect(matches("care", "careful")).toBe(false);
  });

  it("accepts either apostrophe, an optional comma, and hyphen or space", () => {
    expect(matches("children's home", "Children’s Home")).toBe(true);
    expect(matches("education health and care plan", "Education, Health and Care Plan")).toBe(true);
    expect(matches("multi-agency", "multi agency")).toBe(true);
    expect(matches("multi-agency", "multiagency")).toBe(true);
  });

  it("finds plurals and possessives when asked", () => {
    expect(matches("care leaver", "care leavers", { plural: true })).toBe(true);
    expect(matches("care leaver", "care leaver’s", { plural: true })).toBe(true);
    expect(matches("care leaver", "care leavers")).toBe(false);
  });

  it("keeps case when asked, accepting an all-capitals copy", () => {
    expect(matches("Action for Children", "action for children", { caseSensitive: true })).toBe(false);
    expect(matches("Action for Children", "ACTION FOR CHILDREN", { caseSensitive: true })).toBe(true);
  });

  it("treats a hyphen as part of the word when asked", () => {
    expect(matches("Newcastle", "Newcastle-under-Lyme", { hyphenJoins: true })).toBe(false);
    expect(matches("Lyme", "Newcastle-under-Lyme", { hyphenJoins: true })).toBe(false);
    expect(matches("Newcastle", "Newcastle-under-Lyme")).toBe(true);
  });

  it("escapes characters that mean something in a regex", () => {
    expect(matches("Who Cares? Trust", "The Who Cares? Trust")).toBe(true);
    expect(matches("Who Cares? Trust", "The Who Care Trust")).toBe(false);
  });
});

describe("findPhraseHits", () => {
  it("lets the longer of two overlapping hits win and keeps exact ties for both keys", () => {
    const patterns = [
      { key: "somerset", pattern: phraseToRegExp("Somerset") },
      { key: "north-somerset", pattern: phraseToRegExp("North Somerset") },
      { key: "also-somerset", pattern: phraseToRegExp("Somerset") },
    ];
    const hits = findPhraseHits("North Somerset and Somerset", patterns);
    expect(hits.map((h) => h.key)).toEqual(["north-somerset", "somerset", "also-somerset"]);
  });
});

describe("isAcronymPhrase", () => {
  it("is true for one word with two or more capitals", () => {
    expect(isAcronymPhrase("SEND")).toBe(true);
    expect(isAcronymPhrase("CiC")).toBe(true);
    expect(isAcronymPhrase("Ofsted")).toBe(false);
    expect(isAcronymPhrase("Care Inspectorate Wales")).toBe(false);
  });
});
