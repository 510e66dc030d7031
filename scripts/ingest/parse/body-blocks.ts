/**
 * Builds the block structure of an item's minutes from its logical units:
 * section labels become headings, list items become label-keeping lists,
 * and everything else stays a paragraph, in the printed order.
 *
 * Nesting follows the order councils number in: 29.1 paragraphs, then 1.,
 * then (a), then (i), then bullets. A new style that is deeper than the list
 * open above it nests under that list's last item ("a)" under "1."); a style
 * that is shallower starts a new list further out ("1." after a run of "·"
 * bullets is a new list, not a sub-list of the last bullet).
 */
import type { Block, ListItem } from "../types.ts";
import type { MarkerKind } from "./list-markers.ts";
import type { Unit } from "./logical-units.ts";

interface OpenList {
  key: string;
  rank: number;
  items: ListItem[];
}

const RANK: Record<MarkerKind, number> = {
  "paragraph-number": 0,
  decimal: 1,
  "upper-roman": 2,
  "upper-alpha": 2,
  "lower-alpha": 3,
  "lower-roman": 4,
  bullet: 5,
};

/** "20.1.1" sits under "20.1": each dot is one level deeper, still above "1." lists. */
function levelOf(kind: MarkerKind, label: string | null): { key: string; rank: number } {
  if (kind !== "paragraph-number") return { key: kind, rank: RANK[kind] };
  const dots = (label ?? "").split(".").length - 1;
  return { key: `${kind}:${dots}`, rank: dots / 10 };
}

export function unitsToBlocks(units: readonly Unit[]): Block[] {
  const blocks: Block[] = [];
  const open: OpenList[] = [];

  for (const unit of units) {
    if (unit.kind !== "item") {
      open.length = 0;
      if (unit.kind === "paragraph") blocks.push({ kind: "paragraph", text: unit.text });
      else blocks.push({ kind: "heading", text: unit.text, decision: unit.kind === "decision" });
      continue;
    }
    const item: ListItem = { label: unit.marker.label, text: unit.text, children: [] };
    const { key, rank } = levelOf(unit.marker.kind, unit.marker.label);
    const depth = open.findIndex((list) => list.key === key);
    if (depth >= 0) {
      open.splice(depth + 1);
      open[depth]?.items.push(item);
      continue;
    }
    // Close the lists this style is not deeper than; nest under the innermost one left.
    while (open.length > 0 && (open.at(-1)?.rank ?? 0) >= rank) open.pop();
    const list: OpenList = { key, rank, items: [item] };
    const parent = open.at(-1)?.items.at(-1);
    if (parent) parent.children.push({ kind: "list", items: list.items });
    else blocks.push({ kind: "list", items: list.items });
    open.push(list);
  }
  return blocks;
}
