/**
 * Walks the lines of a page once, opening an item at each start marker the
 * page forms use ("Agenda item", "Meeting: ...", a lone item number, an older
 * upper-case heading, or a "Minutes:" label with nothing open) and sending
 * every other line to the part of the current item it belongs to.
 */
import type { FoundInText, RemovedText, SourceLine } from "../../types.ts";
import { warning, type Diagnostic } from "../../diagnostics.ts";
import { readMeetingLine } from "./issue-history.ts";
import { actsAsLabel, draftFromPreamble, linesOf, newDraft, type ItemDraft } from "./item-draft.ts";
import { readNumberLine, titleAfterNumber } from "./item-number.ts";
import { matchLabel, type Label } from "./labels.ts";
import { readHeaderLine } from "./meeting-header.ts";
import { olderDraft, readOlderHeading } from "./older-format.ts";
import { opensNumberedItem } from "./whole-meeting.ts";

export interface Scan {
  drafts: ItemDraft[];
  /** Text before the first item that is not a recognised header line. */
  preamble: SourceLine[];
  /** Committee and date from a whole-meeting header; they apply to every item. */
  header: FoundInText;
  headerRemoved: RemovedText[];
  messages: Diagnostic[];
  welsh: boolean;
}

/** Older minutes print none of the ModernGov labels; only then are upper-case headings items. */
function isOlderForm(lines: SourceLine[]): boolean {
  return !lines.some((line) => matchLabel(line.text) || readMeetingLine(line.text));
}

export function scanItems(lines: SourceLine[], file: string): Scan {
  const scan: Scan = { drafts: [], preamble: [], header: {}, headerRemoved: [], messages: [], welsh: false };
  const older = isOlderForm(lines);
  // Minute numbers and bracketed agenda numbers each only go up; a lower number is not a heading.
  const lastOlderNumber = { minute: 0, agenda: 0 };
  let current: ItemDraft | undefined;
  const openedByAgendaLabel = new WeakSet<ItemDraft>();
  const open = (draft: ItemDraft): ItemDraft => {
    scan.drafts.push(draft);
    current = draft;
    return draft;
  };
  lines.forEach((line, index) => {
    const text = line.text.trim();
    const label = matchLabel(text);
    if (label?.language === "cy") scan.welsh = true;
    const awaitingTitle = current?.section === "title";

    const meeting = readMeetingLine(text);
    if (meeting) {
      if (meeting.language === "cy") scan.welsh = true;
      if (current && awaitingTitle && current.found.committee === undefined) {
        Object.assign(current.found, meeting.found);
      } else open(newDraft(line.line, meeting.found));
      if (meeting.unreadDate !== undefined) {
        const reason = `the meeting date "${meeting.unreadDate}" could not be read; the item has no date from this line`;
        scan.messages.push(warning(file, "unreadable-date", reason, line.line));
      }
      return;
    }
    if (label?.kind === "agenda-item") {
      // After a "Meeting:" line, "Agenda item" is the item's own heading, not a repeat.
      if (current && awaitingTitle && openedByAgendaLabel.has(current)) {
        const reason = `"${text}" is printed twice; the repeat was ignored`;
        scan.messages.push(warning(file, "agenda-item-twice", reason, line.line));
      } else if (!(current && awaitingTitle)) openedByAgendaLabel.add(open(newDraft(line.line)));
      else openedByAgendaLabel.add(current);
      return;
    }
    const number = readNumberLine(text);
    if (number !== undefined) {
      if (current && awaitingTitle && current.found.itemNumber === undefined) {
        current.found.itemNumber = number;
        return;
      }
      if (opensNumberedItem(lines, index)) {
        open(newDraft(line.line, { itemNumber: number }));
        return;
      }
    }
    const heading = older ? readOlderHeading(text) : undefined;
    const afterBlank = index === 0 || lines[index - 1]?.text.trim() === "";
    const sequence = heading?.bracketed ? "agenda" : "minute";
    const numeric = Number.parseInt(heading?.itemNumber ?? "", 10);
    if (heading && afterBlank && !(numeric <= lastOlderNumber[sequence])) {
      lastOlderNumber[sequence] = numeric;
      const older = olderDraft(heading, line);
      open(older.draft);
      scan.headerRemoved.push(...older.removed);
      return;
    }

    if (!current) {
      const header = readHeaderLine(text);
      if (header?.kind === "meeting") Object.assign(scan.header, header.found);
      if (header?.kind === "detail") scan.headerRemoved.push({ line: line.line, text, reason: header.reason });
      if (header) return;
      if (!label) {
        scan.preamble.push(line);
        return;
      }
      current = open(draftFromPreamble(scan.preamble, line));
      scan.preamble = [];
    }
    const draft: ItemDraft = current;
    if (draft.section === "title") {
      if (text === "") return;
      draft.titleLine = line.line;
      draft.section = "pre";
      if (!label) {
        // "25 Kinship Carer Allowances" under "(Item 25)": the number is kept once, as the item number.
        const titled = titleAfterNumber(line, draft.found.itemNumber);
        draft.title = titled.title;
        scan.headerRemoved.push(...titled.removed);
        return;
      }
    }
    if (label && actsAsLabel(label, draft)) {
      takeLabel(label, line, draft);
      return;
    }
    linesOf(draft).push(line);
  });

  /** "Minutes:", "Decision:" or "Supporting documents:" moves to that part of the item. */
  function takeLabel(label: Label, line: SourceLine, draft: ItemDraft): void {
    const printed = line.text.trim().replace(/:.*$/u, "");
    if (label.kind === "decision") {
      draft.printed.decision ??= printed;
      draft.decisionBlocks.push([]);
      draft.section = "decision";
    } else if (label.kind === "documents") {
      draft.section = "docs";
    } else if (label.kind === "minutes") {
      // A second "Minutes:" with no heading before it: the page starts a new item untitled.
      const target = draft.seenMinutes ? open(newDraft(line.line)) : draft;
      if (target !== draft) target.titleLine = line.line;
      target.seenMinutes = true;
      target.printed.minutes = printed;
      target.section = "body";
      if (label.rest !== "") target.body.push({ line: line.line, text: label.rest });
    }
  }
  return scan;
}
