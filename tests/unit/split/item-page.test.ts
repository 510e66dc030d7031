import { describe, expect, it } from "vitest";
import { bodyText, ruleIds, splitFixture } from "./split-fixture.ts";

describe("item page form and its missing parts", () => {
  it('collapses "Agenda item" printed twice in a row', () => {
    const result = splitFixture("agenda-item-printed-twice");
    expect(result.items.map((item) => item.title)).toEqual(["Respite provision for disabled children"]);
    expect(result.items[0]?.startLine).toBe(1);
    expect(result.messages).toMatchObject([{ ruleId: "agenda-item-twice", line: 3, fatal: false }]);
  });

  it("joins a heading and title printed twice into one item", () => {
    const result = splitFixture("agenda-heading-printed-twice");
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ title: "Youth justice partnership plan", startLine: 1 });
    expect(result.items[0]?.documents).toEqual(["Youth justice plan 2024"]);
    expect(ruleIds(result)).toEqual(["agenda-item-twice"]);
  });

  it('keeps the text after the title as minutes when "Minutes:" is missing', () => {
    const result = splitFixture("no-minutes-label");
    expect(result.items[0]?.title).toBe("Family hubs rollout");
    expect(result.items[0]?.description).toBeUndefined();
    expect(bodyText(result)).toEqual([
      "The Committee received an update on six family hubs opening this spring.",
      "Staffing was described as stable.",
    ]);
    expect(result.items[0]?.documents).toEqual(["Family hubs update"]);
    expect(result.messages).toMatchObject([{ ruleId: "no-minutes-marker", line: 3 }]);
  });

  it('reads a page that starts at "Minutes:" as one untitled item', () => {
    const result = splitFixture("starts-at-minutes");
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.title).toBe("");
    expect(bodyText(result)).toHaveLength(2);
    expect(result.items[0]?.documents).toEqual(["Placement stability dashboard"]);
    expect(result.messages).toMatchObject([{ ruleId: "empty-title", line: 1 }]);
  });

  it("warns about an empty title, naming the line where it should be", () => {
    const result = splitFixture("empty-title");
    expect(result.items[0]?.title).toBe("");
    expect(bodyText(result)).toEqual(["The Committee discussed social worker caseloads in the east locality."]);
    expect(result.messages).toMatchObject([{ ruleId: "empty-title", line: 5 }]);
  });

  it('takes the first line as the title when "Agenda item" is missing', () => {
    const result = splitFixture("item-without-agenda-label");
    expect(result.items[0]).toMatchObject({
      title: "Private fostering annual report",
      description: "To receive the annual report on private fostering arrangements.",
    });
    expect(result.messages).toEqual([]);
  });

  it("keeps unknown text before the first item at the start of its minutes, with a warning", () => {
    const result = splitFixture("text-before-first-item");
    expect(result.items[0]?.title).toBe("Ofsted focused visit feedback");
    expect(bodyText(result)[0]).toBe("Democracy in Westshire");
    expect(result.removed).toEqual([]);
    expect(result.messages).toMatchObject([{ ruleId: "text-before-first-item", line: 1 }]);
  });

  it('leaves a "Decision:" line inside the minutes as minutes text', () => {
    const result = splitFixture("decision-label-inside-minutes");
    expect(result.items[0]?.decision).toBeUndefined();
    expect(bodyText(result)).toEqual([
      "Officers summarised the options appraisal.",
      "Decision:",
      "The Panel endorsed option two.",
    ]);
    expect(result.items[0]?.documents).toEqual(["Options appraisal"]);
  });
});
