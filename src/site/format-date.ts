/**
 * Dates are kept as ISO strings (YYYY-MM-DD) end to end and formatted by hand,
 * so output never depends on the build machine's time zone or ICU data.
 */
/** English month names, January first. */
export const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const displayed = new Map<string, string>();

/** "2020-03-24" → "24 March 2020" (GOV.UK style: no leading zero, no ordinal). */
export function isoDateToDisplay(iso: string): string {
  // A build shows a few thousand distinct dates tens of thousands of times.
  let text = displayed.get(iso);
  if (text === undefined) {
    const [year, month, day] = iso.split("-").map(Number);
    const name = monthNames[(month ?? 1) - 1];
    text = year === undefined || day === undefined || name === undefined ? iso : `${day} ${name} ${year}`;
    displayed.set(iso, text);
  }
  return text;
}

/** "2020-03-24" → "2020"; undefined when the date is not known. */
export function isoDateToYear(iso: string | undefined): string | undefined {
  return iso?.slice(0, 4);
}

/** A timestamp → "24 March 2020 at 14:05 UTC", for the about page's build time. */
export function dateToDisplayUtc(date: Date): string {
  const iso = date.toISOString();
  return `${isoDateToDisplay(iso.slice(0, 10))} at ${iso.slice(11, 16)} UTC`;
}
