import { describe, expect, it } from "vitest";
import { minutesMarkdownToHtml } from "../../../src/content/render-minutes-html.ts";
import { blocksToMarkdown } from "../../../scripts/ingest/markdown/blocks-to-markdown.ts";

const render = (text: string): string => minutesMarkdownToHtml(blocksToMarkdown([{ kind: "paragraph", text }]));
const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/gu, "")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, "&")
    .trim();

describe("source text that looks like Markdown or HTML stays literal", () => {
  it.each([
    "# Not a heading",
    "* not a bullet",
    "1. not a list",
    "3) not a list either",
    "--- not a rule",
    "---",
    "+ plus",
    "= equals",
    "| a | b |",
    "`code` and ``more``",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[a link](javascript:alert(1))",
    "![image](x.png)",
    "**bold** _em_ ~~strike~~",
    "&amp; &lt;b&gt; &#x41;",
    "back\\slash \\* escaped",
    "> quoted",
    "Heading ##",
  ])("%j renders as exactly that text", (text) => {
    const html = render(text);
    expect(html).toMatch(/^<p>/u);
    expect(html).not.toMatch(/<(script|img|a|h\d|ul|ol|li|code|strong|em|del|table|blockquote|hr)\b/u);
    expect(textOf(html)).toBe(text);
  });

  it("keeps list labels as text inside label-keeping lists", () => {
    const html = minutesMarkdownToHtml(
      blocksToMarkdown([
        {
          kind: "list",
          items: [
            { label: "1.", text: "One", children: [] },
            { label: "2.", text: "Two", children: [] },
          ],
        },
      ]),
    );
    expect(html).toContain('<ul class="labelled-list">');
    expect(textOf(html).split(/\s*\n\s*/u)).toEqual(["1. One", "2. Two"]);
  });
});
