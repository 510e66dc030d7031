/**
 * Web and email addresses in minutes: GFM autolinked them and showed the
 * backslash escapes inside literally ("?id=5\&x=1"), found by the property test
 * tests/unit/properties/markdown-literal.property.test.ts. They are now written
 * as CommonMark autolinks, shown exactly as printed and linked only to http(s)
 * and mailto.
 */
import { describe, expect, it } from "vitest";
import { minutesMarkdownToHtml } from "../../../src/content/render-minutes-html.ts";
import { escapeBlock } from "../../../scripts/ingest/markdown/escape-markdown.ts";

const render = (text: string): string => minutesMarkdownToHtml(escapeBlock(text)).trim();

describe("addresses in the text", () => {
  it.each([
    [
      "see https://example.gov.uk/minutes?id=5&x=1.",
      '<p>see <a href="https://example.gov.uk/minutes?id=5&amp;x=1">https://example.gov.uk/minutes?id=5&amp;x=1</a>.</p>',
    ],
    [
      "email clerk@example.gov.uk, please",
      '<p>email <a href="mailto:clerk@example.gov.uk">clerk@example.gov.uk</a>, please</p>',
    ],
    ["(https://x.org/a_(b))", '<p>(<a href="https://x.org/a_(b)">https://x.org/a_(b)</a>)</p>'],
    ["www.example.org/x_y and a_b@c_d.org", "<p>www.example.org/x_y and a_b@c_d.org</p>"],
    ["javascript:alert(1) and [x](javascript:y)", "<p>javascript:alert(1) and [x](javascript:y)</p>"],
  ])("%j renders as its own text, linked only where safe", (text, html) => {
    expect(render(text)).toBe(html);
  });
});
