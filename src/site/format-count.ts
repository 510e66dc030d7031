/** "1 item", "2,345 items": counts read as words, with thousands separators. */
export function countToText(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? singular : plural}`;
}
