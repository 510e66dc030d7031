import { describe, expect, it } from "vitest";
import { readMarker, romanToNumber } from "../../../scripts/ingest/parse/list-markers.ts";

describe("readMarker", () => {
  it.each([
    ["i)       The Children", "lower-roman", "i)", "The Children"],
    ["(iii) text", "lower-roman", "(iii)", "text"],
    ["iv. text", "lower-roman", "iv.", "text"],
    ["II. Second", "upper-roman", "II.", "Second"],
    ["a)    That the report", "lower-alpha", "a)", "That the report"],
    ["(b) that", "lower-alpha", "(b)", "that"],
    ["C)  Third", "upper-alpha", "C)", "Third"],
    ["1. Endorse", "decimal", "1.", "Endorse"],
    ["10) Ensure", "decimal", "10)", "Ensure"],
    ["(3) Third", "decimal", "(3)", "Third"],
    ["29.1 The Committee", "paragraph-number", "29.1", "The Committee"],
    ["20.1.1 Members asked", "paragraph-number", "20.1.1", "Members asked"],
  ])("reads %j as %s %s", (line, kind, label, rest) => {
    expect(readMarker(line)).toMatchObject({ kind, label, rest });
  });

  it.each(["·      Ofsted", "•  Ofsted", "- Ofsted", "o    Ofsted", "\uF0B7 Ofsted"])(
    "reads %j as a bullet",
    (line) => {
      expect(readMarker(line)).toMatchObject({ kind: "bullet", label: null, rest: "Ofsted" });
    },
  );

  // "o" with one space is the Welsh word "o" starting a wrapped line ("o Gaerdydd"); only Word's padded "o" bullet is a marker.
  it.each([
    "o Gaerdydd a Chasnewydd",
    "o'r adroddiad",
    "2.5 million was spent",
    "A. Smith said",
    "Civil servants",
    "Mix) no",
    "-",
    "In 2020 the",
  ])("leaves prose %j alone", (line) => {
    expect(readMarker(line)).toBeUndefined();
  });

  it("keeps a marker alone on its line with empty text", () => {
    expect(readMarker("(iv)")).toMatchObject({ kind: "lower-roman", label: "(iv)", rest: "" });
  });

  it("reads an ambiguous letter by the list it continues", () => {
    expect(readMarker("i) eye", [{ kind: "lower-alpha", value: 8 }])).toMatchObject({ kind: "lower-alpha", value: 9 });
    expect(readMarker("v) five", [{ kind: "lower-roman", value: 4 }])).toMatchObject({ kind: "lower-roman", value: 5 });
    expect(readMarker("v) vee", [{ kind: "lower-alpha", value: 21 }])).toMatchObject({
      kind: "lower-alpha",
      value: 22,
    });
    expect(readMarker("B. Bee", [{ kind: "upper-alpha", value: 1 }])).toMatchObject({
      kind: "upper-alpha",
      label: "B.",
    });
  });
});

describe("romanToNumber", () => {
  it("reads canonical numerals and refuses words", () => {
    expect([romanToNumber("xiv"), romanToNumber("IX"), romanToNumber("iiii"), romanToNumber("mix")]).toEqual([
      14,
      9,
      undefined,
      undefined,
    ]);
  });
});
