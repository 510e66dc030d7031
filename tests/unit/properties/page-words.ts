/**
 * What a reader sees of one parsed item, as text: the title, the description,
 * the body as the site renders it (Markdown → sanitised HTML → text) and the
 * document titles. Entities are decoded so "&amp;" on the page counts as "&".
 */
import { minutesMarkdownToHtml } from "../../../src/content/render-minutes-html.ts";
import { blocksToMarkdown } from "../../../scripts/ingest/markdown/blocks-to-markdown.ts";
import type { ParsedItem } from "../../../scripts/ingest/types.ts";

const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function htmlToText(html: string): string {
  return html
    .replace(/<\/?(?:a|strong|em|code)\b[^>]*>/gu, "")
    .replace(/<[^>]*>/gu, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X"))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return named[name] ?? whole;
    });
}

export function renderedBody(item: ParsedItem): string {
  return htmlToText(minutesMarkdownToHtml(blocksToMarkdown(item.blocks)));
}

/**
 * The item number read from the text is shown on the page as metadata. (The committee is too, but a
 * whole-meeting header gives it to every item, so its words are counted as structure instead.)
 */
export function pageText(item: ParsedItem): string {
  return [item.title, item.description ?? "", renderedBody(item), ...item.documents, item.found.itemNumber ?? ""].join(
    "\n",
  );
}
