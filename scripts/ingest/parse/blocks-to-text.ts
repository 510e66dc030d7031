/**
 * Plain text of an item's blocks for the describe step and word checks: each
 * heading, paragraph and list item a paragraph of its own, separated by a blank
 * line, because the sentence splitter ends paragraphs there; with single line
 * breaks "RESOLVED" ran into the resolution under it as one sentence.
 */
import type { Block, ListItem } from "../types.ts";

/** A list item's own line: its printed label, if any, then its text. */
export function itemLine(item: ListItem): string {
  if (item.label === null || item.label === "") return item.text;
  return item.text === "" ? item.label : `${item.label} ${item.text}`;
}

function collectText(blocks: readonly Block[], into: string[]): void {
  for (const block of blocks) {
    if (block.kind !== "list") {
      into.push(block.text);
      continue;
    }
    for (const item of block.items) {
      into.push(itemLine(item));
      collectText(item.children, into);
    }
  }
}

export function blocksToText(blocks: readonly Block[]): string {
  const paragraphs: string[] = [];
  collectText(blocks, paragraphs);
  return paragraphs.join("\n\n");
}
