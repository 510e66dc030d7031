/** Reading a built site in tests: its HTML files, parsed, and the hrefs they hold. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import type { Document, Element } from "domhandler";

export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

export async function readHtml(outDir: string, file: string): Promise<Document> {
  return parseDocument(await readFile(path.join(outDir, file), "utf8"));
}

/** Every element matching a test, in document order. */
export function findAll(node: Document | Element, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, node.children);
}

export function byAttribute(name: string, value?: string): (element: Element) => boolean {
  return (element) => element.attribs[name] !== undefined && (value === undefined || element.attribs[name] === value);
}

export function byClass(name: string): (element: Element) => boolean {
  return (element) => (element.attribs["class"] ?? "").split(/\s+/).includes(name);
}

export function text(node: Element): string {
  return DomUtils.textContent(node).replace(/\s+/g, " ").trim();
}

/** Slugs of the items listed in the page's main item list, in order. */
export function listedItemSlugs(document: Document): string[] {
  const [main] = findAll(document, (element) => element.name === "main");
  const [list] = main ? findAll(main, byClass("item-list")) : [];
  if (!list) return [];
  return findAll(list, (element) => element.name === "a")
    .map((link) => /\/items\/([^/]+)\/$/.exec(link.attribs["href"] ?? "")?.[1])
    .filter((slug): slug is string => slug !== undefined);
}
