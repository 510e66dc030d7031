/**
 * One raw file → its items' Markdown files, or a rejection with reasons.
 * Takes bytes, not a path, so the whole chain is testable without a disk.
 */
import { createHash } from "node:crypto";
import { minutesItemSchema } from "../../src/schema/minutes-item.ts";
import { decodeMinutes } from "./decode.ts";
import { describeItem, type DescribeData } from "./describe/describe-item.ts";
import { fatal, warning, type Diagnostic } from "./diagnostics.ts";
import { buildFrontmatter, meetingDateOf } from "./build-item.ts";
import type { ManifestRow } from "./manifest.ts";
import { blocksToMarkdown } from "./markdown/blocks-to-markdown.ts";
import { toMarkdownFile } from "./markdown/markdown-file.ts";
import { blocksToText } from "./parse/blocks-to-text.ts";
import { parseMinutes } from "./parse/parse-minutes.ts";
import type { FileReport } from "./report.ts";
import { itemSlug } from "./slug.ts";

export interface GeneratedFile {
  /** File name inside the content folder, e.g. "some-title-3f2a1c.md". */
  name: string;
  contents: string;
}

export interface IngestedFile {
  report: FileReport;
  outputs: GeneratedFile[];
}

function rejected(file: string, messages: Diagnostic[], removed: FileReport["removed"] = []): IngestedFile {
  return { report: { file, status: "rejected", items: [], messages, removed }, outputs: [] };
}

/** Manifest ids name one item; a file that holds several items cannot share them. */
function rowForPart(row: ManifestRow | undefined, itemCount: number): ManifestRow | undefined {
  if (!row || itemCount === 1) return row;
  const { itemId: _itemId, itemNumber: _itemNumber, ...shared } = row;
  return shared;
}

function validationReason(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.map(String).join(".") || "(item)"}: ${issue.message}`).join("; ");
}

export function ingestFile(
  bytes: Uint8Array,
  file: string,
  row: ManifestRow | undefined,
  data: DescribeData,
  /** sha256 of `bytes` in hex, when the caller has already computed it. */
  bytesSha256?: string,
): IngestedFile {
  const decoded = decodeMinutes(bytes, file);
  if (decoded.text === undefined || decoded.messages.some((message) => message.fatal))
    return rejected(file, decoded.messages);
  const parsed = parseMinutes(decoded.text, file);
  const messages = [...decoded.messages, ...parsed.messages];
  if (parsed.items.length === 0 || messages.some((message) => message.fatal))
    return rejected(file, messages, parsed.removed);
  if (row && parsed.items.length > 1 && (row.itemId !== undefined || row.itemNumber !== undefined)) {
    messages.push(
      warning(
        file,
        "manifest-ids-for-many-items",
        `the manifest gives an item id or number, but the file holds ${parsed.items.length} items; the ids are not applied to any of them. Split the file or drop those columns.`,
      ),
    );
  }
  const sourceSha256 = bytesSha256 ?? createHash("sha256").update(bytes).digest("hex");
  const outputs: GeneratedFile[] = [];
  for (const [index, item] of parsed.items.entries()) {
    const part = index + 1;
    const manifest = rowForPart(row, parsed.items.length);
    const slug = itemSlug(item.title || "untitled item", file, part);
    const text = [item.description ?? "", blocksToText(item.blocks)].join("\n\n");
    const meetingDate = meetingDateOf(item, manifest);
    const description = describeItem(
      meetingDate === undefined
        ? { title: item.title, text, resolutions: item.resolutions }
        : { title: item.title, text, resolutions: item.resolutions, meetingDate },
      data,
    );
    const frontmatter = buildFrontmatter(
      {
        parsed: { ...item, title: item.title || "Untitled item" },
        slug,
        sourceFile: file,
        sourceSha256,
        part,
        manifest,
      },
      description,
    );
    const checked = minutesItemSchema.safeParse(frontmatter);
    if (!checked.success) {
      messages.push(
        fatal(
          file,
          "invalid-metadata",
          `item ${part} ("${item.title}") has metadata the schema refuses: ${validationReason(checked.error.issues)}. Fix the manifest row or report the parse as a bug.`,
          item.startLine,
        ),
      );
      continue;
    }
    outputs.push({ name: `${slug}.md`, contents: toMarkdownFile(blocksToMarkdown(item.blocks), frontmatter) });
  }
  if (messages.some((message) => message.fatal)) return rejected(file, messages, parsed.removed);
  return {
    report: {
      file,
      status: "written",
      items: outputs.map((output) => output.name.slice(0, -3)),
      messages,
      removed: parsed.removed,
    },
    outputs,
  };
}
