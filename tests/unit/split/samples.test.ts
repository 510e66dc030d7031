import { describe, expect, it } from "vitest";
import { splitItems } from "../../../scripts/ingest/parse/split-items.ts";
import { readLines } from "./source-lines.ts";

function splitSample(name: string) {
  return splitItems(readLines(`../../../content/raw/${name}`), name);
}

describe("the three sample item pages", () => {
  it("000: one item, title kept as printed with its full stop", () => {
    const result = splitSample("000_210aec23ac9c1b66.txt");
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.title).toBe("Children's Social Care Investment Plan.");
    expect(result.items[0]?.description).toBeUndefined();
    expect(result.items[0]?.body[0]?.line).toBe(6);
    expect(result.messages).toEqual([]);
  });

  it("002: one item with the long strategy title", () => {
    const result = splitSample("002_390e2da36e5b133c.txt");
    expect(result.items.map((item) => item.title)).toEqual([
      "Commissioning Strategy: 'Where I am Safe?' ~ A Strategy for Children, Young People and their Families",
    ]);
    expect(result.messages).toEqual([]);
  });

  it("003: one item with its description", () => {
    const result = splitSample("003_f407cd4f4d02e7b1.txt");
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.title).toBe("Annual Self Evaluation of Children’s Services");
    expect(result.items[0]?.description).toBe(
      "To consider the report of the Service Manager for Strategic Partnerships.",
    );
    expect(result.items[0]?.documents).toEqual([]);
    expect(result.items[0]?.language).toBe("en");
  });

  it("keeps every body line, blank ones included, with its raw line number", () => {
    const lines = readLines("../../../content/raw/003_f407cd4f4d02e7b1.txt");
    const [item] = splitItems(lines, "003.txt").items;
    const minutesAt = lines.findIndex((line) => line.text === "Minutes:");
    const documentsAt = lines.findIndex((line) => line.text === "Supporting documents:");
    expect(item?.body).toEqual(lines.slice(minutesAt + 1, documentsAt));
  });
});
