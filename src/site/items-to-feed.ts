/**
 * RSS for the whole archive, a council or a topic: the latest 50 by meeting
 * date. Undated items are left out of feeds (a feed is "what's new"), but stay
 * on every browse page. Same input, same bytes: the order is the archive's.
 */
import rss from "@astrojs/rss";
import type { Item } from "./archive.ts";
import { absoluteUrl } from "./base-path.ts";
import { isoDateToDisplay } from "./format-date.ts";
import { itemPath } from "./routes.ts";

export const feedLength = 50;

function itemToSummary({ data }: Item): string {
  const facts = [data.council, data.committee, data.meetingDate && `meeting of ${isoDateToDisplay(data.meetingDate)}`]
    .filter(Boolean)
    .join(", ");
  return data.description ? `${facts}. ${data.description}` : `${facts}.`;
}

/** The items a feed lists: the latest dated ones. */
export function feedItems(items: readonly Item[]): Item[] {
  const dated: Item[] = [];
  for (const item of items) {
    if (dated.length === feedLength) break;
    if (item.data.meetingDate) dated.push(item);
  }
  return dated;
}

export function itemsToFeed(options: {
  title: string;
  description: string;
  items: Item[];
  site: URL | undefined;
}): Promise<Response> {
  const dated = feedItems(options.items);
  return rss({
    title: options.title,
    description: options.description,
    site: absoluteUrl("", options.site),
    trailingSlash: true,
    items: dated.map((item) => ({
      title: item.data.title,
      link: absoluteUrl(itemPath(item.data), options.site),
      pubDate: new Date(`${item.data.meetingDate}T00:00:00Z`),
      description: itemToSummary(item),
      categories: item.data.topics,
    })),
  });
}
