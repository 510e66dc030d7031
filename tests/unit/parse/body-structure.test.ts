import { describe, expect, it } from "vitest";
import { unitsToBlocks } from "../../../scripts/ingest/parse/body-blocks.ts";
import { toLogicalUnits } from "../../../scripts/ingest/parse/logical-units.ts";
import { findResolutions } from "../../../scripts/ingest/parse/resolutions.ts";
import type { Block, SourceLine } from "../../../scripts/ingest/types.ts";

const lines = (text: string): SourceLine[] => text.split("\n").map((line, index) => ({ text: line, line: index + 1 }));
const parse = (text: string): Block[] => unitsToBlocks(toLogicalUnits(lines(text)));

describe("body structure", () => {
  it("joins a marker printed alone on its line with the text on the next", () => {
    expect(parse("i)\n\nFirst point.\n\nii)\nSecond point.")).toEqual([
      {
        kind: "list",
        items: [
          { label: "i)", text: "First point.", children: [] },
          { label: "ii)", text: "Second point.", children: [] },
        ],
      },
    ]);
  });

  it("reads right-aligned and widely padded markers", () => {
    const [list] = parse("   (i)   One\n  (ii)   Two\n (iii)   Three");
    expect(list?.kind === "list" && list.items.map((item) => [item.label, item.text])).toEqual([
      ["(i)", "One"],
      ["(ii)", "Two"],
      ["(iii)", "Three"],
    ]);
  });

  it("nests a new marker style under the item above it and returns to the outer list", () => {
    const [list] = parse("1. Budget\na) capital\nb) revenue\n2. Staffing");
    expect(list).toEqual({
      kind: "list",
      items: [
        {
          label: "1.",
          text: "Budget",
          children: [
            {
              kind: "list",
              items: [
                { label: "a)", text: "capital", children: [] },
                { label: "b)", text: "revenue", children: [] },
              ],
            },
          ],
        },
        { label: "2.", text: "Staffing", children: [] },
      ],
    });
  });

  it("reads h), i), j) as letters, not a roman numeral", () => {
    const [list] = parse("g) seven\nh) eight\ni) nine\nj) ten");
    expect(list?.kind === "list" && list.items.length).toBe(4);
  });

  it("joins lines broken mid-sentence and keeps sentences on their own lines apart", () => {
    expect(parse("The Committee considered the\nreport of the Director.\nMembers asked questions.")).toEqual([
      { kind: "paragraph", text: "The Committee considered the report of the Director." },
      { kind: "paragraph", text: "Members asked questions." },
    ]);
  });

  it("keeps items that end '; and' and every numbered-1. item's label as printed", () => {
    const [list] = parse("1. first; and\n1. second");
    expect(list?.kind === "list" && list.items.map((item) => item.label)).toEqual(["1.", "1."]);
  });
});

describe("decisions", () => {
  const resolutionsOf = (text: string): string[] => findResolutions(parse(text));

  // Every decision form through the whole parse is in decision-forms.test.ts; these two are about where a decision ends.
  it("ends the decision at the next section label", () => {
    expect(
      resolutionsOf("RESOLVED:\n\nThat the report be noted.\n\nAction Points:\n\nThe clerk will circulate the slides."),
    ).toEqual(["That the report be noted."]);
  });

  it("claims no decision where the minutes record none", () => {
    expect(
      resolutionsOf(
        "The Committee noted that a report would follow.\n\nMembers asked when the complaint would be resolved.",
      ),
    ).toEqual([]);
  });
});

describe("section labels", () => {
  it.each([
    "Context:",
    "Key Issues:",
    "Member Scrutiny:",
    "Committee’s Conclusion:",
    "PRESENT:",
    "Apologies for absence:",
    "DECLARATIONS OF INTEREST",
  ])("reads %j as a heading", (line) => {
    expect(parse(line)[0]?.kind).toBe("heading");
  });

  it.each([
    "Members raised the following points:",
    "Arising from the discussion, the following points were raised:",
    "The report also identified the next steps for the service, and these included:",
    "It was agreed that:",
    "Key issues were as follows:",
  ])("reads the lead-in sentence %j as a paragraph", (line) => {
    expect(parse(line)[0]?.kind).toBe("paragraph");
  });

  it("keeps a line starting with an asterisk as literal text", () => {
    expect(parse("* not a bullet")).toEqual([{ kind: "paragraph", text: "* not a bullet" }]);
  });
});
