/**
 * Turns an item's body lines into logical units: one paragraph, list item,
 * section label or decision label each. Joins lines broken mid-sentence,
 * joins a marker printed alone on its line with the text on the next, and
 * drops the blank-looking lines (NBSP padding) between them.
 */
import type { SourceLine } from "../types.ts";
import { readMarker, type Marker, type MarkerContext } from "./list-markers.ts";
import { readDecisionLabel, readSectionLabel } from "./section-labels.ts";

export type Unit =
  | { kind: "paragraph"; text: string; line: number }
  | { kind: "item"; marker: Marker; text: string; line: number }
  | { kind: "label"; text: string; line: number }
  | { kind: "decision"; text: string; line: number };

const collapse = (text: string): string => text.replace(/\s+/gu, " ").trim();

/** A line continues the previous paragraph when that one stopped mid-sentence. */
function continues(previous: string, next: string): boolean {
  return !/[.!?:;)"’”]$/u.test(previous) || /^[\p{Ll}]/u.test(next);
}

export function toLogicalUnits(lines: readonly SourceLine[]): Unit[] {
  const units: Unit[] = [];
  const open: MarkerContext[] = [];
  let current: Unit | undefined;
  let pendingMarker: { marker: Marker; line: number } | undefined;
  let sawBlank = true;

  const push = (unit: Unit): void => {
    units.push(unit);
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
    const decision = readDecisionLabel(text);
    if (decision) {
      push({ kind: "decision", text: decision.label, line });
      if (decision.rest) startUnit(decision.rest, line);
      return;
    }
    const marker = readMarker(text, open);
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

  for (const source of lines) {
    const text = source.text.trim();
    if (text === "") {
      sawBlank = true;
      continue;
    }
    if (pendingMarker) {
      const { marker, line } = pendingMarker;
      pendingMarker = undefined;
      // A marker alone on its line takes the next line as its text, unless that line is itself a marker.
      if (!readMarker(text, open) && !readDecisionLabel(text)) {
        push({ kind: "item", marker: { ...marker, rest: text }, text: collapse(text), line });
        sawBlank = false;
        continue;
      }
      keepEmptyItem(marker, line);
    }
    if (current && !sawBlank && continues(current.text, text) && !readMarker(text, open) && !readDecisionLabel(text)) {
      current.text = `${current.text} ${collapse(text)}`;
      continue;
    }
    sawBlank = false;
    startUnit(text, source.line);
  }
  if (pendingMarker) keepEmptyItem(pendingMarker.marker, pendingMarker.line);
  return units;
}
