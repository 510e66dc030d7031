/**
 * toMarkdownFile writes frontmatter with gray-matter's YAML engine directly
 * instead of through matter.stringify (which re-parses and caches every body):
 * for any frontmatter-shaped value and body the file must be the same. Strings
 * steer js-yaml's quoting, folding and escapes, so they are generated from the
 * pieces that matter.
 */
import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { toMarkdownFile } from "../../../scripts/ingest/markdown/markdown-file.ts";

const runs = Number(process.env.PROPERTY_RUNS ?? 2000);

// Pieces that steer js-yaml's choices: indicators, quotes, line breaks, spaces at the ends, long words,
// escapes, surrogates, and whole strings that read as another type.
const piece = fc.oneof(
  fc.constantFrom(" ", "  ", "\n", "\n\n", "\t", "#", " #", ": ", ":", "-", "- ", "'", '"', "\\", ",", "[", "{", "&"),
  fc.constantFrom("*", "!", "|", ">", "%", "@", "`", "?", "~", "<<", "\u0085", "\u00a0", "\u2028", "\ufeff", "\u0000"),
  fc.constantFrom("true", "No", "y", "null", "1e3", "0x1F", "0b10", "0o7", "07", "1_000", "1:30", ".inf", "-.5", "+1"),
  fc.constantFrom("2020-01-02", "2020-1-2 10:00:00", "£411,840", "’", "é", "😀", "\ud800", "a".repeat(90)),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.lorem({ maxCount: 30 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
const scalar = fc.oneof(text, text, fc.integer(), fc.integer({ min: 0, max: 1e9 }));
const key = fc.oneof(fc.constantFrom("title", "sourceLine", "due", "text"), text);
const { map: frontmatter } = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, scalar, tie("list"), tie("map")),
  list: fc.array(tie("node"), { maxLength: 4 }),
  map: fc.dictionary(key, tie("node"), { maxKeys: 5 }),
}));
// A body starting "---" is read by matter.stringify as a file with frontmatter; toMarkdownFile hands those to it.
const body = text.filter((candidate) => !candidate.startsWith("---"));

describe("toMarkdownFile", () => {
  it("gives the same file as matter.stringify", () => {
    fc.assert(
      fc.property(frontmatter, body, (data, content) => {
        expect(toMarkdownFile(content, data)).toBe(matter.stringify(content, data));
      }),
      { numRuns: runs },
    );
  });

  it("hands bodies that matter.stringify reads as a file to it", () => {
    for (const content of ["", "---\ntitle: x\n---\nbody", "\ufeffbody"]) {
      expect(toMarkdownFile(content, { title: "a" })).toBe(matter.stringify(content, { title: "a" }));
    }
  });
});
