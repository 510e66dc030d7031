/**
 * Issue-history pages sometimes print the decision twice: under two
 * "Decision:" labels, or as one block whose second half repeats the first.
 * The decision is kept once; the repeat is reported as removed.
 */
import type { RemovedText, SourceLine } from "../../types.ts";

export interface DecisionResult {
  decision: SourceLine[];
  removed: RemovedText[];
  repeated: boolean;
}

const REASON = "decision printed twice";

function words(lines: SourceLine[]): string[] {
  return lines.map((line) => line.text.trim().replace(/\s+/g, " ")).filter((text) => text !== "");
}

function sameText(a: SourceLine[], b: SourceLine[]): boolean {
  return words(a).join("\n") === words(b).join("\n");
}

function asRemoved(lines: SourceLine[]): RemovedText[] {
  return lines
    .filter((line) => line.text.trim() !== "")
    .map((line) => ({ line: line.line, text: line.text, reason: REASON }));
}

/** Index where a block's second half starts, when it repeats the first half exactly. */
function repeatStart(block: SourceLine[]): number | undefined {
  const filled = block.filter((line) => line.text.trim() !== "");
  if (filled.length < 2 || filled.length % 2 !== 0) return undefined;
  const half = filled.length / 2;
  if (!sameText(filled.slice(0, half), filled.slice(half))) return undefined;
  return block.indexOf(filled[half] as SourceLine);
}

/** Joins the blocks printed under each "Decision:" label, dropping exact repeats. */
export function keepDecisionOnce(blocks: SourceLine[][]): DecisionResult {
  const decision: SourceLine[] = [];
  const removed: RemovedText[] = [];
  const kept: SourceLine[][] = [];
  for (const block of blocks) {
    let own = block;
    const start = repeatStart(block);
    if (start !== undefined) {
      removed.push(...asRemoved(block.slice(start)));
      own = block.slice(0, start);
    }
    if (kept.some((earlier) => sameText(earlier, own))) {
      removed.push(...asRemoved(own));
      continue;
    }
    kept.push(own);
    decision.push(...own);
  }
  return { decision, removed, repeated: removed.length > 0 };
}
