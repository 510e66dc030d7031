/**
 * Whether every line starts with its printed label ("a)", "(ii)", "3.", "29.1").
 * Such lists are shown with their labels as text and no extra numbering, the
 * same rule the minutes renderer applies (src/content/render-minutes-html.ts).
 */
const printedLabel = /^(?:\(?[ivxlcdm]+[.)]|\(?[a-z][.)]|\(?\d+(?:\.\d+)*[.)]?)\s/i;

export function allHavePrintedLabels(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.every((line) => printedLabel.test(line));
}
