/**
 * Older, non-ModernGov minutes: each item opens with its minute number and an
 * upper-case heading, often followed on the same line by the first sentence:
 * "219 DECLARATIONS OF INTEREST – Councillor Ash declared ...", with the agenda
 * number sometimes in brackets: "220 LOOKED AFTER CHILDREN (28)" or "(28) APOLOGIES".
 */
import type { RemovedText, SourceLine } from "../../types.ts";
import { newDraft, type ItemDraft } from "./item-draft.ts";

export interface OlderHeading {
  title: string;
  itemNumber: string;
  /** The number was printed in brackets, "(28) APOLOGIES": agenda numbering, its own sequence. */
  bracketed: boolean;
  /** "(28)" printed after a heading that already has a minute number. */
  agendaNumber?: string;
  /** The text after the dash, which is the first line of the minutes. */
  rest: string;
}

// "219 REST", "219. REST" or "(28) REST"
const NUMBERED = /^(?:(\d{1,4}[a-z]?)\.?|\((\d{1,3}[a-z]?)\))\s+(\S.*)$/;
// "HEADING – first sentence": heading with no lower-case letter, then a spaced dash
const WITH_TEXT = /^([^a-z]*?)\s+[–—-]\s+(.*)$/;
// "LOOKED AFTER CHILDREN (28)": agenda number at the end of the heading
const AGENDA_NUMBER = /^(.*\S)\s+\((\d{1,3}[a-z]?)\)$/;
// Decision lines that can look like headings: "1 RESOLVED – That ..."
const NOT_A_HEADING = /^(?:RESOLVED|AGREED|NOTED|ACTION)\b/;

export function readOlderHeading(text: string): OlderHeading | undefined {
  const numbered = NUMBERED.exec(text.trim());
  if (!numbered) return undefined;
  const itemNumber = numbered[1] ?? numbered[2] ?? "";
  const after = numbered[3] ?? "";
  const withText = WITH_TEXT.exec(after);
  let title = withText ? (withText[1] ?? "") : after;
  const rest = withText ? (withText[2] ?? "") : "";
  if (/[a-z]/.test(title)) return undefined;
  let agendaNumber: string | undefined;
  const agenda = AGENDA_NUMBER.exec(title);
  if (agenda && numbered[1] !== undefined) {
    title = agenda[1] ?? title;
    agendaNumber = agenda[2];
  }
  const letters = title.replace(/[^A-Z]/g, "").length;
  // A heading ends in a letter, bracket or quote; "2019 TOTAL 450" (a table row) does not.
  if (letters < 4 || !/[A-Z)'’"]$/.test(title) || NOT_A_HEADING.test(title)) return undefined;
  const heading: OlderHeading = { title, itemNumber, bracketed: numbered[1] === undefined, rest };
  if (agendaNumber !== undefined) heading.agendaNumber = agendaNumber;
  return heading;
}

/** The item a heading opens; the text after its dash is the first line of the minutes. */
export function olderDraft(heading: OlderHeading, line: SourceLine): { draft: ItemDraft; removed: RemovedText[] } {
  const draft = newDraft(line.line, { itemNumber: heading.itemNumber });
  Object.assign(draft, { title: heading.title, titleLine: line.line, section: "pre", older: true });
  if (heading.rest !== "") draft.pre.push({ line: line.line, text: heading.rest });
  if (heading.agendaNumber === undefined) return { draft, removed: [] };
  const reason = `agenda number (${heading.agendaNumber}) beside minute number ${heading.itemNumber}; the minute number is kept`;
  return { draft, removed: [{ line: line.line, text: `(${heading.agendaNumber})`, reason }] };
}
