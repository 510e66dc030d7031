import { describe, expect, it } from "vitest";
import { bodyText, splitFixture } from "./split-fixture.ts";

describe("whole-meeting page with numbered items", () => {
  const result = splitFixture("whole-meeting-numbered-items");

  it("cuts one item per number line, each number in its own style", () => {
    expect(result.items.map((item) => [item.found.itemNumber, item.title])).toEqual([
      ["1", "Apologies for absence"],
      ["27a", "Care leavers' housing protocol"],
      ["CYP/15/24", "Voice of the child survey"],
      ["65/08", "Date of next meeting"],
    ]);
    expect(result.items.map((item) => item.startLine)).toEqual([10, 18, 42, 50]);
  });

  it("gives the header's committee and date to every item", () => {
    for (const item of result.items) {
      expect(item.found).toMatchObject({ committee: "Corporate Parenting Board", meetingDate: "2023-11-09" });
    }
  });

  it('leaves a numbered list with markers on their own lines in the minutes ("1." then text)', () => {
    expect(bodyText(result, 1)).toEqual([
      "The Board heard that the protocol had been signed by every district.",
      "The following actions were agreed:",
      "1.",
      "Publish the protocol on the care leavers' hub.",
      "2.",
      "Review placements quarterly.",
    ]);
    expect(result.items[1]?.description).toBe("A report of the Leaving Care Manager.");
    expect(result.items[1]?.documents).toEqual(["Housing protocol draft"]);
  });

  it("reports the venue, contact and table heading as removed header lines", () => {
    expect(result.removed.map((entry) => [entry.line, entry.reason])).toEqual([
      [3, "meeting venue (page header)"],
      [5, "meeting contact (page header)"],
      [7, "item table heading"],
      [8, "item table heading"],
      [40, "document size label"],
    ]);
    expect(result.messages).toEqual([]);
  });
});
