import { describe, expect, it } from "vitest";
import { findAcronyms } from "../../../scripts/ingest/describe/find-acronyms.ts";
import { acronymLetters, matchesInitials } from "../../../scripts/ingest/describe/initials-match.ts";
import { readSample } from "./samples.ts";

describe("findAcronyms", () => {
  it("finds ART in the Leicestershire sample and nothing it does not define (TUPE, MISTLE)", () => {
    expect(findAcronyms(readSample("leicestershire").text)).toEqual([
      { short: "ART", expansion: "Assessment and Resource Team" },
    ]);
  });

  it("finds nothing in samples that use but never define acronyms (CYP, CP, LAC, MCC, SEN)", () => {
    expect(findAcronyms(readSample("monmouthshire").text)).toEqual([]);
    expect(findAcronyms(readSample("noCouncil").text)).toEqual([]);
  });

  it.each([
    ["recruitment of a new Assessment and Resource Team (ART) and", "ART", "Assessment and Resource Team"],
    ["the ART (Assessment and Resource Team) would", "ART", "Assessment and Resource Team"],
    ["the Department for Education (DfE) said", "DfE", "Department for Education"],
    ["Children in Care (CiC) council", "CiC", "Children in Care"],
    ["Unaccompanied Asylum-Seeking Children (UASC)", "UASC", "Unaccompanied Asylum-Seeking Children"],
    ["the Multi-Agency Safeguarding Hub (MASH)", "MASH", "Multi-Agency Safeguarding Hub"],
    ["Education, Health and Care Plans (EHCPs)", "EHCPs", "Education, Health and Care Plans"],
    ["Not in Education, Employment or Training (NEET)", "NEET", "Not in Education, Employment or Training"],
    ["LADO (the Local Authority Designated Officer)", "LADO", "Local Authority Designated Officer"],
    ["Looked After Children (‘LAC’)", "LAC", "Looked After Children"],
  ])("%j defines %s", (text, short, expansion) => {
    expect(findAcronyms(text)).toEqual([{ short, expansion }]);
  });

  it.each([
    ["the report (CYP) was noted", "initials do not match"],
    ["the council (MCC) agreed", "initials do not match"],
    ["see paragraphs (ii) and (IV)", "Roman numerals"],
    ["CP (see appendix)", "bracket is not an expansion"],
    ["We compare CP to LAC ratios.", "used, not defined"],
  ])("%j defines nothing (%s)", (text) => {
    expect(findAcronyms(text)).toEqual([]);
  });

  it("keeps the first definition of an acronym", () => {
    const text = "Assessment and Resource Team (ART). Later the ART (Assessment and Resource Team) met.";
    expect(findAcronyms(text)).toHaveLength(1);
  });
});

describe("matchesInitials", () => {
  it("requires every main word to give its initial, in order", () => {
    expect(matchesInitials(acronymLetters("ART"), ["assessment", "and", "resource", "team"])).toBe(true);
    expect(matchesInitials(acronymLetters("AT"), ["assessment", "and", "resource", "team"])).toBe(false);
    expect(matchesInitials(acronymLetters("RAT"), ["assessment", "and", "resource", "team"])).toBe(false);
  });

  it("drops a plural s from all-capital acronyms only", () => {
    expect(acronymLetters("EHCPs")).toBe("ehcp");
    expect(acronymLetters("CiC")).toBe("cic");
  });
});
