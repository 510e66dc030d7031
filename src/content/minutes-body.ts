/**
 * An item's minutes as HTML, read from its Markdown file when its page is built
 * (the build holds only frontmatter; see read-minutes.ts).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { minutesContentDir } from "./content-dir.ts";
import { minutesMarkdownToHtml } from "./render-minutes-html.ts";

/**
 * The Markdown after the frontmatter, exactly as gray-matter finds it (closing
 * delimiter: the first line starting "---"; one line break after it dropped),
 * without parsing the YAML again. Anything unusual (no frontmatter, a BOM,
 * "----") goes to gray-matter itself.
 */
export function markdownBody(raw: string): string {
  if (!raw.startsWith("---\n")) return matter(raw, {}).content;
  const close = raw.indexOf("\n---", 3);
  if (close === -1) return "";
  let start = close + "\n---".length;
  if (raw[start] === "\r") start += 1;
  if (raw[start] === "\n") start += 1;
  return raw.slice(start);
}

/**
 * Moves every heading of sanitised minutes HTML `levels` down (h2 → h3), for an item shown under a
 * shared page's h2 title. Tag names only: text was escaped, so "<h" starts nothing but a tag.
 */
export function lowerHeadings(html: string, levels: number): string {
  if (levels === 0) return html;
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => {
    return `<${slash}h${Math.min(6, Number(level) + levels)}`;
  });
}

/** The item's minutes as HTML; `headingShift` lowers its headings for a shared page. */
export async function minutesBodyHtml(id: string, headingShift = 0): Promise<string> {
  const raw = await readFile(path.join(minutesContentDir(), `${id}.md`), "utf8");
  return lowerHeadings(minutesMarkdownToHtml(markdownBody(raw)), headingShift);
}
