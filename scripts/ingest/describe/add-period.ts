/** Date arithmetic for follow-up due dates, on YYYY-MM-DD strings in UTC (no time zones, no clock). */

export type PeriodUnit = "day" | "week" | "month" | "year";

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  "twenty-four": 24,
  "twenty four": 24,
};

/** "six" → 6, "3" → 3, "a" → 1; undefined for anything else. */
export function countFromWords(words: string): number | undefined {
  const key = words.toLowerCase();
  if (/^\d{1,3}$/.test(key)) return Number(key);
  return NUMBER_WORDS[key];
}

/**
 * The date `count` units after `isoDate`. Months keep the day where they can and
 * otherwise take the month's last day: 31 August + 6 months is 28 (or 29) February.
 */
export function addPeriod(isoDate: string, count: number, unit: PeriodUnit): string {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  let date: Date;
  if (unit === "day" || unit === "week") {
    date = new Date(Date.UTC(year, month - 1, day + count * (unit === "week" ? 7 : 1)));
  } else {
    const months = count * (unit === "year" ? 12 : 1);
    const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
    date = new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
  }
  return date.toISOString().slice(0, 10);
}
