/**
 * One address per page type of a built site, found in its dist folder rather
 * than hard-coded, so the browser checks follow the site as pages are added:
 * every top-level page, the first page under each listing (a council, a
 * topic...), and a missing address that gets the 404 page.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";

async function hasIndex(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [] as string[])).includes("index.html");
}

/** Paths relative to the base, e.g. "", "about/", "councils/kent-county-council/", "items/x/". */
export async function pageTypePaths(outDir: string): Promise<string[]> {
  const paths = [""];
  const top = (await readdir(outDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  for (const name of top.sort()) {
    if (name.startsWith("_") || name === "pagefind") continue;
    if (await hasIndex(path.join(outDir, name))) paths.push(`${name}/`);
    const children = (await readdir(path.join(outDir, name), { withFileTypes: true })).filter((entry) =>
      entry.isDirectory(),
    );
    const first = children.map((entry) => entry.name).sort()[0];
    if (first && (await hasIndex(path.join(outDir, name, first)))) paths.push(`${name}/${first}/`);
  }
  paths.push("no-such-page/");
  return paths;
}

/** The slug of the item made from a given raw file, read from the ingest's output. */
export async function slugOfSource(contentDir: string, sourceFile: string): Promise<string> {
  for (const name of (await readdir(contentDir)).filter((file) => file.endsWith(".md")).sort()) {
    const { data } = matter(await readFile(path.join(contentDir, name), "utf8"));
    if (data["sourceFile"] === sourceFile && typeof data["slug"] === "string") return data["slug"];
  }
  throw new Error(`no item in ${contentDir} came from ${sourceFile}`);
}
