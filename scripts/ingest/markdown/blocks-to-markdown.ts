/**
 * Writes an item's blocks as Markdown: section labels as "##" headings,
 * label-keeping lists as "-" items whose text starts with the printed label,
 * nested lists indented under their item, paragraphs separated by blank lines.
 */
import { itemLine } from "../parse/blocks-to-text.ts";
import type { Block, ListItem } from "../types.ts";
import { escapeBlock } from "./escape-markdown.ts";

function itemToMarkdown(item: ListItem, indent: string, lines: string[]): void {
  lines.push(`${indent}- ${escapeBlock(itemLine(item))}`.trimEnd());
  for (const child of item.children) {
    if (child.kind === "list") for (const nested of child.items) itemToMarkdown(nested, `${indent}  `, lines);
    else lines.push("", `${indent}  ${escapeBlock(child.text)}`);
  }
}

function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `## ${escapeBlock(block.text)}`;
    case "paragraph":
      return escapeBlock(block.text);
    case "list": {
      const lines: string[] = [];
      for (const item of block.items) itemToMarkdown(item, "", lines);
      return lines.join("\n");
    }
  }
}

export function blocksToMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(blockToMarkdown).join("\n\n")}\n`;
}
