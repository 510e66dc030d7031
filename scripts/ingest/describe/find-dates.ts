/** Every date an item's text mentions, as ISO dates, once each, in order of first mention. */
import { scanDates, type DateOptions } from "./parse-date.ts";

export function findDates(text: string, options: DateOptions = {}): string[] {
  const seen = new Set<string>();
  for (const match of scanDates(text, options)) seen.add(match.iso);
  return [...seen];
}
