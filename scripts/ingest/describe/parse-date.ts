/**
 * Date reading shared by the describe step and the page-form parser.
 * Forms: "24 March 2020", "21st May 2020", "Monday, 5th September, 2022 1.00 pm",
 * "March 24, 2020", "23/01/2020", "12-07-21", "23.01.2020", "2020-01-23",
 * Welsh "13eg Mehefin, 2018". Numeric dates are read day first, as UK minutes write them.
 */
import { monthAlternation, monthNumber } from "./month-names.ts";

export interface DateOptions {
  /** Year for dates printed without one ("1 September"); without it they are skipped. */
  referenceYear?: number;
}

export interface DateMatch {
  iso: string;
  /** Offset of the match in the text. */
  index: number;
  /** The date as written. */
  text: string;
}

// English (st/nd/rd/th) and Welsh (af/il/ydd/ed/fed/eg/ain) ordinal endings.
const ORDINAL = "(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?";
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

const DAY_MONTH_YEAR = new RegExp(
  `${NOT_WORD_BEFORE}(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+(${monthAlternation})\\.?(?:,?\\s+(\\d{4})(?!\\d))?${NOT_WORD_AFTER}`,
  "giu",
);
const MONTH_DAY_YEAR = new RegExp(
  `${NOT_WORD_BEFORE}(${monthAlternation})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${NOT_WORD_AFTER}`,
  "giu",
);
// What every MONTH_DAY_YEAR match holds from its day to its year: texts without it (most) skip that
// scan, which tries the month names at every letter.
const DAY_THEN_YEAR = /\d(?:st|nd|rd|th)?,?\s+\d{4}/iu;
// Separators must repeat ("23/01/2020", never "23/01-2020"); no digit, slash or dot
// may touch either end, so paragraph numbers like "20.1.1.4" are not dates.
const NUMERIC = /(?<![\d/.\-\p{L}])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/gu;
const ISO = /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu;

/** YYYY-MM-DD when the parts make a real calendar date (no 30 February). */
function toIso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return [String(year).padStart(4, "0"), String(month).padStart(2, "0"), String(day).padStart(2, "0")].join("-");
}

/** Two-digit years are this century up to 69, last century from 70 ("12-07-21" is 2021). */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

function push(found: DateMatch[], match: RegExpExecArray, iso: string | undefined): void {
  if (iso !== undefined) found.push({ iso, index: match.index, text: match[0] });
}

/** Every date in the text with its position, in text order, overlaps removed. */
export function scanDates(text: string, options: DateOptions = {}): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthNumber(m[2] ?? "");
    const year = m[3] === undefined ? options.referenceYear : Number(m[3]);
    if (month !== undefined && year !== undefined) push(found, m, toIso(year, month, Number(m[1])));
  }
  if (DAY_THEN_YEAR.test(text)) {
    for (const m of text.matchAll(MONTH_DAY_YEAR)) {
      const month = monthNumber(m[1] ?? "");
      if (month !== undefined) push(found, m, toIso(Number(m[3]), month, Number(m[2])));
    }
  }
  for (const m of text.matchAll(NUMERIC)) {
    const [, day = "", separator, month = "", year = ""] = m;
    // A dotted date needs a four-digit year or two-digit parts ("23.01.20"):
    // "1.2.3" is a paragraph number, not 1 February 2003.
    const dotted = separator === ".";
    if (dotted && year.length !== 4 && (day.length !== 2 || month.length !== 2)) continue;
    push(found, m, toIso(fullYear(year), Number(month), Number(day)));
  }
  for (const m of text.matchAll(ISO)) push(found, m, toIso(Number(m[1]), Number(m[2]), Number(m[3])));

  // Earliest first; at one position the longer reading wins ("5 September, 2022"
  // over "5 September"); anything overlapping an accepted match is dropped.
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: DateMatch[] = [];
  let end = -1;
  for (const match of found) {
    if (match.index < end) continue;
    kept.push(match);
    end = match.index + match.text.length;
  }
  return kept;
}

/**
 * The first date in a short piece of text ("Monday, 5th September, 2022 1.00 pm",
 * "23/01/2020 - Children and Families Scrutiny Panel") as YYYY-MM-DD, or
 * undefined when there is none. Words around the date are ignored.
 */
export function parseDate(text: string, options: DateOptions = {}): string | undefined {
  return scanDates(text, options)[0]?.iso;
}
