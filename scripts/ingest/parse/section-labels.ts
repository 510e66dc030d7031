/**
 * Section labels ("Context:", "Key Issues:", "Member Scrutiny:", "PRESENT:")
 * and decision openers, in all the forms councils print them:
 * "RESOLVED:", "RESOLVED – That ...", "RESOLVED (unanimously) that ...",
 * "Agreed:-", "Penderfynwyd:", and sentence forms such as "It was agreed that: -",
 * "The Committee resolved:" or "The Committee NOTED ...".
 */

/** A decision word printed as a label, English and Welsh, with "unanimously" printed with or without brackets. */
const decisionWord = String.raw`(?:RESOLVED|Resolved|RESOLVE|AGREED|Agreed|DECISION|Decision|DECIDED|Penderfynwyd|PENDERFYNWYD|Penderfyniad|PENDERFYNIAD)(?:\s+(?:unanimously|UNANIMOUSLY|Unanimously))?`;

// "RESOLVED", "RESOLVED:", "Agreed:-", "RESOLVED (unanimously):", "RESOLVED that:" alone on the line
// ("that:" only leads into the list below, so it stays in the heading rather than standing alone).
const decisionAlone = new RegExp(
  String.raw`^(${decisionWord}(?:\s*\([^)]{1,40}\))?(?:\s+that(?=\s*:))?)\s*(?::\s*-?|[–—-])?\s*$`,
  "u",
);
// "RESOLVED – That ...", "RESOLVED that ...", "RESOLVED: (a) That ...", "RESOLVED (unanimously) that ...".
const decisionInline = new RegExp(
  String.raw`^(${decisionWord}(?:\s*\([^)]{1,40}\))?)(?:\s*(?::-?|[–—-]+)\s*|\s+(?=[Tt]hat\b|[Tt]o\b|[Ff]or\b|\(?[a-z0-9ivx]{1,4}\)))(.+)$`,
  "u",
);
// Welsh "Penderfynwyd nodi'r adroddiad" ("resolved to note the report"): the verb follows with no "that".
const welshInline = /^(Penderfynwyd|PENDERFYNWYD)\s+(\p{Ll}.*)$/u;
// Sentences that open a decision: what follows them (or the rest of the sentence) is the decision.
const decisionSentence =
  /^(?:It was (?:RESOLVED|resolved|AGREED|agreed)|The (?:Committee|Panel|Board|Sub-Committee|Forum|Cabinet)(?: (?:therefore|then|unanimously))? (?:resolved|RESOLVED|agreed|AGREED|NOTED|noted the|decided|DECIDED)|Members (?:RESOLVED|AGREED|resolved|agreed))\b/u;

export interface DecisionLabel {
  /** The label as printed, without its trailing separator: "RESOLVED", "RESOLVED (unanimously)". */
  label: string;
  /** Text printed on the same line after the label, if any. */
  rest: string;
}

export function readDecisionLabel(text: string): DecisionLabel | undefined {
  const alone = decisionAlone.exec(text);
  if (alone) return { label: alone[1] ?? text, rest: "" };
  const inline = decisionInline.exec(text);
  if (inline) return { label: inline[1] ?? "", rest: (inline[2] ?? "").trim() };
  const welsh = welshInline.exec(text);
  if (welsh) return { label: welsh[1] ?? "", rest: (welsh[2] ?? "").trim() };
  return undefined;
}

export function opensDecision(text: string): boolean {
  return decisionSentence.test(text);
}

/**
 * A short title-like line ending in a colon ("Key Issues:", "Committee’s Conclusion:"),
 * or a short line in capitals ("DECLARATIONS OF INTEREST"). Sentences that end in a colon
 * ("the following points were raised:") are prose, told apart by length and commas.
 */
// A label names a section; a line ending "...that:" or "...as follows:" leads into the next sentence instead.
const leadInEnding = /\b(?:that|to|as|of|the|and|follows|following|include|included|including|were|was|are|is|be)$/iu;
// "Members noted:", "The Chair asked:", "Officers explained:": a verb after the subject makes a sentence, not a name.
const sentenceVerb = /^(?:\p{Ll}+ed|said|heard|told|gave|made|felt|were|was|is|are|has|have|had|will|would)$/u;

/** Labels are short; checking length first keeps long paragraphs off the slower tests below. */
const MAX_LABEL_CHARS = 90;

export function readSectionLabel(text: string): string | undefined {
  if (text.length > MAX_LABEL_CHARS || opensDecision(text)) return undefined;
  const colon = /^(.+?)\s*:\s*-?\s*$/u.exec(text);
  if (colon) {
    const label = colon[1] ?? "";
    const words = label.split(/\s+/u);
    // Up to three words ("Apologies for absence") is a label; four or five only in Title Case ("Committee’s Key Conclusions
    // And Actions"), since "Members raised the following points:" is a sentence leading into a list.
    const titleCase = words.every(
      (word) => /^[\p{Lu}\d&(‘'"“]/u.test(word) || /^(?:and|of|for|the|to|in|on|a|an|with)$/u.test(word),
    );
    const shapeFits = words.length <= 3 || (words.length <= 5 && titleCase);
    const sentence = words.slice(1).some((word) => sentenceVerb.test(word));
    if (
      shapeFits &&
      !sentence &&
      /^[\p{Lu}\d‘'"“]/u.test(label) &&
      !/[,;.!?]/u.test(label) &&
      !leadInEnding.test(label)
    )
      return label;
    return undefined;
  }
  const letters = text.replace(/[^\p{L}]/gu, "");
  const words = text.split(/\s+/u);
  // A capitals heading starts and ends with a letter: "2019 TOTAL 450" is a flattened table row.
  const shaped = /^[\p{Lu}‘'"“(]/u.test(text) && !/[\d.!?;,]$/u.test(text);
  if (letters.length >= 4 && letters === letters.toUpperCase() && words.length <= 8 && shaped) return text;
  return undefined;
}
