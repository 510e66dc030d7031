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

export function rowsToCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, string>[]): string {
  const lines = [
    columns.map(quote).join(","),
    ...rows.map((row) => columns.map((column) => quote(row[column])).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
