/**
 * Sums of money in pounds: "£450,000", "£411,840", "£1.2m", "£3 million", "£25k",
 * "£1.5bn", and ranges such as "£12-15m", where the unit printed once applies to both ends.
 */
import type { MinutesItem } from "../../../src/schema/minutes-item.ts";

export type MoneyAmount = MinutesItem["money"][number];

const NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?";
const UNIT = "(?:\\s?(k|m|bn)|\\s+(thousand|million|billion))(?![\\p{L}\\p{N}])";
// A range is tried first so the bare "£12" of "£12-15m" is never read as twelve pounds.
const RANGE = new RegExp(`£\\s?${NUMBER}\\s?(?:-|–|to)\\s?£?${NUMBER}${UNIT}`, "giu");
const SINGLE = new RegExp(`£\\s?${NUMBER}(?:${UNIT})?(?![\\p{N}])`, "giu");

const MULTIPLIER: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/** Whole pounds; pence round to the nearest pound. */
function toPounds(whole: string, fraction: string | undefined, unit: string | undefined): number {
  const value = Number(whole.replace(/,/g, "") + (fraction ?? ""));
  return Math.round(value * (unit === undefined ? 1 : (MULTIPLIER[unit.toLowerCase()] ?? 1)));
}

/** Each distinct amount once, in order of first mention. */
export function findMoney(text: string): MoneyAmount[] {
  if (!text.includes("£")) return [];
  const found: { index: number; amount: MoneyAmount }[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(RANGE)) {
    const unit = m[5] ?? m[6];
    const written = m[0];
    found.push({ index: m.index, amount: { text: written, pounds: toPounds(m[1] ?? "", m[2], unit) } });
    found.push({ index: m.index + 1, amount: { text: written, pounds: toPounds(m[3] ?? "", m[4], unit) } });
    taken.push([m.index, m.index + written.length]);
  }
  for (const m of text.matchAll(SINGLE)) {
    if (taken.some(([start, end]) => m.index >= start && m.index < end)) continue;
    const written = m[0].trim();
    found.push({ index: m.index, amount: { text: written, pounds: toPounds(m[1] ?? "", m[2], m[3] ?? m[4]) } });
  }
  found.sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  const amounts: MoneyAmount[] = [];
  for (const { amount } of found) {
    const key = `${amount.text}\u0000${amount.pounds}`;
    if (seen.has(key)) continue;
    seen.add(key);
    amounts.push(amount);
  }
  return amounts;
}
