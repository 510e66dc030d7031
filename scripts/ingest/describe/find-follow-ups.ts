/**
 * Follow-ups the committee asked for: a sentence that asks for an update, report
 * or review AND says when ("in six months", "in a year's time", "at its meeting
 * on 1 September", "report back in 3 months", "at its next meeting").
 * Due dates are computed only from a known meeting date; nothing is guessed.
 */
import { addPeriod, countFromWords, type PeriodUnit } from "./add-period.ts";
import { scanDates } from "./parse-date.ts";
import { paragraphSentences, paragraphsOf } from "./split-sentences.ts";
import type { MinutesItem } from "../../../src/schema/minutes-item.ts";

export type FollowUp = MinutesItem["followUps"][number];

// Asking for something to come back. Past forms ("reported", "reviewed") are left out:
// "it was reported that in six months referrals rose" is news, not a request. Only ever
// tested, so the phrases are grouped by how they start: tried as a list of 22 at every
// position of every paragraph, they were a tenth of finding follow-ups.
const REQUEST =
  /\b(?:updates?|review(?:ing)?|revisit|reports? back|return to|further report|progress report|come back|br(?:ing|ought) back|be (?:provided|presented|submitted|brought|received|considered)|look(?:s|ing)? forward to)\b/i;
// REQUEST with any run of white space where it has a space: a paragraph whose lines joined
// hold REQUEST holds this, so a paragraph without it has no request in any of its sentences
// (94% of them), and is never cut into sentences.
const REQUEST_ACROSS_LINES = new RegExp(REQUEST.source.replaceAll(" ", String.raw`\s+`), REQUEST.flags);
const COUNT = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[- ]four|\\d{1,2}";
// "in six months", "within 3 months", "in a years’ time", "in twelve months' time".
const PERIOD = new RegExp(
  `\\b(?:in|within|after)\\s+(?:the\\s+next\\s+)?(${COUNT})\\s+(day|week|month|year)s?(?:['’]s?|s['’])?(?:\\s+time)?\\b`,
  "gi",
);
const DATED_MEETING = /\b(?:at|to|for)\s+(?:its|their|the|a)\s+meeting\s+(?:on|of)\s+/gi;
const NEXT_MEETING = /\b(?:at|to|for)\s+(?:its|their|the|a)\s+(?:next|future|subsequent)\s+meeting\b/i;

export interface FollowUpOptions {
  meetingDate?: string;
}

function fromPeriods(sentence: string, meetingDate: string | undefined): FollowUp[] {
  const found: FollowUp[] = [];
  for (const m of sentence.matchAll(PERIOD)) {
    const countWords = m[1] ?? "";
    const unit = (m[2] ?? "").toLowerCase() as PeriodUnit;
    const count = countFromWords(countWords.replace(/\s+/, " "));
    if (count === undefined) continue;
    const period = `${countWords.toLowerCase()} ${unit}${count === 1 ? "" : "s"}`;
    const followUp: FollowUp = { text: sentence, period };
    if (meetingDate !== undefined) followUp.due = addPeriod(meetingDate, count, unit);
    found.push(followUp);
  }
  return found;
}

function fromDatedMeetings(sentence: string, meetingDate: string | undefined): FollowUp[] {
  const found: FollowUp[] = [];
  const referenceYear = meetingDate === undefined ? undefined : Number(meetingDate.slice(0, 4));
  for (const m of sentence.matchAll(DATED_MEETING)) {
    const after = sentence.slice(m.index + m[0].length);
    const date = scanDates(after, referenceYear === undefined ? {} : { referenceYear })[0];
    if (date === undefined || date.index !== 0) {
      found.push({ text: sentence });
      continue;
    }
    // A yearless date for a later meeting that falls before this one is next year's.
    const yearless = !/\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(date.text);
    const due =
      yearless && meetingDate !== undefined && date.iso < meetingDate ? addPeriod(date.iso, 1, "year") : date.iso;
    found.push({ text: sentence, due });
  }
  return found;
}

/** Follow-ups from the text, then from resolutions the text did not already hold, in order. */
export function findFollowUps(
  text: string,
  resolutions: readonly string[] = [],
  options: FollowUpOptions = {},
): FollowUp[] {
  const paragraphs = [...paragraphsOf(text), ...resolutions.flatMap(paragraphsOf)];
  const sentences = paragraphs.filter((p) => REQUEST_ACROSS_LINES.test(p)).flatMap(paragraphSentences);
  const seen = new Set<string>();
  const followUps: FollowUp[] = [];
  for (const sentence of sentences) {
    if (!REQUEST.test(sentence)) continue;
    const found = [...fromDatedMeetings(sentence, options.meetingDate), ...fromPeriods(sentence, options.meetingDate)];
    if (found.length === 0 && NEXT_MEETING.test(sentence)) found.push({ text: sentence });
    for (const followUp of found) {
      // Resolutions repeat sentences of the text; compare letters and digits only.
      const key = [followUp.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""), followUp.period, followUp.due].join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      followUps.push(followUp);
    }
  }
  return followUps;
}
