/**
 * An item's minutes as HTML, read from its Markdown file when its page is built
 * (the data store holds only frontmatter; see minutes-loader.ts).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { minutesContentDir } from "./content-dir.ts";
import { minutesMarkdownToHtml } from "./render-minutes-html.ts";

export async function minutesBodyHtml(id: string): Promise<string> {
  const raw = await readFile(path.join(minutesContentDir(), `${id}.md`), "utf8");
  return minutesMarkdownToHtml(matter(raw, {}).content);
}
