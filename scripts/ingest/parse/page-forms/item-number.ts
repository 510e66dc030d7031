/**
 * Item numbers printed on their own line above a title (whole-meeting pages),
 * and the same number repeated at the start of a title.
 */
import type { RemovedText, SourceLine } from "../../types.ts";

const NUMBER_LINES: RegExp[] = [
  // "1.", "87.", "27a.", "5" — minute numbers
  /^\d{1,3}[a-z]?\.?$/,
  // "CYP/15/24" — committee prefix / minute / year
  /^[A-Z]{1,6}\/\d{1,4}\/\d{2,4}$/,
  // "65/08" — minute / year
  /^\d{1,4}\/\d{2,4}$/,
];

/** Each pattern starts with a digit or a capital. */
const FIRST = /^[0-9A-Z]/;

/** The item number if the whole line is one ("27a." → "27a"), else undefined. */
export function readNumberLine(text: string): string | undefined {
  const trimmed = text.trim();
  if (!FIRST.test(trimmed) || !NUMBER_LINES.some((pattern) => pattern.test(trimmed))) return undefined;
  return trimmed.replace(/\.$/, "");
}

/**
 * "25 Foster Care Allowances" or "25. Foster Care Allowances" after a line
 * that already gave item 25: the number is metadata, the rest is the title.
 */
export function stripNumberFromTitle(title: string, itemNumber: string | undefined): string {
  if (itemNumber === undefined) return title;
  // "<number>" then optional "." then at least one space
  const match = /^(\S+?)\.?\s+(.+)$/.exec(title);
  return match?.[1] === itemNumber && match[2] !== undefined ? match[2] : title;
}

/** The title without a repeated item number, and that number's text as removed (reported, never silent). */
export function titleAfterNumber(
  line: SourceLine,
  itemNumber: string | undefined,
): { title: string; removed: RemovedText[] } {
  const text = line.text.trim();
  const title = stripNumberFromTitle(text, itemNumber);
  const prefix = text.slice(0, text.length - title.length).trim();
  const removed =
    prefix === "" ? [] : [{ line: line.line, text: prefix, reason: "item number repeated before the title" }];
  return { title, removed };
}
