/**
 * An item page reads its Markdown without parsing the YAML a second time
 * (src/content/minutes-body.ts); what it takes as the body must be exactly
 * what gray-matter, which reads the frontmatter, leaves after it.
 */
import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { markdownBody } from "../../../src/content/minutes-body.ts";

const frontmatter = fc.constantFrom(
  "---\ntitle: A\n",
  "---\ntitle: 'x: y'\ntopics:\n  - a\n",
  "---\n",
  "---\r\n",
  "\ufeff---\n",
);
const closing = fc.constantFrom("---\n", "---\r\n", "---", "----\n", "--- \n", "");
const line = fc.constantFrom("text", "", "---", "- item", "## Heading", "\r", " ---", "\\---");

describe("markdownBody", () => {
  it("is gray-matter's content for any file the ingest or a person could write", () => {
    fc.assert(
      fc.property(frontmatter, closing, fc.array(line, { maxLength: 8 }), (open, close, lines) => {
        const raw = `${open}${close}${lines.join("\n")}`;
        let expected: string;
        try {
          expected = matter(raw, {}).content;
        } catch {
          return; // not valid YAML: the build stops on it before any page is rendered (read-minutes.ts)
        }
        expect(markdownBody(raw)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
