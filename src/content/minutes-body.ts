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

export async function minutesBodyHtml(id: string): Promise<string> {
  const raw = await readFile(path.join(minutesContentDir(), `${id}.md`), "utf8");
  return minutesMarkdownToHtml(markdownBody(raw));
}
