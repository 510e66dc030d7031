/**
 * Builds the block structure of an item's minutes from its logical units:
 * section labels become headings, list items become label-keeping lists
 * (nested when a new marker style starts right under an item, as "a)" under
 * "1."), and everything else stays a paragraph, in the printed order.
 */
import type { Block, ListItem } from "../types.ts";
import type { MarkerKind } from "./list-markers.ts";
import type { Unit } from "./logical-units.ts";

interface OpenList {
  kind: MarkerKind;
  items: ListItem[];
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
    const depth = open.findIndex((list) => list.kind === unit.marker.kind);
    if (depth >= 0) {
      open.splice(depth + 1);
      open[depth]?.items.push(item);
      continue;
    }
    const list: OpenList = { kind: unit.marker.kind, items: [item] };
    const parent = open.at(-1)?.items.at(-1);
    if (parent) parent.children.push({ kind: "list", items: list.items });
    else blocks.push({ kind: "list", items: list.items });
    open.push(list);
  }
  return blocks;
}
