/**
 * Whole-meeting pages print each item's number on its own line ("1.", "87.",
 * "CYP/15/24", "65/08", "27a."), then its title, then "Minutes:". A lone number
 * is also how a numbered list in the minutes can look ("1." with its text on
 * the next line), so a number only opens an item when a title follows and a
 * "Minutes:" or "Decision:" label comes soon after it.
 */
import type { SourceLine } from "../../types.ts";
import { readMeetingLine } from "./issue-history.ts";
import { readNumberLine } from "./item-number.ts";
import { matchLabel } from "./labels.ts";

/** How many non-blank lines (title, description) may sit between a number and "Minutes:". */
const MAX_LINES_BEFORE_LABEL = 6;

function opensSomethingElse(text: string): boolean {
  return readNumberLine(text) !== undefined || readMeetingLine(text) !== undefined;
}

/** Whether the number on line `index` opens a new item. */
/** The next `count` lines after `index` that hold text. */
function filledAfter(lines: SourceLine[], index: number, count: number): SourceLine[] {
  const filled: SourceLine[] = [];
  for (let next = index + 1; next < lines.length && filled.length < count; next++) {
    const line = lines[next] as SourceLine;
    if (line.text.trim() !== "") filled.push(line);
  }
  return filled;
}

export function opensNumberedItem(lines: SourceLine[], index: number): boolean {
  const [title, ...after] = filledAfter(lines, index, 1 + MAX_LINES_BEFORE_LABEL);
  if (!title || matchLabel(title.text) || opensSomethingElse(title.text)) return false;
  for (const line of after) {
    const label = matchLabel(line.text);
    if (label) return label.kind === "minutes" || label.kind === "decision";
    if (opensSomethingElse(line.text)) return false;
  }
  return false;
}
