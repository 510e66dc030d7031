/**
 * The search record of one item: the words its page shows in the indexed part
 * of the article, with the same meta, filters and sort key the page's
 * data-pagefind-* attributes carry. Indexing these records straight from the
 * ingest's Markdown, instead of reading the built HTML back, lets the index be
 * built on the second core while Astro renders the pages (issue 5).
 */
import { Parser } from "htmlparser2";
import type { CustomRecord } from "pagefind";
import { minutesMarkdownToHtml } from "../../src/content/render-minutes-html.ts";
import type { MinutesItem } from "../../src/schema/minutes-item.ts";
import { isoDateToDisplay, isoDateToYear } from "../../src/site/format-date.ts";
import { defaultLayout, itemPathIn, type SiteLayout } from "../../src/site/site-layout.ts";
import { compareLabels } from "../../src/site/sort-items.ts";

/** What a record needs from the frontmatter; the schema module owns the full shape. */
export type RecordItem = Pick<
  MinutesItem,
  | "title"
  | "slug"
  | "description"
  | "council"
  | "committee"
  | "meetingDate"
  | "itemNumber"
  | "sourceFile"
  | "topics"
  | "documents"
>;

/** Where a block ends in the rendered minutes, words must not run together. */
const blockTags = new Set(["p", "li", "h2", "h3", "h4", "blockquote", "br", "hr", "ul", "ol"]);

/** The text of sanitised minutes HTML, entities decoded, one line per block. */
export function htmlToText(html: string): string {
  let text = "";
  const parser = new Parser(
    {
      ontext(data) {
        text += data;
      },
      onclosetag(name) {
        if (blockTags.has(name)) text += "\n";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/[ \t]*\n\s*/g, "\n").trim();
}

/** Blocks as one text the way Pagefind joins a page's blocks: a full stop where a block has no closing punctuation, so excerpts read as sentences. */
function joinBlocks(blocks: readonly string[]): string {
  return blocks
    .flatMap((block) => block.split("\n"))
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/[.!?:;]$/u.test(line) ? line : `${line}.`))
    .join(" ");
}

/**
 * The record for one item. Same wording as the page: "Council not known" and
 * "Committee not known" are the filter values of items without one, "Date not
 * known" the year of undated items; topics by their labels.
 */
export function searchRecordOf(
  item: RecordItem,
  minutesMarkdown: string,
  topicLabel: (id: string) => string,
  layout: SiteLayout = defaultLayout,
): CustomRecord {
  const topics = item.topics.map(topicLabel).sort(compareLabels);
  const searchTerms = [item.itemNumber, item.sourceFile, item.council, item.committee].filter(Boolean).join(" · ");
  const content = joinBlocks([
    item.title,
    item.description ?? "",
    htmlToText(minutesMarkdownToHtml(minutesMarkdown)),
    ...item.documents.map((document) => document.title),
    searchTerms,
  ]);

  const meta: Record<string, string> = { title: item.title, council: item.council ?? "Council not known" };
  if (item.meetingDate) meta["date"] = isoDateToDisplay(item.meetingDate);
  if (topics.length > 0) meta["topics"] = topics.join("; ");

  const filters: Record<string, string[]> = {
    year: [isoDateToYear(item.meetingDate) ?? "Date not known"],
    council: [item.council ?? "Council not known"],
    committee: [item.committee ?? "Committee not known"],
  };
  if (topics.length > 0) filters["topic"] = topics;

  return {
    // An explicit, base-free URL: the search page adds the site's base path at query time.
    url: `/${itemPathIn(layout, item)}`,
    content,
    language: "en",
    meta,
    filters,
    ...(item.meetingDate ? { sort: { date: item.meetingDate } } : {}),
  };
}
