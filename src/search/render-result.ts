/**
 * One search result as DOM: title link, council, date, topics, excerpt.
 * Built with text nodes only; nothing from the index is parsed as HTML.
 */
import { excerptToSegments } from "./excerpt-segments.ts";
import type { PagefindResultData } from "./pagefind-types.ts";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element("li", "search-result");
  const heading = element("h3", "search-result__title");
  const link = element("a", "search-result__link", data.meta["title"] ?? data.url);
  link.href = data.url;
  heading.append(link);

  const facts = element("p", "search-result__facts");
  const parts = [data.meta["council"], data.meta["date"]].filter((value): value is string => Boolean(value));
  facts.textContent = parts.join(" · ");
  const topics = data.meta["topics"];
  if (topics)
    facts.append(parts.length > 0 ? " · " : "", element("span", "search-result__topics", `Topics: ${topics}`));

  const excerpt = element("p", "search-result__excerpt");
  for (const segment of excerptToSegments(data.excerpt)) {
    excerpt.append(segment.marked ? element("mark", "", segment.text) : document.createTextNode(segment.text));
  }
  item.append(heading, facts, excerpt);
  return item;
}
