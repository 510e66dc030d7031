/**
 * Source text must stay literal on the page: a line of minutes that starts with
 * "#", "*", "1." or "---", or holds "<script>", backticks or "[link](url)", is
 * text to show, never Markdown or HTML to interpret. Every character Markdown
 * could read as syntax gets a backslash (CommonMark allows one before any ASCII
 * punctuation), so the rendered text is exactly the source text.
 */

// Punctuation that means something anywhere in a line (emphasis, code, links, HTML, entities, tables, strikethrough, ATX closers).
const inlineSyntax = /[\\`*_[\]<>&|~#]/gu;
// At the start of a block: list bullets, setext/thematic-break characters, ordered-list markers ("12." / "3)").
const blockStart = /^([-+=]|\d{1,9}(?=[.)]))/u;

export function escapeInline(text: string): string {
  return text.replace(inlineSyntax, "\\$&");
}

/** Escapes a whole block of text that will start a Markdown line. */
export function escapeBlock(text: string): string {
  const escaped = escapeInline(text);
  const start = blockStart.exec(escaped);
  if (!start) return escaped;
  const lead = start[1] ?? "";
  // For "12." escape the punctuation after the digits; for "-", "+", "=" escape the character itself.
  return /^\d/u.test(lead) ? `${lead}\\${escaped.slice(lead.length)}` : `\\${escaped}`;
}
