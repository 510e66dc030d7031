import { describe, expect, it } from "vitest";
import { splitItems } from "../../../scripts/ingest/parse/split-items.ts";
import { bodyText, splitFixture } from "./split-fixture.ts";
import { toSourceLines } from "./source-lines.ts";

describe("files with no recognisable item", () => {
  it("keeps all the text as one untitled item and warns", () => {
    const result = splitFixture("no-items-at-all");
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.title).toBe("");
    expect(bodyText(result)).toEqual([
      "Notes from the informal briefing on adoption support.",
      "Attendees asked about waiting times for therapeutic assessments.",
    ]);
    expect(result.messages).toMatchObject([{ ruleId: "no-items-found", line: 1, fatal: false }]);
  });

  it("rejects a file with no text at all", () => {
    const result = splitFixture("empty-file");
    expect(result.items).toEqual([]);
    expect(result.messages).toMatchObject([{ ruleId: "empty-file", fatal: true, file: "empty-file.txt" }]);
  });

  it("rejects a file that holds only page furniture, still reporting what was removed", () => {
    const result = splitItems(toSourceLines("skip navigation and tools\n\nToggle mobile menu visibility"), "nav.txt");
    expect(result.items).toEqual([]);
    expect(result.removed).toHaveLength(2);
    expect(result.messages).toMatchObject([{ ruleId: "empty-file", fatal: true }]);
  });

  it("handles no lines at all", () => {
    expect(splitItems([], "none.txt").messages).toMatchObject([{ ruleId: "empty-file", fatal: true }]);
  });
});
