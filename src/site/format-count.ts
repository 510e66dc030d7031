/** "1 item", "2,345 items": counts read as words, with thousands separators. */
// toLocaleString("en-GB") sets up a formatter on every call; one shared formatter gives the same text, faster.
const thousands = new Intl.NumberFormat("en-GB");

export function countToText(count: number, singular: string, plural = `${singular}s`): string {
  return `${thousands.format(count)} ${count === 1 ? singular : plural}`;
}
