/**
 * Page furniture: text the website printed around the minutes (navigation,
 * document-size labels, agenda markers). Only exact shapes are removed, and
 * every removal is reported, so a line of real minutes is never lost.
 */
import type { RemovedText, SourceLine } from "../../types.ts";

interface WholeLine {
  pattern: RegExp;
  reason: string;
}

const WHOLE_LINES: WholeLine[] = [
  // "skip navigation and tools" / "Skip to main content" (screen-reader links)
  { pattern: /^skip (?:navigation and tools|to (?:main )?content)$/i, reason: "navigation text" },
  // "Toggle mobile menu visibility" (menu button label)
  { pattern: /^toggle mobile menu visibility$/i, reason: "navigation text" },
  // "Back to top" / "Return to top"
  { pattern: /^(?:back|return) to top$/i, reason: "navigation text" },
  // "pdf icon PDF 74 KB", "pdf eicon PDF 1 MB", "PDF 312 KB" alone on a line
  { pattern: /^(?:pdf e?icon\s*)?pdf \d+(?:\.\d+)? ?[km]b$/i, reason: "document size label" },
  // "pdf icon" / "pdf eicon" alone (the icon's alt text)
  { pattern: /^pdf e?icon$/i, reason: "document icon text" },
];

// "Report of the Director pdf icon PDF 74 KB": the icon and size after a document name
const TRAILING_SIZE = /\s*pdf e?icon\s*pdf \d+(?:\.\d+)? ?[km]b$/i;
// "<AI1>", "</AI12>": agenda-item markers left by the minutes export
const AI_MARKER = /<\/?AI\d+>/g;
const AI_MARKER_SPACED = /\s*<\/?AI\d+>\s*/g;

const MAX_FURNITURE_CHARS = 120;
/** Every whole-line pattern starts with one of these letters, in either case. */
const FURNITURE_FIRST = new Set([..."bprstBPRST"]);

export interface FurnitureResult {
  lines: SourceLine[];
  removed: RemovedText[];
}

/** Drops whole furniture lines and strips inline furniture, reporting each removal. */
export function removeFurniture(input: SourceLine[]): FurnitureResult {
  const lines: SourceLine[] = [];
  const removed: RemovedText[] = [];
  for (const source of input) {
    let text = source.text;
    // Markers are rare; the two scans below are skipped on lines without a "<".
    if (text.includes("<")) {
      for (const marker of text.match(AI_MARKER) ?? []) {
        removed.push({ line: source.line, text: marker, reason: "agenda item marker" });
      }
      // A marker between words leaves one space, so "o <AI1> Cafodd" cannot become the padded bullet "o  Cafodd".
      text = text.replace(AI_MARKER_SPACED, (match, offset: number, whole: string) =>
        offset === 0 || offset + match.length === whole.length ? "" : " ",
      );
    }
    // The unanchored pattern scans every position of a long line; most lines never mention a pdf.
    const size = /pdf/i.test(text) ? TRAILING_SIZE.exec(text) : null;
    if (size && size.index > 0) {
      removed.push({ line: source.line, text: size[0].trim(), reason: "document size label" });
      text = text.slice(0, size.index);
    }
    if (text !== source.text && text.trim() === "") continue;
    const trimmed = text.trim();
    // Whole-line furniture is short ("Toggle mobile menu visibility"); paragraphs skip the patterns.
    const whole =
      trimmed.length <= MAX_FURNITURE_CHARS && FURNITURE_FIRST.has(trimmed.charAt(0))
        ? WHOLE_LINES.find(({ pattern }) => pattern.test(trimmed))
        : undefined;
    if (whole) {
      removed.push({ line: source.line, text: trimmed, reason: whole.reason });
      continue;
    }
    lines.push(text === source.text ? source : { line: source.line, text: text.trimEnd() });
  }
  return { lines, removed };
}
