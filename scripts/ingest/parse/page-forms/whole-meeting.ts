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
export function opensNumberedItem(lines: SourceLine[], index: number): boolean {
  const filled = lines.slice(index + 1).filter((line) => line.text.trim() !== "");
  const [title, ...after] = filled;
  if (!title || matchLabel(title.text) || opensSomethingElse(title.text)) return false;
  for (const line of after.slice(0, MAX_LINES_BEFORE_LABEL)) {
    const label = matchLabel(line.text);
    if (label) return label.kind === "minutes" || label.kind === "decision";
    if (opensSomethingElse(line.text)) return false;
  }
  return false;
}
