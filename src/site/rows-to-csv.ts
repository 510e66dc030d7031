/**
 * RFC 4180 CSV: every field quoted (so commas, quotes and line breaks inside
 * minutes text are safe), CRLF line ends, and a UTF-8 byte order mark so Excel
 * opens "£" and Welsh letters correctly.
 */
// Spreadsheets run a cell starting =, +, -, @, tab or CR as a formula (OWASP "CSV injection"),
// and titles are scraped text; a leading ' keeps such a cell text. items.json keeps values as written.
const neutralise = (value: string): string => (/^[=+\-@\t\r]/u.test(value) ? `'${value}` : value);

function quote(value: string): string {
  return `"${neutralise(value).replaceAll('"', '""')}"`;
}

/** The CSV a few hundred rows at a time (for large downloads; see text-chunks.ts). */
export function* csvChunks<T, K extends string>(
  columns: readonly K[],
  items: readonly T[],
  toRow: (item: T) => Record<K, string>,
  perChunk = 500,
): Generator<string> {
  yield `\uFEFF${columns.map(quote).join(",")}\r\n`;
  for (let start = 0; start < items.length; start += perChunk) {
    const lines = items.slice(start, start + perChunk).map((item) => {
      const row = toRow(item);
      return `${columns.map((column) => quote(row[column])).join(",")}\r\n`;
    });
    yield lines.join("");
  }
}

export function rowsToCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, string>[]): string {
  return [...csvChunks(columns, rows, (row) => row)].join("");
}
