import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../scripts/ingest/describe/find-money.ts";
import { readSample } from "./samples.ts";

describe("findMoney", () => {
  it.each([
    ["£450,000", 450_000],
    ["£1.2m", 1_200_000],
    ["£4.1m", 4_100_000],
    ["£3 million", 3_000_000],
    ["£25k", 25_000],
    ["£1.5bn", 1_500_000_000],
    ["£2 billion", 2_000_000_000],
    ["£1,234.56", 1235],
  ])("reads %s as %d pounds", (text, pounds) => {
    expect(findMoney(`It cost ${text} last year.`)).toEqual([{ text, pounds }]);
  });

  it("applies a range's unit to both ends, never reading £12 of £12-15m as twelve pounds", () => {
    expect(findMoney("between £12-15m")).toEqual([
      { text: "£12-15m", pounds: 12_000_000 },
      { text: "£12-15m", pounds: 15_000_000 },
    ]);
    expect(findMoney("£2.5 to £3 million").map((m) => m.pounds)).toEqual([2_500_000, 3_000_000]);
  });

  it("does not read a following word as a unit", () => {
    expect(findMoney("£5 more than last year")).toEqual([{ text: "£5", pounds: 5 }]);
  });

  it("ignores numbers without a pound sign", () => {
    expect(findMoney("an increase of 34% and 2.5m children, 450,000 visits")).toEqual([]);
  });

  it("lists a repeated amount once", () => {
    expect(findMoney("£450,000 then £450,000 again")).toHaveLength(1);
  });

  it("finds both contract values in the Leicestershire sample", () => {
    expect(findMoney(readSample("leicestershire").text)).toEqual([
      { text: "£450,000", pounds: 450_000 },
      { text: "£411,840", pounds: 411_840 },
    ]);
  });

  it("reads any comma-grouped whole amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(findMoney(`a budget of £${n.toLocaleString("en-GB")}.`)).toEqual([
          { text: `£${n.toLocaleString("en-GB")}`, pounds: n },
        ]);
      }),
    );
  });
});
