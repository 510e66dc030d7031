import { describe, expect, it } from "vitest";
import { splitFixture } from "./split-fixture.ts";

describe("issue-history page", () => {
  const result = splitFixture("issue-history-decision-twice");
  const [first, second] = result.items;

  it("opens an item at each Meeting: line and reads date, committee and number", () => {
    expect(result.items).toHaveLength(2);
    expect(first?.found).toEqual({
      meetingDate: "2020-01-23",
      committee: "Children and Families Scrutiny Panel",
      itemNumber: "25",
    });
    expect(second?.found).toEqual({ meetingDate: "2021-07-12", committee: "Cabinet", itemNumber: "8" });
    expect(first?.startLine).toBe(3);
  });

  it("takes the repeated item number off the title", () => {
    expect(result.items.map((item) => item.title)).toEqual(["Kinship Carer Allowances", "Kinship Carer Allowances"]);
  });

  it("keeps the description, the minutes and the documents apart", () => {
    expect(first?.description).toBe("Report of the Head of Fostering on the review of weekly allowances.");
    expect(first?.body.filter((line) => line.text !== "").map((line) => line.line)).toEqual([17, 19]);
    expect(first?.documents).toEqual(["Kinship allowances review", "Appendix B - consultation feedback"]);
  });

  it("keeps a decision printed twice once, both as a repeated block and under two labels", () => {
    const decisionText = (index: number) =>
      result.items[index]?.decision?.map((line) => line.text).filter((text) => text !== "");
    expect(decisionText(0)).toEqual(["RESOLVED: That the revised allowance bands be recommended to Cabinet."]);
    expect(decisionText(1)).toEqual(["That the allowance bands be approved from April."]);
    expect(result.messages).toMatchObject([
      { ruleId: "decision-printed-twice", line: 5 },
      { ruleId: "decision-printed-twice", line: 29 },
    ]);
    const repeats = result.removed.filter((entry) => entry.reason === "decision printed twice");
    expect(repeats.map((entry) => entry.line)).toEqual([13, 37]);
  });

  it("removes the page heading, the repeated item numbers and the document sizes, reporting each", () => {
    expect(result.removed.map((entry) => [entry.line, entry.reason])).toEqual([
      [1, "issue-history page heading"],
      [5, "item number repeated before the title"],
      [13, "decision printed twice"],
      [23, "document size label"],
      [25, "document size label"],
      [29, "item number repeated before the title"],
      [37, "decision printed twice"],
    ]);
  });
});
