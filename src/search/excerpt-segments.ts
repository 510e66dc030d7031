/**
 * Pagefind's excerpt is page text with `<` and `>` escaped and the matches
 * wrapped in <mark>. Rather than trust it as HTML, it is split into plain
 * text runs, marked or not, which the page inserts as text nodes.
 */

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** Undoes only the escaping Pagefind applies (see loadFragment in pagefind.js). */
function unescapePagefind(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

export function excerptToSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part) {
      // Any other tag cannot come from Pagefind; its text is kept, never parsed.
      segments.push({ text: unescapePagefind(part), marked });
    }
  }
  return segments;
}
