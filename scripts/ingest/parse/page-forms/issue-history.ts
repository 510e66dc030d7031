/**
 * The line that opens each entry of an issue-history page:
 * "Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)".
 */
import type { FoundInText } from "../../types.ts";
import { parseDate } from "../../describe/parse-date.ts";

export interface MeetingLine {
  found: FoundInText;
  language: "en" | "cy";
  /** The date as printed, when it could not be read (the caller warns). */
  unreadDate?: string;
}

// "Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)"
// "Cyfarfod: 13/06/2018 - Pwyllgor Craffu Plant (Eitem 5)"
const MEETING = /^(meeting|cyfarfod):\s*(\S+)\s+[-–]\s+(.+?)(?:\s+\((?:item|eitem)\s+([^)]+)\))?$/i;

export function readMeetingLine(text: string): MeetingLine | undefined {
  const match = MEETING.exec(text.trim());
  if (!match) return undefined;
  const [, keyword = "", printedDate = "", committee = "", itemNumber] = match;
  const found: FoundInText = { committee: committee.trim() };
  const meetingDate = parseDate(printedDate);
  if (meetingDate !== undefined) found.meetingDate = meetingDate;
  if (itemNumber !== undefined) found.itemNumber = itemNumber.trim();
  const language = keyword.toLowerCase() === "cyfarfod" ? "cy" : "en";
  return meetingDate === undefined ? { found, language, unreadDate: printedDate } : { found, language };
}
