/**
 * Structure printed inside one line, which the page's own line breaks do not
 * show: a decision after a sentence ("... was discussed. RESOLVED that ...")
 * and lettered points run together ("(a) That the report be noted, and (b)
 * that officers report back."). The line is cut into segments, each the start
 * of its own unit; every character is kept.
 */
import { readDecisionLabel } from "./section-labels.ts";

// "...the plan. RESOLVED that ..." — only after a full stop, so "the decision was RESOLVED by" stays prose.
const decisionWords = /RESOLVED|AGREED|Resolved|Agreed|PENDERFYNWYD|Penderfynwyd/u;
const inlineDecision = /^(.*?[.!?])\s+((?:RESOLVED|AGREED|Resolved|Agreed|PENDERFYNWYD|Penderfynwyd)\b.*)$/u;
// "(a) ", "a) ", "(i) ", "1) " at the start: bracketed markers only, since "1." inside a line is more often a number.
const firstMarker = /^(\(?)([a-h]|[ivx]{1,4}|\d{1,2})\)\s/u;

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

function nextCore(core: string): string | undefined {
  if (/^\d+$/u.test(core)) return String(Number(core) + 1);
  // "i)" as the first marker on a line starts a roman list; a letter list starts at "a)".
  const roman = ROMAN.indexOf(core);
  if (roman >= 0) return ROMAN[roman + 1];
  return String.fromCharCode(core.charCodeAt(0) + 1);
}

const cutters = new Map<string, RegExp>();

/** The pattern that cuts a line before `label` ("(b)", "ii)"); a few dozen labels exist, each compiled once. */
function cutBefore(label: string): RegExp {
  let cutter = cutters.get(label);
  if (cutter === undefined) {
    const escaped = label.replace(/[()]/gu, "\\$&");
    cutter = new RegExp(String.raw`^(.*?[,;](?:\s+(?:and|or))?)\s+(${escaped}\s.*)$`, "u");
    cutters.set(label, cutter);
  }
  return cutter;
}

/** Cuts "(a) ..., and (b) ...; (c) ..." at each next marker in the same style, after a comma or semicolon. */
function splitMarkers(text: string): string[] {
  const first = firstMarker.exec(text);
  if (!first) return [text];
  const open = first[1] ?? "";
  const segments: string[] = [];
  let rest = text;
  let core = first[2] ?? "";
  for (;;) {
    const next = nextCore(core);
    if (next === undefined) break;
    const label = `${open}${next})`;
    // The cut needs the label in the line; most lines with a first marker hold no second.
    const cut = rest.includes(label) ? cutBefore(label).exec(rest) : null;
    if (!cut) break;
    segments.push(cut[1] ?? "");
    rest = cut[2] ?? "";
    core = next;
  }
  return [...segments, rest];
}

/** The segments of one trimmed line; a single segment when nothing is run together. */
export function splitInline(text: string): string[] {
  const decision = decisionWords.test(text) ? inlineDecision.exec(text) : null;
  if (decision && readDecisionLabel(decision[2] ?? "")) {
    return [decision[1] ?? "", ...splitInline(decision[2] ?? "")];
  }
  // "Resolved – (a) That ..., and (b) that ...": the points after a decision label are cut too.
  const label = readDecisionLabel(text);
  if (label && label.rest !== "" && text.endsWith(label.rest)) {
    const [first = "", ...others] = splitMarkers(label.rest);
    return [`${text.slice(0, text.length - label.rest.length)}${first}`, ...others];
  }
  return splitMarkers(text);
}
