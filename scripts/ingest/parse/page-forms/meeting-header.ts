/**
 * The lines a whole-meeting page prints above its first item: the committee
 * and date, the venue, the contact. The committee and date apply to every item
 * on the page; the rest is meeting-level detail with no place in an item, so
 * it is reported as removed rather than dropped silently.
 */
import type { FoundInText } from "../../types.ts";
import { parseDate } from "../../describe/parse-date.ts";

export type HeaderLine = { kind: "meeting"; found: FoundInText } | { kind: "detail"; reason: string };

// "Corporate Parenting Board - Thursday, 9th November, 2023 2.00 pm"
// "Pwyllgor Rhianta Corfforaethol - Dydd Iau, 9fed Tachwedd, 2023 2.00 pm"
const MEETING =
  /^(.+?)\s+[-–]\s+((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|dydd \p{L}+),?\s.*\d.*)$/iu;

const DETAILS: { pattern: RegExp; reason: string }[] = [
  // "Venue: Council Chamber, County Hall" / Welsh "Lleoliad: Siambr y Cyngor"
  { pattern: /^(?:venue|lleoliad):\s*\S/i, reason: "meeting venue (page header)" },
  // "Contact: Jane Smith, Democratic Services" / Welsh "Cyswllt: ..."
  { pattern: /^(?:contact|cyswllt):\s*\S/i, reason: "meeting contact (page header)" },
  // "Items" and the table heading "No. Item" above the item list
  { pattern: /^(?:items|eitemau|no\.\s*item|rhif\s*eitem)$/i, reason: "item table heading" },
  // "Issue - items at meetings - Foster Care Allowances" (issue-history page heading)
  { pattern: /^issue - items at meetings - \S/i, reason: "issue-history page heading" },
];

/** Reads a header line printed before the first item, if the line is one. */
export function readHeaderLine(text: string): HeaderLine | undefined {
  const trimmed = text.trim();
  const meeting = MEETING.exec(trimmed);
  if (meeting) {
    const meetingDate = parseDate(meeting[2] ?? "");
    if (meetingDate !== undefined) {
      return { kind: "meeting", found: { committee: (meeting[1] ?? "").trim(), meetingDate } };
    }
  }
  const detail = DETAILS.find(({ pattern }) => pattern.test(trimmed));
  return detail ? { kind: "detail", reason: detail.reason } : undefined;
}
