import { describe, expect, it } from "vitest";
import { readOlderHeading } from "../../../scripts/ingest/parse/page-forms/older-format.ts";
import { bodyText, splitFixture } from "./split-fixture.ts";

describe("older minutes with upper-case headings", () => {
  const result = splitFixture("older-format-bracket-number");

  it("opens an item at each numbered heading, minute or bracketed agenda number", () => {
    expect(result.items.map((item) => [item.found.itemNumber, item.title])).toEqual([
      ["219", "DECLARATIONS OF INTEREST"],
      ["220", "LOOKED AFTER CHILDREN SUFFICIENCY"],
      ["29", "EXCLUSION OF THE PRESS AND PUBLIC"],
    ]);
  });

  it("keeps the text after the dash as the first line of the minutes", () => {
    expect(result.items[0]?.body).toEqual([
      { line: 1, text: "Councillor Marsh declared a personal interest as a foster carer." },
      { line: 2, text: "" },
    ]);
  });

  it("leaves a table row and a resolution that look like headings in the minutes", () => {
    expect(bodyText(result, 1)).toEqual([
      "The Committee considered the sufficiency statement for 2019.",
      "2019 TOTAL 450",
      "RESOLVED – That the statement be endorsed.",
    ]);
  });

  it('reports the agenda number "(28)" printed beside minute 220, and warns of nothing', () => {
    expect(result.removed).toMatchObject([{ line: 3, text: "(28)" }]);
    expect(result.messages).toEqual([]);
  });

  it("does not read sentences, decisions or table rows as headings", () => {
    expect(readOlderHeading("12 members attended the session")).toBeUndefined();
    expect(readOlderHeading("3 RESOLVED – That the report be noted")).toBeUndefined();
    expect(readOlderHeading("2019 TOTAL 450")).toBeUndefined();
    expect(readOlderHeading("(28) APOLOGIES")).toMatchObject({ itemNumber: "28", bracketed: true, title: "APOLOGIES" });
  });
});
