/**
 * The structural labels a ModernGov page prints around an item, in English and
 * Welsh. A label only counts when it stands on its own line (the Welsh pages
 * print the same layout), so a sentence that merely starts with "Decision" is
 * never mistaken for structure.
 */

export type LabelKind = "agenda-item" | "minutes" | "decision" | "documents";

export interface Label {
  kind: LabelKind;
  language: "en" | "cy";
  /** Text printed after the label on the same line ("Minutes: The Panel ..."), or "". */
  rest: string;
}

interface LabelPattern {
  kind: LabelKind;
  language: "en" | "cy";
  pattern: RegExp;
}

const PATTERNS: LabelPattern[] = [
  // "Agenda item" (item pages print it above the title)
  { kind: "agenda-item", language: "en", pattern: /^agenda item$/i },
  // "Eitem agenda" / "Eitem ar yr agenda" on Welsh item pages
  { kind: "agenda-item", language: "cy", pattern: /^eitem (?:ar yr )?agenda$/i },
  // "Minutes:" and, on one line, "Minutes: The Panel received ..."
  { kind: "minutes", language: "en", pattern: /^minutes:\s*(.*)$/i },
  // "Cofnodion:" / "Cofnod:" (Welsh for minutes)
  { kind: "minutes", language: "cy", pattern: /^cofnod(?:ion)?:\s*(.*)$/i },
  // "Decision:" (issue-history pages print the decision apart from the minutes)
  { kind: "decision", language: "en", pattern: /^decision:$/i },
  // "Penderfyniad:" (Welsh for decision)
  { kind: "decision", language: "cy", pattern: /^penderfyniad:$/i },
  // "Supporting documents:" / "Additional documents:"
  { kind: "documents", language: "en", pattern: /^(?:supporting|additional) documents:$/i },
  // "Dogfennau ychwanegol:" (additional) / "Dogfennau ategol:" (supporting)
  { kind: "documents", language: "cy", pattern: /^dogfennau (?:ychwanegol|ategol):$/i },
];

/** Every pattern starts with one of these letters, in either case: most lines are ruled out by their first. */
const FIRST_LETTERS = new Set([..."acdempsACDEMPS"]);

/** The label printed on this line, if the whole line is one. */
export function matchLabel(text: string): Label | undefined {
  const trimmed = text.trim();
  if (!FIRST_LETTERS.has(trimmed.charAt(0))) return undefined;
  for (const { kind, language, pattern } of PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match) return { kind, language, rest: (match[1] ?? "").trim() };
  }
  return undefined;
}

export function isLabel(text: string, kind?: LabelKind): boolean {
  const label = matchLabel(text);
  return label !== undefined && (kind === undefined || label.kind === kind);
}
