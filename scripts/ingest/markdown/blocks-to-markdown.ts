/**
 * Writes an item's blocks as Markdown: section labels as "##" headings,
 * label-keeping lists as "-" items whose text starts with the printed label,
 * nested lists indented under their item, paragraphs separated by blank lines.
 */
import type { Block, ListItem } from "../types.ts";
import { escapeBlock } from "./escape-markdown.ts";

function itemToMarkdown(item: ListItem, indent: string): string[] {
  const first = [item.label, item.text].filter((part) => part !== null && part !== "").join(" ");
  const lines = [`${indent}- ${escapeBlock(first)}`.trimEnd()];
  for (const child of item.children) {
    if (child.kind === "list") lines.push(...child.items.flatMap((nested) => itemToMarkdown(nested, `${indent}  `)));
    else lines.push("", `${indent}  ${escapeBlock(child.text)}`);
  }
  return lines;
}

function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `## ${escapeBlock(block.text)}`;
    case "paragraph":
      return escapeBlock(block.text);
    case "list":
      return block.items.flatMap((item) => itemToMarkdown(item, "")).join("\n");
  }
}

export function blocksToMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(blockToMarkdown).join("\n\n")}\n`;
}
