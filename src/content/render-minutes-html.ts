/**
 * Markdown → HTML for minutes bodies, outside Astro's Markdown pipeline. The
 * ingest escapes every character of source text, so the only HTML here is what
 * our own Markdown asks for; the sanitiser is the second wall for text scraped
 * from the web.
 *
 * Measured for issue 5 (10,000 synthetic items, µs per item, warm): this
 * pipeline 300–435 (marked 115–160, sanitize-html 115–175); Sätteri, Astro 7's
 * default processor, 25 alone and 180 with the same sanitiser. Sätteri is not a
 * drop-in: on 771 generated items 229 rendered differently, by list whitespace
 * and, worse, by linking "Www\.example.org", which the ingest escapes to stay
 * literal. So marked stays. (Rendering through Astro's content layer is no
 * way round: its data store, holding frontmatter only, already took 20 s of a
 * 64 s build at 10,000 items; see read-minutes.ts.)
 */
import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

/** A list whose every item starts with its printed label ("iii)", "(b)", "1.", "29.1") keeps those labels as text. */
const printedLabel = /^(?:\(?[ivxlcdm]+[.)]|\(?[a-z][.)]|\(?\d+(?:\.\d+)*[.)]?)\s/i;

const marked = new Marked({
  gfm: true,
  renderer: {
    list(token: Tokens.List): string {
      const items = token.items.map((item) => this.listitem(item)).join("");
      // item.text is the Markdown source, where the ingest escaped "1." as "1\.".
      const labelled = token.items.every((item) => printedLabel.test(item.text.replace(/\\(.)/gu, "$1")));
      const tag = token.ordered ? "ol" : "ul";
      return labelled ? `<${tag} class="labelled-list">${items}</${tag}>\n` : `<${tag}>${items}</${tag}>\n`;
    },
  },
});

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h2", "h3", "h4", "ul", "ol", "li", "a", "strong", "em", "code", "br", "blockquote", "hr"],
  allowedAttributes: { a: ["href"], ul: ["class"], ol: ["class"] },
  allowedClasses: { ul: ["labelled-list"], ol: ["labelled-list"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
};

export function minutesMarkdownToHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return sanitizeHtml(html, allowed);
}
