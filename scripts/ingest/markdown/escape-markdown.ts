/**
 * Source text must stay literal on the page: a line of minutes that starts with
 * "#", "*", "1." or "---", or holds "<script>", backticks or "[link](url)", is
 * text to show, never Markdown or HTML to interpret. Every character Markdown
 * could read as syntax gets a backslash (CommonMark allows one before any ASCII
 * punctuation), so the rendered text is exactly the source text.
 *
 * Web addresses and email addresses are the exception: GFM would autolink them
 * and show any backslash inside one literally ("?id=5\&x=1"), so each is written
 * as a CommonMark autolink ("<https://...>"), whose text is shown exactly as
 * printed and whose link the sanitiser allows (http, https, mailto only).
 */

// Punctuation that means something anywhere in a line (emphasis, code, links, HTML, entities, tables, strikethrough,
// ATX closers), and "@" so that an address the pattern below misses is never half-autolinked.
const inlineSyntax = /[\\`*_[\]<>&|~#@]/gu;
// "www." would start a GFM autolink of its own; "www\." shows the same text and links nothing.
const bareWww = /\b(www)\./giu;
// At the start of a block: list bullets, setext/thematic-break characters, ordered-list markers ("12." / "3)").
const blockStart = /^([-+=]|\d{1,9}(?=[.)]))/u;
// "https://example.gov.uk/minutes?id=5&x=1" up to a space or angle bracket, then back off trailing punctuation.
const url = /\bhttps?:\/\/[^\s<>]*[^\s<>.,;:!?)'"’”\]]/giu;
// "clerk@example.gov.uk": CommonMark's autolink alphabet, so the "<...>" form is always a valid autolink.
const email =
  /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+/gu;
const address = new RegExp(`${url.source}|${email.source}`, "giu");

// Either pattern, looked for once: most blocks hold neither, and each replace scans the whole text.
const anyToEscape = new RegExp(`${inlineSyntax.source}|${bareWww.source}`, "iu");

function escapeText(text: string): string {
  return anyToEscape.test(text) ? text.replace(inlineSyntax, "\\$&").replace(bareWww, "$1\\.") : text;
}

export function escapeInline(text: string): string {
  // Every address holds "://" or "@"; most paragraphs hold neither, and the email pattern is slow to rule out.
  if (!text.includes("://") && !text.includes("@")) return escapeText(text);
  let out = "";
  let from = 0;
  for (const match of text.matchAll(address)) {
    if (match.index < from) continue;
    let link = match[0];
    // "(see https://x.org/a_(b))": a bracket the address opened is part of it; the one around it is not.
    while (text[match.index + link.length] === ")" && link.split("(").length > link.split(")").length) link += ")";
    out += `${escapeText(text.slice(from, match.index))}<${link}>`;
    from = match.index + link.length;
  }
  return out + escapeText(text.slice(from));
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
