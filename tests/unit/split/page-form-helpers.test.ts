import { describe, expect, it } from "vitest";
import { readMeetingLine } from "../../../scripts/ingest/parse/page-forms/issue-history.ts";
import { matchLabel } from "../../../scripts/ingest/parse/page-forms/labels.ts";
import { readHeaderLine } from "../../../scripts/ingest/parse/page-forms/meeting-header.ts";
import { readNumberLine } from "../../../scripts/ingest/parse/page-forms/item-number.ts";
import { splitItems } from "../../../scripts/ingest/parse/split-items.ts";
import { toSourceLines } from "./source-lines.ts";

describe("labels", () => {
  it("reads English and Welsh labels on their own line only", () => {
    expect(matchLabel("Cofnod:")).toMatchObject({ kind: "minutes", language: "cy" });
    expect(matchLabel("Additional documents:")).toMatchObject({ kind: "documents", language: "en" });
    expect(matchLabel("Minutes: The Panel met.")).toMatchObject({ kind: "minutes", rest: "The Panel met." });
    expect(matchLabel("Decision: to defer")).toBeUndefined();
    expect(matchLabel("The Agenda item was deferred.")).toBeUndefined();
  });
});

describe("metadata lines", () => {
  it("reads a Welsh Meeting: line", () => {
    expect(readMeetingLine("Cyfarfod: 13/06/2018 - Pwyllgor Craffu Plant (Eitem 5)")).toEqual({
      found: { committee: "Pwyllgor Craffu Plant", meetingDate: "2018-06-13", itemNumber: "5" },
      language: "cy",
    });
  });

  it("warns when a Meeting: line's date cannot be read, and still opens the item", () => {
    const text = "Meeting: TBC - Schools Forum (Item 3)\n\nHigh needs block\n\nMinutes:\n\nDeferred.";
    const result = splitItems(toSourceLines(text), "tbc.txt");
    expect(result.items[0]).toMatchObject({
      title: "High needs block",
      found: { committee: "Schools Forum", itemNumber: "3" },
    });
    expect(result.messages).toMatchObject([{ ruleId: "unreadable-date", line: 1 }]);
  });

  it("reads a whole-meeting header only when its date reads", () => {
    expect(readHeaderLine("Corporate Parenting Board - Thursday, 9th November, 2023 2.00 pm")).toEqual({
      kind: "meeting",
      found: { committee: "Corporate Parenting Board", meetingDate: "2023-11-09" },
    });
    expect(readHeaderLine("Fostering panel - Monday sessions were busy")).toBeUndefined();
  });

  it("reads item numbers on their own line", () => {
    expect(["1.", "87.", "27a.", "CYP/15/24", "65/08"].map(readNumberLine)).toEqual([
      "1",
      "87",
      "27a",
      "CYP/15/24",
      "65/08",
    ]);
    expect(readNumberLine("1. Publish the protocol")).toBeUndefined();
    expect(readNumberLine("23/01/2020")).toBeUndefined();
  });
});
