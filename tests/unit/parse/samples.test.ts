import { describe, expect, it } from "vitest";
import { minutesMarkdownToHtml } from "../../../src/content/render-minutes-html.ts";
import { blocksToMarkdown } from "../../../scripts/ingest/markdown/blocks-to-markdown.ts";
import { parseMinutes } from "../../../scripts/ingest/parse/parse-minutes.ts";
import type { Block } from "../../../scripts/ingest/types.ts";
import { readSample } from "../../support/samples.ts";
import { missingWords, wordBag } from "../../support/words.ts";

const structuralLabels = /^(Agenda item|Minutes:|Supporting documents:)$/gmu;

function parseSample(prefix: string) {
  const { file, text } = readSample(prefix);
  const result = parseMinutes(text, file);
  expect(result.items).toHaveLength(1);
  const [item] = result.items;
  if (!item) throw new Error("unreachable");
  return { text, item, result };
}

function pageText(item: ReturnType<typeof parseSample>["item"]): string {
  const html = minutesMarkdownToHtml(blocksToMarkdown(item.blocks));
  const body = html
    .replace(/<[^>]+>/gu, " ")
    .replace(/&amp;/gu, "&")
    .replace(/&#39;|&apos;/gu, "'")
    .replace(/&quot;/gu, '"');
  return [item.title, item.description ?? "", body, ...item.documents].join("\n");
}

const kinds = (blocks: Block[]) => blocks.map((block) => (block.kind === "heading" ? `h:${block.text}` : block.kind));

describe("sample 000 (Leicestershire, roman and lettered lists)", () => {
  const { text, item, result } = parseSample("000_");

  it("reads the title as printed and finds no description", () => {
    expect(item.title).toBe("Children's Social Care Investment Plan.");
    expect(item.description).toBeUndefined();
    expect(result.messages.filter((message) => message.fatal)).toEqual([]);
  });

  it("keeps the roman-numeral points as one list with their labels", () => {
    const list = item.blocks.find((block) => block.kind === "list");
    expect(list?.kind === "list" && list.items.map((entry) => entry.label)).toEqual(["i)", "ii)", "iii)", "iv)", "v)"]);
  });

  it("puts the RESOLVED block under a decision heading and lists each resolution", () => {
    expect(kinds(item.blocks)).toEqual(["paragraph", "paragraph", "list", "paragraph", "h:RESOLVED", "list"]);
    expect(item.resolutions).toEqual([
      "a) That the report be noted;",
      "b) That an update on progress with the Residential Design Brief be provided to the Committee in six months;",
      "c) That a further progress update be provided to the Committee in a years’ time.",
    ]);
  });

  it("loses no word and invents none", () => {
    const source = text.replace(structuralLabels, "");
    expect(missingWords(source, pageText(item))).toEqual([]);
    expect(wordBag(pageText(item))).toEqual(wordBag(source));
  });
});

describe("sample 002 (Monmouthshire, section labels and a numbered list)", () => {
  const { text, item } = parseSample("002_");

  it("turns the section labels into headings, in order", () => {
    expect(
      item.blocks.filter((block) => block.kind === "heading").map((block) => block.kind === "heading" && block.text),
    ).toEqual(["Context", "Key Issues", "Member Scrutiny", "Committee’s Conclusion"]);
  });

  it("keeps the ten numbered aims as one labelled list", () => {
    const list = item.blocks.find((block) => block.kind === "list");
    expect(list?.kind === "list" && list.items.map((entry) => entry.label)).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
      "6.",
      "7.",
      "8.",
      "9.",
      "10.",
    ]);
  });

  it("claims no resolutions where none were printed", () => {
    expect(item.resolutions).toEqual([]);
  });

  it("loses no word and invents none", () => {
    const source = text.replace(structuralLabels, "");
    expect(wordBag(pageText(item))).toEqual(wordBag(source));
  });
});

describe("sample 003 (bullets and a description)", () => {
  const { text, item } = parseSample("003_");

  it("reads the description line between the title and Minutes:", () => {
    expect(item.title).toBe("Annual Self Evaluation of Children’s Services");
    expect(item.description).toBe("To consider the report of the Service Manager for Strategic Partnerships.");
  });

  it("turns the · bullets into two unlabelled lists of 5 and 13 points", () => {
    const lists = item.blocks.filter((block) => block.kind === "list");
    expect(lists.map((list) => list.kind === "list" && list.items.length)).toEqual([5, 13]);
    expect(lists.every((list) => list.kind === "list" && list.items.every((entry) => entry.label === null))).toBe(true);
  });

  it("loses no word and invents none", () => {
    const source = text.replace(structuralLabels, "");
    expect(wordBag(pageText(item))).toEqual(wordBag(source));
  });
});
