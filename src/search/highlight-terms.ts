/**
 * Wraps searched words in <mark> inside the item's indexed region. <mark> is
 * used rather than the CSS Custom Highlight API because it also prints and
 * works in every browser we support; text nodes are split, never re-parsed.
 */
import { highlightPattern } from "./highlight-pattern.ts";

/** Parts of the region that are not the item's text (and never indexed either). */
const skipped = "script, style, noscript, textarea, mark, [data-pagefind-ignore]";

function textNodes(region: HTMLElement): Text[] {
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(skipped) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Returns how many words were marked. */
export function highlightTerms(region: HTMLElement, terms: readonly string[]): number {
  const pattern = highlightPattern(terms);
  if (!pattern) return 0;
  let marked = 0;
  for (const node of textNodes(region)) {
    const text = node.data;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const match of matches) {
      parts.push(text.slice(at, match.index));
      const mark = document.createElement("mark");
      mark.className = "search-highlight";
      mark.textContent = match[0];
      parts.push(mark);
      at = match.index + match[0].length;
      marked += 1;
    }
    parts.push(text.slice(at));
    node.replaceWith(...parts.filter((part) => part !== ""));
  }
  return marked;
}
