/**
 * The invariant of the split: every word of a raw file ends up in exactly one
 * place — an item's title, description, body, decision or documents, the
 * metadata it found, or the `removed` report — except the words of structural
 * labels ("Agenda item", "Minutes:", "Meeting:", dates and numbers read into
 * `found`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SourceLine, SplitResult } from "../../../scripts/ingest/types.ts";
import { splitItems } from "../../../scripts/ingest/parse/split-items.ts";
import { toSourceLines } from "./source-lines.ts";

const STRUCTURE = new Set(
  [
    "agenda item minutes supporting additional documents decision meeting",
    "eitem ar yr cofnodion cofnod penderfyniad dogfennau ychwanegol ategol cyfarfod",
    // dates and times read into found.meetingDate
    "monday tuesday wednesday thursday friday saturday sunday am pm",
    "january february march april may june july august september october november december",
  ]
    .join(" ")
    .split(" "),
);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function isStructural(word: string): boolean {
  return STRUCTURE.has(word) || /^\d+(?:st|nd|rd|th)?$/.test(word);
}

function counts(all: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of all) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

/** Words placed in an item part that has no line numbers (title, description, documents, found). */
function unlinedWords(result: SplitResult): string[] {
  const found = new Set(result.items.flatMap((item) => [item.found.committee ?? "", item.found.itemNumber ?? ""]));
  return [...result.items.flatMap((item) => [item.title, item.description ?? "", ...item.documents]), ...found].flatMap(
    words,
  );
}

function linedParts(result: SplitResult): SourceLine[] {
  return result.items.flatMap((item) => [...item.body, ...(item.decision ?? [])]);
}

function checkNothingLost(lines: SourceLine[], result: SplitResult): void {
  const lined = linedParts(result);
  // Each body or decision line is handed on once.
  const numbers = lined.map((line) => line.line);
  expect(new Set(numbers).size).toBe(numbers.length);

  const elsewhere = new Set(unlinedWords(result));
  for (const source of lines) {
    const here = new Set([
      ...lined.filter((line) => line.line === source.line).flatMap((line) => words(line.text)),
      ...result.removed.filter((entry) => entry.line === source.line).flatMap((entry) => words(entry.text)),
    ]);
    const lost = words(source.text).filter((word) => !here.has(word) && !elsewhere.has(word) && !isStructural(word));
    expect(lost, `line ${source.line}: ${source.text}`).toEqual([]);
  }

  // Nothing is duplicated: no word appears in the items more often than in the file.
  const input = counts(lines.flatMap((line) => words(line.text)));
  const output = counts([...unlinedWords(result), ...lined.flatMap((line) => words(line.text))]);
  for (const [word, count] of output) expect(count, word).toBeLessThanOrEqual(input.get(word) ?? 0);
}

const fixtureDir = new URL("../../fixtures/forms/", import.meta.url);
const rawDir = new URL("../../../content/raw/", import.meta.url);
const files = [
  ...readdirSync(fixtureDir).map((name) => new URL(name, fixtureDir)),
  ...readdirSync(rawDir).map((name) => new URL(name, rawDir)),
];

describe("no word is lost and none is duplicated", () => {
  it.each(files.map((url) => [url.pathname.split("/").pop() ?? "", url] as const))("%s", (name, url) => {
    const lines = toSourceLines(readFileSync(url, "utf8"));
    checkNothingLost(lines, splitItems(lines, name));
  });

  it("covers every fixture named after a form in the catalogue", () => {
    const names = files.map((url) => url.pathname);
    for (const form of [
      "issue-history",
      "whole-meeting",
      "older-format",
      "welsh-labels",
      "furniture",
      "no-minutes-label",
    ]) {
      expect(
        names.some((name) => name.includes(form)),
        form,
      ).toBe(true);
    }
  });
});
