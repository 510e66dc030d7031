/**
 * The shapes that pass between the ingest steps:
 * decode → split into items (page forms, furniture) → parse each body into blocks
 * → describe (metadata) → validate → write Markdown.
 */
import type { Diagnostic } from "./diagnostics.ts";

/** One line of decoded, normalised text with its 1-based line number in the raw file. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Page furniture removed from a file (navigation text, "pdf icon PDF 74 KB"...), reported, never silent. */
export interface RemovedText {
  line: number;
  text: string;
  /** Why it was removed, e.g. "navigation text", "document size label". */
  reason: string;
}

/** Metadata printed in the text itself (a `Meeting:` line, a meeting header, an item number). */
export interface FoundInText {
  meetingDate?: string;
  committee?: string;
  itemNumber?: string;
}

/** One agenda item cut out of a raw file, before its body is parsed. */
export interface RawItem {
  /** Title as printed (may be empty when the page printed none; the parser then reports it). */
  title: string;
  /** The optional line(s) between the title and "Minutes:". */
  description?: string;
  /** The minutes text, line by line, labels such as "Minutes:" already taken off. */
  body: SourceLine[];
  /** A `Decision:` block printed apart from the minutes (issue-history pages). */
  decision?: SourceLine[];
  /** Titles of documents under "Supporting documents:" / "Additional documents:". */
  documents: string[];
  found: FoundInText;
  /** Line where the item starts in the raw file. */
  startLine: number;
  language: "en" | "cy";
}

export interface SplitResult {
  items: RawItem[];
  removed: RemovedText[];
  messages: Diagnostic[];
}

/** A label-keeping list item: "iii)", "(b)", "1.", "29.1", or null for a bullet. */
export interface ListItem {
  label: string | null;
  text: string;
  /** Paragraphs and nested lists that belong to this item, in order. */
  children: Block[];
}

export type Block =
  | { kind: "heading"; text: string; decision: boolean }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: ListItem[] };

/** A fully parsed item: structure plus what the parse found. */
export interface ParsedItem extends Omit<RawItem, "body" | "decision"> {
  blocks: Block[];
  /** Each resolution as written, in order. */
  resolutions: string[];
}
