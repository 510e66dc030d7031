import { describe, expect, it } from "vitest";
import { findDates } from "../../../scripts/ingest/describe/find-dates.ts";
import { readSample } from "./samples.ts";

describe("findDates", () => {
  it("lists each date once, in order of first mention", () => {
    const text = "Met on 23/01/2020. Cabinet on 24 March 2020. As agreed on 23 January 2020, report on 12-07-21.";
    expect(findDates(text)).toEqual(["2020-01-23", "2020-03-24", "2021-07-12"]);
  });

  it("skips yearless dates unless given a reference year", () => {
    const text = "an update at its meeting on 1 September; Cabinet on 24 March 2020";
    expect(findDates(text)).toEqual(["2020-03-24"]);
    expect(findDates(text, { referenceYear: 2020 })).toEqual(["2020-09-01", "2020-03-24"]);
  });

  it("finds the Cabinet date in the Leicestershire sample, and 1 September only with a year", () => {
    const { text } = readSample("leicestershire");
    expect(findDates(text)).toEqual(["2020-03-24"]);
    expect(findDates(text, { referenceYear: 2020 })).toEqual(["2020-03-24", "2020-09-01"]);
  });

  it("finds no dates in samples that mention none", () => {
    expect(findDates(readSample("monmouthshire").text)).toEqual([]);
    expect(findDates(readSample("noCouncil").text)).toEqual([]);
  });
});
