/**
 * One flat record per item for the open data downloads (JSON and CSV): every
 * frontmatter field, plus the item's address in the archive. Lists are joined
 * with "; " in CSV (one row per item); JSON keeps them as arrays.
 */
import type { MinutesItem } from "../schema/minutes-item.ts";

export function itemToJsonRecord(item: MinutesItem, url: string): MinutesItem & { url: string } {
  return { url, ...item };
}

export const csvColumns = [
  "slug",
  "url",
  "title",
  "description",
  "council",
  "councilCode",
  "committee",
  "meetingDate",
  "itemNumber",
  "status",
  "language",
  "topics",
  "resolutions",
  "followUps",
  "money",
  "organisations",
  "acronyms",
  "documents",
  "datesMentioned",
  "sourceFile",
  "sourceSha256",
  "sourcePart",
  "sourceLine",
  "sourceUrl",
  "retrieved",
  "meetingId",
  "itemId",
  "provenance",
] as const;

type CsvRow = Record<(typeof csvColumns)[number], string>;

export function itemToCsvRow(item: MinutesItem, url: string): CsvRow {
  const text = (value: string | number | undefined): string => (value === undefined ? "" : String(value));
  return {
    slug: item.slug,
    url,
    title: item.title,
    description: text(item.description),
    council: text(item.council),
    councilCode: text(item.councilCode),
    committee: text(item.committee),
    meetingDate: text(item.meetingDate),
    itemNumber: text(item.itemNumber),
    status: text(item.status),
    language: item.language,
    topics: item.topics.join("; "),
    resolutions: item.resolutions.join("\n"),
    followUps: item.followUps
      .map((followUp) => (followUp.due ? `${followUp.text} (due ${followUp.due})` : followUp.text))
      .join("\n"),
    money: item.money.map((amount) => amount.text).join("; "),
    organisations: item.organisations.join("; "),
    acronyms: item.acronyms.map((acronym) => `${acronym.short}: ${acronym.expansion}`).join("; "),
    documents: item.documents
      .map((document) => (document.url ? `${document.title} <${document.url}>` : document.title))
      .join("\n"),
    datesMentioned: item.datesMentioned.join("; "),
    sourceFile: item.sourceFile,
    sourceSha256: item.sourceSha256,
    sourcePart: text(item.sourcePart),
    sourceLine: text(item.sourceLine),
    sourceUrl: text(item.sourceUrl),
    retrieved: text(item.retrieved),
    meetingId: text(item.meetingId),
    itemId: text(item.itemId),
    provenance: Object.entries(item.provenance)
      .map(([field, from]) => `${field}: ${from}`)
      .join("; "),
  };
}
