/**
 * Every decision form in the catalogue (/work/shared/minutes-variants.md), read
 * through the whole parse, and the lines after a decision that are not part of it.
 */
import { describe, expect, it } from "vitest";
import { blocksToMarkdown } from "../../../scripts/ingest/markdown/blocks-to-markdown.ts";
import { parseMinutes } from "../../../scripts/ingest/parse/parse-minutes.ts";

const markdown = (body: string): string =>
  blocksToMarkdown(
    parseMinutes(`Agenda item\n\nTitle\n\nMinutes:\n\n${body}\n`, "x.txt").items[0]?.blocks ?? [],
  ).trim();

function resolutionsOf(body: string): string[] {
  const result = parseMinutes(`Agenda item\n\nTitle\n\nMinutes:\n\n${body}\n`, "x.txt");
  return result.items[0]?.resolutions ?? [];
}

describe("every decision form in the catalogue", () => {
  it.each([
    ["RESOLVED:\nThat the report be noted.", ["That the report be noted."]],
    ["RESOLVED – That the report be noted.", ["That the report be noted."]],
    ["RESOLVED that the report be noted.", ["that the report be noted."]],
    ["The Panel discussed the plan. RESOLVED that the report be noted.", ["that the report be noted."]],
    [
      "Resolved – (a) That the report be noted, and (b) that officers report back.",
      ["(a) That the report be noted, and", "(b) that officers report back."],
    ],
    [
      "Resolved – (a) That the report be noted, and\n(b) that officers report back.",
      ["(a) That the report be noted, and", "(b) that officers report back."],
    ],
    [
      "RESOLVED that:\n\ni) the report be noted;\n\nii) an update be given.",
      ["i) the report be noted;", "ii) an update be given."],
    ],
    [
      "RESOLVED\n\nFor the reasons set out in the report: -\n\n(a) approve the plan;\n(b) consult.",
      ["(a) approve the plan;", "(b) consult."],
    ],
    ["RESOLVED\n\n\n\nthat the report be noted.", ["that the report be noted."]],
    ["RESOLVED (unanimously) that the report be noted.", ["that the report be noted."]],
    ["AGREED – That the update be received.", ["That the update be received."]],
    [
      "It was agreed that: -\n\n1. the plan be approved.\n2. an update come back.",
      ["1. the plan be approved.", "2. an update come back."],
    ],
    ["Agreed:-\n\n(a) to note; and\n(b) to ask for an update.", ["(a) to note; and", "(b) to ask for an update."]],
    [
      "The Committee resolved:\n\n1. to note the report.\n2. to thank officers.",
      ["1. to note the report.", "2. to thank officers."],
    ],
    ["The Committee NOTED the report.", ["The Committee NOTED the report."]],
    ["Penderfyniad:\n\nNodi'r adroddiad.", ["Nodi'r adroddiad."]],
    ["Penderfynwyd:\n\nNodi'r adroddiad.", ["Nodi'r adroddiad."]],
    ["Penderfynwyd nodi'r adroddiad.", ["nodi'r adroddiad."]],
    ["The Panel discussed the plan.\n\nMembers thanked officers.", []],
  ])("%j", (body, expected) => {
    expect(resolutionsOf(body)).toEqual(expected);
  });

  it("shows 'RESOLVED that:' as one heading, not a heading and a stray 'that:'", () => {
    expect(markdown("RESOLVED that:\n\ni) the report be noted;")).toBe("## RESOLVED that\n\n- i) the report be noted;");
  });

  it("splits a paragraph at an inline RESOLVED, keeping every word", () => {
    expect(markdown("The Panel discussed the plan. RESOLVED that the report be noted.")).toBe(
      "The Panel discussed the plan.\n\n## RESOLVED\n\nthat the report be noted.",
    );
  });
});

describe("asides", () => {
  it("keeps a resolution that merely mentions action", () => {
    expect(resolutionsOf("RESOLVED:\n\nThat officers take action to recruit carers.")).toEqual([
      "That officers take action to recruit carers.",
    ]);
  });
});

describe("found by the golden fixtures", () => {
  it("reads 'RESOLVED unanimously:' without brackets as a decision", () => {
    expect(resolutionsOf("RESOLVED unanimously:\n\nThat the update be noted.")).toEqual(["That the update be noted."]);
    expect(resolutionsOf("RESOLVED unanimously that the update be noted.")).toEqual(["that the update be noted."]);
  });
});

describe("lines that end a decision", () => {
  it.each([
    "Councillor X entered the meeting at 9.40am.",
    "Action: Clerk",
    "(*Subsequent to the meeting the slides were circulated.)",
    "For the attention of: Head of Fostering",
    "The clerk to circulate the slides. ACTION",
  ])("%j is never a resolution", (aside) => {
    expect(resolutionsOf(`RESOLVED:\n\nThat the report be noted.\n\n${aside}\n\nThe Chair thanked officers.`)).toEqual([
      "That the report be noted.",
    ]);
  });
});
