/**
 * Shapes from the catalogue (/work/shared/minutes-variants.md) that the body
 * parser got wrong or never checked, each pinned on a small made-up text, and
 * the counterexamples the property tests shrank to.
 */
import { describe, expect, it } from "vitest";
import { blocksToMarkdown } from "../../../scripts/ingest/markdown/blocks-to-markdown.ts";
import { unitsToBlocks } from "../../../scripts/ingest/parse/body-blocks.ts";
import { toLogicalUnits } from "../../../scripts/ingest/parse/logical-units.ts";
import { parseMinutes } from "../../../scripts/ingest/parse/parse-minutes.ts";
import type { Block, ListItem, SourceLine } from "../../../scripts/ingest/types.ts";

const lines = (text: string): SourceLine[] => text.split("\n").map((line, index) => ({ text: line, line: index + 1 }));
const parse = (text: string): Block[] => unitsToBlocks(toLogicalUnits(lines(text)));
const markdown = (text: string): string => blocksToMarkdown(parse(text)).trim();
const shape = (items: ListItem[]): unknown[] =>
  items.map((item) => {
    const nested = item.children.flatMap((child) => (child.kind === "list" ? [shape(child.items)] : []));
    return nested.length > 0 ? [item.label, ...nested] : item.label;
  });
const lists = (blocks: Block[]): unknown[] =>
  blocks.flatMap((block) => (block.kind === "list" ? [shape(block.items)] : []));

describe("lists", () => {
  it("reads a label-less list of · items whose lines wrap without blank lines", () => {
    const blocks = parse(
      "·         The number of children in care had risen\n          over the year, mainly older children.\n·         Placement costs for Looked After\nChildren had increased; and\n·         Recruitment was slow.",
    );
    expect(blocks).toEqual([
      {
        kind: "list",
        items: [
          {
            label: null,
            text: "The number of children in care had risen over the year, mainly older children.",
            children: [],
          },
          { label: null, text: "Placement costs for Looked After Children had increased; and", children: [] },
          { label: null, text: "Recruitment was slow.", children: [] },
        ],
      },
    ]);
  });

  it("nests romans under letters under numbers, with blank lines or without, and returns outward", () => {
    expect(lists(parse("1. Budget\na) capital\ni) buildings\nii) vehicles\nb) revenue\n2. Staffing"))).toEqual([
      [["1.", [["a)", ["i)", "ii)"]], "b)"]], "2."],
    ]);
    expect(
      lists(parse("1. Budget\n\na) capital\n\n(i) buildings\n\n(ii) vehicles\n\nb) revenue\n\n2. Staffing")),
    ).toEqual([[["1.", [["a)", ["(i)", "(ii)"]], "b)"]], "2."]]);
  });

  it("starts a new list, not a nested one, when an outer numbering style follows an inner one", () => {
    expect(lists(parse("· one\n· two\n\n1. first\n2. second"))).toEqual([
      [null, null],
      ["1.", "2."],
    ]);
    expect(lists(parse("a) first\nb) second\n29.1 The Committee met.\n29.2 The Chair spoke."))).toEqual([
      ["a)", "b)"],
      ["29.1", "29.2"],
    ]);
  });

  it("keeps 29.1 / 20.1.1 paragraph numbers, nesting the deeper numbers", () => {
    expect(lists(parse("29.1 The Committee received the report.\n29.2 Members asked about costs."))).toEqual([
      ["29.1", "29.2"],
    ]);
    expect(lists(parse("20.1 The plan.\n20.1.1 The first aim.\n20.1.2 The second aim.\n20.2 The budget."))).toEqual([
      [["20.1", ["20.1.1", "20.1.2"]], "20.2"],
    ]);
  });

  it("keeps paragraphs apart where markers were lost, leaving runs of blank lines", () => {
    expect(parse("Members raised:\n\n\n\nThe waiting list for assessments\n\n\n\nThe cost of agency staff")).toEqual([
      { kind: "paragraph", text: "Members raised:" },
      { kind: "paragraph", text: "The waiting list for assessments" },
      { kind: "paragraph", text: "The cost of agency staff" },
    ]);
  });

  it("keeps items that end '; and' as separate items", () => {
    expect(lists(parse("(a) the report be noted; and\n(b) an update be given."))).toEqual([["(a)", "(b)"]]);
  });
});

describe("attendance, tables, actions and notes", () => {
  it("keeps each line of a PRESENT: block apart", () => {
    expect(parse("PRESENT:\nCouncillor A Smith (Chair)\nCouncillor B Jones\nCouncillor C Patel\nMrs D Evans")).toEqual([
      { kind: "heading", text: "PRESENT", decision: false },
      { kind: "paragraph", text: "Councillor A Smith (Chair)" },
      { kind: "paragraph", text: "Councillor B Jones" },
      { kind: "paragraph", text: "Councillor C Patel" },
      { kind: "paragraph", text: "Mrs D Evans" },
    ]);
  });

  it("keeps the cells of a flattened table one per line, and rows ending ' |' one per line", () => {
    expect(parse("Name\nRole\nAnn Lee\nChair").map((block) => block.kind === "paragraph" && block.text)).toEqual([
      "Name",
      "Role",
      "Ann Lee",
      "Chair",
    ]);
    expect(parse("Name | Role |\nAnn Lee | Chair |").map((block) => block.kind === "paragraph" && block.text)).toEqual([
      "Name | Role |",
      "Ann Lee | Chair |",
    ]);
  });

  it("still joins a line broken mid-sentence", () => {
    expect(
      parse(
        "The Committee considered a report of the Director of Children and Family Services which set out the\nproposals for the plan.",
      ),
    ).toHaveLength(1);
    expect(parse("The report was presented by the\nHead of Service.")).toHaveLength(1);
  });

  it.each([
    "Councillor X entered the meeting at 9.40am.",
    "Action: Clerk",
    "(*Subsequent to the meeting the slides were circulated.)",
    "For the attention of: Head of Fostering",
  ])("reads %j as minutes text that ends a decision, never a resolution", (aside) => {
    const blocks = parse(`RESOLVED:\n\nThat the report be noted.\n\n${aside}\n\nThe Chair thanked officers.`);
    expect(blocks.at(-2)).toEqual({ kind: "paragraph", text: aside });
  });
});

describe("headings", () => {
  it.each(["The Panel noted:", "Members noted:", "Officers explained:", "The Chair asked:"])(
    "never turns the sentence %j into a heading",
    (line) => {
      expect(parse(line)).toEqual([{ kind: "paragraph", text: line }]);
    },
  );

  it.each(["Key Issues:", "The Way Forward:", "Apologies for absence:", "Action Points:"])(
    "still reads %j as a heading",
    (line) => {
      expect(parse(line)[0]?.kind).toBe("heading");
    },
  );
});

describe("labels and literal text", () => {
  it("reads the Welsh 'Cofnod:' label as the start of the minutes", () => {
    const [item] = parseMinutes(
      "Eitem agenda\n\nStrategaeth Gofal Maeth\n\nCofnod:\n\nCafodd yr adroddiad ei gyflwyno.\n",
      "cy.txt",
    ).items;
    expect(item).toMatchObject({
      title: "Strategaeth Gofal Maeth",
      language: "cy",
      blocks: [{ kind: "paragraph", text: "Cafodd yr adroddiad ei gyflwyno." }],
    });
  });

  it("keeps the Welsh word 'o' that starts a wrapped line", () => {
    expect(parse("Daeth cynrychiolwyr\no Gaerdydd a Chasnewydd.")).toEqual([
      { kind: "paragraph", text: "Daeth cynrychiolwyr o Gaerdydd a Chasnewydd." },
    ]);
  });

  it("shows the labels the page printed, never a translation or an invented one", () => {
    const [item] = parseMinutes(
      "Agenda item\n\nTitle\n\nMembers asked about costs.\n\nPenderfyniad:\n\nNodi'r adroddiad.\n",
      "x.txt",
    ).items;
    expect(blocksToMarkdown(item?.blocks ?? []).trim()).toBe(
      "Members asked about costs.\n\n## Penderfyniad\n\nNodi'r adroddiad.",
    );
  });

  it("keeps Markdown and HTML look-alikes literal in headings, list items and nested lists", () => {
    const md = markdown(
      "KEY ISSUES **AND** <B> RISKS\n\n# not a heading\n\n1. <script>x</script> **b**\na) [l](javascript:x) `c`",
    );
    expect(md).toBe(
      "## KEY ISSUES \\*\\*AND\\*\\* \\<B\\> RISKS\n\n\\# not a heading\n\n- 1\\. \\<script\\>x\\</script\\> \\*\\*b\\*\\*\n  - a) \\[l\\](javascript:x) \\`c\\`",
    );
  });
});

describe("capitals", () => {
  it("reads a flattened table row in capitals as text, not a heading", () => {
    expect(parse("2019 TOTAL 450")).toEqual([{ kind: "paragraph", text: "2019 TOTAL 450" }]);
    expect(parse("LOOKED AFTER CHILDREN")[0]?.kind).toBe("heading");
  });
});

describe("found by the golden fixtures", () => {
  it("keeps each line of a frontmatter-like block on its own, as text", () => {
    const result = parseMinutes(
      "---\ntitle: evil\ncouncil: Nowhere\n---\nAgenda item\n\nTitle\n\nMinutes:\n\nText.\n",
      "x.txt",
    );
    expect(result.items[0]?.blocks.map((block) => block.kind === "paragraph" && block.text)).toEqual([
      "---",
      "title: evil",
      "council: Nowhere",
      "---",
      "Text.",
    ]);
    expect(result.items[0]?.title).toBe("Title");
  });
});
