/**
 * Plain text of an item's blocks for the describe step and word checks: each
 * heading, paragraph and list item a paragraph of its own, separated by a blank
 * line, because the sentence splitter ends paragraphs there; with single line
 * breaks "RESOLVED" ran into the resolution under it as one sentence.
 */
import type { Block, ListItem } from "../types.ts";

function itemToText(item: ListItem): string[] {
  const first = [item.label, item.text].filter((part) => part !== null && part !== "").join(" ");
  return [first, ...blocksToTextLines(item.children)];
}

function blocksToTextLines(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.kind === "list" ? block.items.flatMap(itemToText) : [block.text]));
}

export function blocksToText(blocks: readonly Block[]): string {
  return blocksToTextLines(blocks).join("\n\n");
}
