/**
 * The "Cite this item" line and citation meta tags. Citation managers (Zotero)
 * read Highwire "citation_*" and Dublin Core "DC.*" tags; Google Scholar wants
 * citation_date as YYYY/MM/DD.
 */
import type { MinutesItem } from "../schema/minutes-item.ts";
import { isoDateToDisplay } from "./format-date.ts";
import { siteName } from "./site-info.ts";

/** e.g. Leicestershire County Council, Children and Families Overview and Scrutiny Committee, minutes of 3 March 2020, item 8: "Title". Children's Social Care Scrutiny Archive. <url> */
export function itemToCitation(item: MinutesItem, permalink: string): string {
  const body = [item.council ?? "Council not known", item.committee].filter(Boolean).join(", ");
  const when = item.meetingDate ? `minutes of ${isoDateToDisplay(item.meetingDate)}` : "minutes (date not known)";
  const number = item.itemNumber ? `, item ${item.itemNumber}` : "";
  return `${body}, ${when}${number}: “${item.title}”. ${siteName}. ${permalink}`;
}

/** name → content pairs for <meta>; fields that are not known are left out, not guessed. */
export function itemToCitationMeta(item: MinutesItem, permalink: string): [string, string][] {
  const meta: [string, string][] = [
    ["DC.title", item.title],
    ["citation_title", item.title],
    ["DC.language", item.language],
    ["citation_language", item.language],
    ["citation_public_url", permalink],
    ["DC.identifier", permalink],
  ];
  if (item.meetingDate) {
    meta.push(["DC.date", item.meetingDate], ["citation_date", item.meetingDate.replaceAll("-", "/")]);
  }
  if (item.council) meta.push(["DC.publisher", item.council], ["citation_publisher", item.council]);
  return meta;
}
