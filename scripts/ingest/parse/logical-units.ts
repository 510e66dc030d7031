/**
 * Turns an item's body lines into logical units: one paragraph, list item,
 * section label or decision label each. Joins lines broken mid-sentence,
 * joins a marker printed alone on its line with the text on the next, and
 * drops the blank-looking lines (NBSP padding) between them.
 */
import type { SourceLine } from "../types.ts";
import { splitInline } from "./inline-splits.ts";
import { readMarker, type Marker, type MarkerContext } from "./list-markers.ts";
import { readDecisionLabel, readSectionLabel, type DecisionLabel } from "./section-labels.ts";

export type Unit =
  | { kind: "paragraph"; text: string; line: number }
  | { kind: "item"; marker: Marker; text: string; line: number }
  | { kind: "label"; text: string; line: number }
  | { kind: "decision"; text: string; line: number };

// Most lines have single spaces only; testing first avoids rebuilding every string.
const collapse = (text: string): string => (/\s\s|[^\S ]/u.test(text) ? text.replace(/\s+/gu, " ") : text).trim();

// A line ending in one of these words stopped mid-sentence ("...presented by the" / "Head of Service").
const joiningWord =
  /\b(?:the|a|an|of|to|and|or|for|in|on|at|by|with|from|that|be|was|were|is|are|as|its|their|this)$/iu;
// Page text wraps near this width; a shorter line that ends a word is a line of its own (a name, a cell).
const WRAP_WIDTH = 60;

/**
 * Whether a line continues the unit above it. A list item runs on until a line
 * ends a sentence. A paragraph runs on only where the line above plainly stopped
 * mid-sentence: PRESENT: lists, flattened table cells ("Name" / "Role") and rows
 * ending " |" are short lines that each stand alone.
 */
function continues(kind: Unit["kind"], lastLine: string, next: string): boolean {
  if (/\|$/u.test(lastLine) || /\|$/u.test(next)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (/[.!?:;)"’”]$/u.test(lastLine)) return false;
  return kind === "item" || /[,–-]$/u.test(lastLine) || joiningWord.test(lastLine) || lastLine.length >= WRAP_WIDTH;
}

export function toLogicalUnits(lines: readonly SourceLine[]): Unit[] {
  const units: Unit[] = [];
  const open: MarkerContext[] = [];
  let current: Unit | undefined;
  /** The last printed line of the current unit, for deciding whether the next line continues it. */
  let lastLine = "";
  let pendingMarker: { marker: Marker; line: number } | undefined;
  let sawBlank = true;
  // A segment is asked whether it is a marker or a decision label up to three times on its way
  // to a unit; the last answers are kept (a marker's reading depends on the open lists, so push forgets it).
  let askedMarkerOf: string | undefined;
  let askedMarker: Marker | undefined;
  let askedDecisionOf: string | undefined;
  let askedDecision: DecisionLabel | undefined;
  const markerOf = (text: string): Marker | undefined => {
    if (askedMarkerOf !== text) {
      askedMarkerOf = text;
      askedMarker = readMarker(text, open);
    }
    return askedMarker;
  };
  const decisionOf = (text: string): DecisionLabel | undefined => {
    if (askedDecisionOf !== text) {
      askedDecisionOf = text;
      askedDecision = readDecisionLabel(text);
    }
    return askedDecision;
  };

  const push = (unit: Unit): void => {
    askedMarkerOf = undefined;
    units.push(unit);
    lastLine = unit.text;
    current = unit.kind === "paragraph" || unit.kind === "item" ? unit : undefined;
    if (unit.kind === "item") {
      const depth = open.findIndex((context) => context.kind === unit.marker.kind);
      if (depth >= 0) open.splice(depth);
      open.push({ kind: unit.marker.kind, value: unit.marker.value });
    } else if (unit.kind !== "paragraph") {
      open.length = 0;
    }
  };

  const startUnit = (text: string, line: number): void => {
    const decision = decisionOf(text);
    if (decision) {
      push({ kind: "decision", text: decision.label, line });
      if (decision.rest) startUnit(decision.rest, line);
      return;
    }
    const marker = markerOf(text);
    if (marker) {
      if (marker.rest === "") pendingMarker = { marker, line };
      else push({ kind: "item", marker, text: collapse(marker.rest), line });
      return;
    }
    const label = readSectionLabel(text);
    if (label) return push({ kind: "label", text: label, line });
    push({ kind: "paragraph", text: collapse(text), line });
  };

  // An empty numbered item still shows its label (it may be cited); an empty bullet has nothing to show.
  const keepEmptyItem = (marker: Marker, line: number): void => {
    if (marker.label !== null) push({ kind: "item", marker, text: "", line });
  };

  const take = (text: string, source: SourceLine): void => {
    if (pendingMarker) {
      const { marker, line } = pendingMarker;
      pendingMarker = undefined;
      // A marker alone on its line takes the next line as its text, unless that line is itself a marker.
      if (!markerOf(text) && !decisionOf(text)) {
        push({ kind: "item", marker: { ...marker, rest: text }, text: collapse(text), line });
        sawBlank = false;
        return;
      }
      keepEmptyItem(marker, line);
    }
    if (current && !sawBlank && continues(current.kind, lastLine, text) && !markerOf(text) && !decisionOf(text)) {
      current.text = `${current.text} ${collapse(text)}`;
      lastLine = text;
      return;
    }
    sawBlank = false;
    startUnit(text, source.line);
  };

  for (const source of lines) {
    const text = source.text.trim();
    if (text === "") {
      sawBlank = true;
      continue;
    }
    // Each segment after the first was run into the line but starts a unit of its own.
    splitInline(text).forEach((segment, index) => {
      if (index > 0) sawBlank = true;
      take(segment, source);
    });
  }
  if (pendingMarker) keepEmptyItem(pendingMarker.marker, pendingMarker.line);
  return units;
}
