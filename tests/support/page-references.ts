/**
 * Every address an HTML page refers to (links, assets, forms, metadata) and
 * every address the feeds, sitemaps and robots.txt give, for checks that a site
 * built under a base path never points outside it.
 */
import { DomUtils, parseDocument } from "htmlparser2";

/** Attributes holding an address; srcset holds several. */
const urlAttributes = ["href", "src", "action", "formaction", "poster", "data", "cite", "background", "xlink:href"];

export function htmlReferences(html: string): string[] {
  const document = parseDocument(html);
  const references: string[] = [];
  for (const element of DomUtils.findAll(() => true, document.children)) {
    for (const name of urlAttributes) {
      const value = element.attribs[name];
      if (value !== undefined) references.push(value.trim());
    }
    const srcset = element.attribs["srcset"];
    if (srcset) references.push(...srcset.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? ""));
    // <meta property="og:url" content="https://..."> and the like.
    const content = element.attribs["content"];
    if (element.name === "meta" && content && /^(https?:)?\//.test(content)) references.push(content.trim());
  }
  // url(...) in inline styles and <style> blocks.
  for (const match of html.matchAll(/url\(\s*['"]?([^'")\s]+)/g)) references.push(match[1] ?? "");
  return references.filter((reference) => reference !== "");
}

/** Addresses in XML (feeds, sitemaps) and in robots.txt. */
export function textReferences(text: string): string[] {
  const inXml = [...text.matchAll(/<(?:loc|link|guid|id)[^>]*>([^<]+)</g)].map((match) => match[1]?.trim() ?? "");
  const hrefs = [...text.matchAll(/\bhref="([^"]+)"/g)].map((match) => match[1] ?? "");
  const robots = [...text.matchAll(/^Sitemap:\s*(\S+)/gm)].map((match) => match[1] ?? "");
  return [...inXml, ...hrefs, ...robots].filter((reference) => reference !== "");
}
