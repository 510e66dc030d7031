/**
 * RFC 4180 CSV: every field quoted (so commas, quotes and line breaks inside
 * minutes text are safe), CRLF line ends, and a UTF-8 byte order mark so Excel
 * opens "£" and Welsh letters correctly.
 */
function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

export function rowsToCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, string>[]): string {
  const lines = [
    columns.map(quote).join(","),
    ...rows.map((row) => columns.map((column) => quote(row[column])).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
