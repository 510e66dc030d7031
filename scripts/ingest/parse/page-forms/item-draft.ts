/**
 * One item while it is being read, and its conversion into a RawItem once the
 * next item (or the end of the file) is reached.
 */
import type { FoundInText, RawItem, RemovedText, SourceLine } from "../../types.ts";
import type { Label } from "./labels.ts";
import { keepDecisionOnce } from "./decision-twice.ts";
import { readDocuments } from "./documents.ts";

/**
 * The "Minutes:" and "Decision:" labels as the page printed them ("Cofnod",
 * "Decision"), so a heading shown in their place repeats the page's own word,
 * never a translation or an invented one.
 */
export interface PrintedLabels {
  minutes?: string;
  decision?: string;
}

/** A RawItem plus the labels it printed; parse-minutes reads them, the later steps never see them. */
export type SplitItem = RawItem & { printed: PrintedLabels };

/** Where the next line goes: still waiting for the title, or one of the item's parts. */
export type Section = "title" | "pre" | "body" | "decision" | "docs";

export interface ItemDraft {
  startLine: number;
  found: FoundInText;
  title?: string;
  /** Line of the title, or of the label that came where the title should be. */
  titleLine?: number;
  /** Lines between the title and "Minutes:" (the description, or the body if no label). */
  pre: SourceLine[];
  body: SourceLine[];
  decisionBlocks: SourceLine[][];
  docs: SourceLine[];
  section: Section;
  seenMinutes: boolean;
  /** Older minutes print no labels, so a missing "Minutes:" is expected. */
  older: boolean;
  printed: PrintedLabels;
}

export function newDraft(startLine: number, found: FoundInText = {}): ItemDraft {
  return {
    startLine,
    found: { ...found },
    pre: [],
    body: [],
    decisionBlocks: [],
    docs: [],
    section: "title",
    seenMinutes: false,
    older: false,
    printed: {},
  };
}

/** An item made from the text before its first label: first line the title, the rest before "Minutes:". */
export function draftFromPreamble(preamble: SourceLine[], label: SourceLine): ItemDraft {
  const title = preamble.find((source) => source.text.trim() !== "");
  const draft = newDraft(title?.line ?? label.line);
  draft.section = "pre";
  draft.titleLine = title?.line ?? label.line;
  if (title) {
    draft.title = title.text.trim();
    draft.pre = preamble.slice(preamble.indexOf(title) + 1);
  }
  return draft;
}

/** The lines of the part of the item being read. */
export function linesOf(draft: ItemDraft): SourceLine[] {
  if (draft.section === "decision") return draft.decisionBlocks[draft.decisionBlocks.length - 1] ?? draft.body;
  if (draft.section === "docs") return draft.docs;
  if (draft.section === "body") return draft.body;
  return draft.pre;
}

export function hasText(lines: SourceLine[]): boolean {
  return lines.some((line) => line.text.trim() !== "");
}

/** Paragraphs of the description: lines joined with spaces, paragraphs with a blank line. */
function describe(lines: SourceLine[]): string | undefined {
  const paragraphs: string[][] = [[]];
  for (const { text } of lines) {
    if (text.trim() === "") paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]?.push(text.trim());
  }
  const text = paragraphs
    .filter((words) => words.length > 0)
    .map((words) => words.join(" "))
    .join("\n\n");
  return text === "" ? undefined : text;
}

export interface FinishedItem {
  item: SplitItem;
  removed: RemovedText[];
  /** The decision was printed twice and kept once. */
  decisionRepeated: boolean;
  /** No "Minutes:" label where the page form expects one. */
  missingMinutes: boolean;
}

export function finishDraft(draft: ItemDraft): FinishedItem {
  const description = draft.seenMinutes ? describe(draft.pre) : undefined;
  const body = draft.seenMinutes ? draft.body : [...draft.pre, ...draft.body];
  const decision = keepDecisionOnce(draft.decisionBlocks);
  const documents = readDocuments(draft.docs);
  const item: SplitItem = {
    title: draft.title ?? "",
    body,
    documents: documents.documents,
    found: draft.found,
    startLine: draft.startLine,
    language: "en",
    printed: draft.printed,
  };
  if (description !== undefined) item.description = description;
  if (hasText(decision.decision)) item.decision = decision.decision;
  return {
    item,
    removed: [...decision.removed, ...documents.removed],
    decisionRepeated: decision.repeated,
    missingMinutes: !draft.seenMinutes && !draft.older,
  };
}

/**
 * "Minutes: text" on one line only counts before the minutes; a "Decision:"
 * line inside the minutes is minutes text (issue-history pages print their
 * decision block before "Minutes:").
 */
export function actsAsLabel(label: Label, draft: ItemDraft): boolean {
  if (label.rest !== "") return draft.section === "pre";
  return !(label.kind === "decision" && draft.section === "body");
}
