/**
 * First parse stage: cut one decoded raw file into agenda items, whatever page
 * form it came from (item page, issue history, whole meeting, older minutes),
 * removing page furniture and reading the metadata printed in the text.
 * Body lines are handed on untouched; nothing is lost: every line ends up in an
 * item or in `removed` with a reason.
 */
import type { RemovedText, SourceLine, SplitResult } from "../types.ts";
import { fatal, warning, type Diagnostic } from "../diagnostics.ts";
import { collapseRepeats } from "./page-forms/collapse-repeats.ts";
import { removeFurniture } from "./page-forms/furniture.ts";
import { finishDraft, hasText, type SplitItem } from "./page-forms/item-draft.ts";
import { scanItems } from "./page-forms/scan-items.ts";

function firstTextLine(lines: SourceLine[]): number | undefined {
  return lines.find((line) => line.text.trim() !== "")?.line;
}

export function splitItems(lines: SourceLine[], file: string): SplitResult & { items: SplitItem[] } {
  // 1. Page furniture out, each removal reported.
  const furniture = removeFurniture(lines);
  if (!hasText(furniture.lines)) {
    const reason =
      furniture.removed.length > 0
        ? "the file holds only page furniture (navigation, size labels), no minutes; check the download"
        : "the file holds no text; check the download";
    return { items: [], removed: furniture.removed, messages: [fatal(file, "empty-file", reason)] };
  }

  // 2. Items cut at each start marker, repeated headings joined.
  const scan = scanItems(furniture.lines, file);
  const collapsed = collapseRepeats(scan.drafts, file);
  const messages: Diagnostic[] = [...scan.messages, ...collapsed.messages];
  const removed: RemovedText[] = [...furniture.removed];
  const language = scan.welsh ? "cy" : "en";

  // 3. No item recognised: keep all the text as the body of one untitled item.
  if (collapsed.drafts.length === 0) {
    const reason =
      'no item heading, "Agenda item", "Meeting:" or "Minutes:" label was found; all the text is kept as one untitled item';
    messages.push(warning(file, "no-items-found", reason, firstTextLine(furniture.lines)));
    const item: SplitItem = {
      title: "",
      body: furniture.lines,
      documents: [],
      found: { ...scan.header },
      startLine: furniture.lines[0]?.line ?? 1,
      language,
      printed: {},
    };
    return { items: [item], removed, messages };
  }

  // 4. Each draft made into an item; the header's committee and date go to every item.
  removed.push(...scan.headerRemoved);
  const items = collapsed.drafts.map((draft) => {
    const finished = finishDraft(draft);
    const { item } = finished;
    removed.push(...finished.removed);
    item.found = { ...scan.header, ...item.found };
    item.language = language;
    const line = draft.titleLine ?? draft.startLine;
    if (item.title === "") {
      messages.push(
        warning(
          file,
          "empty-title",
          "the item has no title where the page prints one; it is kept untitled, give it a title in the manifest if needed",
          line,
        ),
      );
    }
    if (finished.missingMinutes) {
      messages.push(
        warning(
          file,
          "no-minutes-marker",
          'no "Minutes:" label after the title; the text after the title is kept as the minutes',
          line,
        ),
      );
    }
    if (finished.decisionRepeated) {
      messages.push(
        warning(
          file,
          "decision-printed-twice",
          "the decision is printed twice; it is kept once and the repeat is listed as removed",
          line,
        ),
      );
    }
    return item;
  });

  // 5. Text before the first item that is no known header: kept at the start of the first body.
  const first = items[0];
  if (first && hasText(scan.preamble)) {
    first.body = [...scan.preamble, ...first.body];
    const reason =
      "text before the first item is not a known heading or page furniture; it is kept at the start of the first item's minutes";
    messages.push(warning(file, "text-before-first-item", reason, firstTextLine(scan.preamble)));
  }
  removed.sort((a, b) => a.line - b.line);
  messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { items, removed, messages };
}
