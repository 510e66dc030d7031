/**
 * Month names as minutes print them, English and Welsh, mapped to 1–12.
 * Welsh months also appear soft-mutated after a preposition ("o Fehefin"),
 * so the mutated forms are listed too.
 */
const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  // Welsh, each followed by its soft-mutated form where it has one.
  ionawr: 1,
  chwefror: 2,
  mawrth: 3,
  fawrth: 3,
  ebrill: 4,
  mai: 5,
  fai: 5,
  mehefin: 6,
  fehefin: 6,
  gorffennaf: 7,
  orffennaf: 7,
  awst: 8,
  medi: 9,
  fedi: 9,
  hydref: 10,
  tachwedd: 11,
  dachwedd: 11,
  rhagfyr: 12,
  ragfyr: 12,
};

/** Alternation for a regex, longest first so "Sept" wins over "Sep". */
export const monthAlternation = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * The month number for a name, or undefined. The name must start with a capital
 * ("May", "MAY"): lowercase "may" and "mai" are ordinary words in running text.
 */
export function monthNumber(name: string): number | undefined {
  const first = name.charAt(0);
  if (first !== first.toUpperCase()) return undefined;
  return MONTHS[name.toLowerCase()];
}
