/**
 * Picks the resolutions out of an item's blocks: everything under a decision
 * label ("RESOLVED", "Agreed", "Penderfynwyd") up to the next section label,
 * and decision sentences ("The Committee NOTED the report.") with any list
 * that follows them. Each list item is one resolution, label included.
 */
import type { Block, ListItem } from "../types.ts";
import { opensDecision } from "./section-labels.ts";

function itemText(item: ListItem): string {
  const nested = item.children.flatMap((child) =>
    child.kind === "list" ? child.items.map(itemText) : child.kind === "paragraph" ? [child.text] : [],
  );
  return [item.label, item.text, ...nested].filter((part) => part !== null && part !== "").join(" ");
}

/**
 * Lines that follow a decision without being part of it: "Action: Clerk", an
 * inline "ACTION", "(*Subsequent to the meeting ...)", "For the attention of:",
 * and "Councillor X entered the meeting at 9.40am". They end the decision.
 */
const aside =
  /^(?:action\b\s*[:–-]|for the attention of\b|\(\*|\((?:note|subsequent|post[- ]meeting)\b|(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s.{0,60}?\b(?:entered|left|joined|rejoined|returned to) the meeting\b|the meeting (?:closed|ended|was adjourned)\b)/iu;
// Upper case only: "officers to take action" inside a resolution is part of it.
const actionMark = /\bACTION\b/u;

export function isAside(text: string): boolean {
  return aside.test(text) || actionMark.test(text);
}

export function findResolutions(blocks: readonly Block[]): string[] {
  const resolutions: string[] = [];
  let inDecision = false;
  let afterSentence = false;
  for (const [index, block] of blocks.entries()) {
    if (block.kind === "heading") {
      inDecision = block.decision;
      afterSentence = false;
      continue;
    }
    if (block.kind === "paragraph") {
      if (isAside(block.text)) {
        inDecision = false;
        afterSentence = false;
        continue;
      }
      if (opensDecision(block.text)) {
        // "It was agreed that: -" introduces what follows; "The Committee NOTED the report." is the decision itself.
        const introducesList = /[:–-]\s*-?$/u.test(block.text);
        if (!introducesList) resolutions.push(block.text);
        afterSentence = introducesList;
        continue;
      }
      // "that:" or "For the reasons set out in the report: -" leads into the list of resolutions that follows.
      const leadIn = /:\s*-?$/u.test(block.text) && blocks[index + 1]?.kind === "list";
      if (inDecision && !leadIn) resolutions.push(block.text);
      afterSentence = leadIn && inDecision;
      continue;
    }
    if (inDecision || afterSentence) resolutions.push(...block.items.map(itemText));
    afterSentence = false;
  }
  return resolutions;
}
