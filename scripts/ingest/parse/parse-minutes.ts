/**
 * The pure core of the ingest: decoded text in, parsed items and messages out.
 * No file system here, so every rule can be unit-tested on strings.
 */
import { warning, type Diagnostic } from "../diagnostics.ts";
import { detectFrontmatterLike, toSourceLines } from "../normalise.ts";
import type { Block, ParsedItem, RemovedText, SourceLine } from "../types.ts";
import { unitsToBlocks } from "./body-blocks.ts";
import { toLogicalUnits } from "./logical-units.ts";
import type { PrintedLabels, SplitItem } from "./page-forms/item-draft.ts";
import { findResolutions } from "./resolutions.ts";
import { splitItems } from "./split-items.ts";

export interface ParseResult {
  items: ParsedItem[];
  removed: RemovedText[];
  messages: Diagnostic[];
}

function linesToBlocks(lines: readonly SourceLine[]): Block[] {
  return unitsToBlocks(toLogicalUnits(lines));
}

/**
 * A "Decision:" block printed apart from the minutes, under a decision heading:
 * its own ("RESOLVED:") if it starts with one, else the label the page printed.
 */
function decisionBlocks(decision: readonly SourceLine[] | undefined, label: string): Block[] {
  if (!decision || decision.every((line) => line.text.trim() === "")) return [];
  const blocks = linesToBlocks(decision);
  if (blocks[0]?.kind === "heading" && blocks[0].decision) return blocks;
  return [{ kind: "heading", text: label, decision: true }, ...blocks];
}

/**
 * Blocks in the printed order. Issue-history pages print "Decision:" before
 * "Minutes:", so the minutes follow under their printed label; with no
 * "Minutes:" label the text came before the decision and stays there, with no
 * heading the page never printed.
 */
function orderParts(decided: Block[], minutes: Block[], printed: PrintedLabels): Block[] {
  if (decided.length === 0 || minutes.length === 0) return [...decided, ...minutes];
  if (printed.minutes === undefined) return [...minutes, ...decided];
  return [...decided, { kind: "heading", text: printed.minutes, decision: false }, ...minutes];
}

function parseItem(raw: SplitItem): ParsedItem {
  const { body, decision, printed, ...rest } = raw;
  const decided = decisionBlocks(decision, printed.decision ?? (raw.language === "cy" ? "Penderfyniad" : "Decision"));
  const minutes = linesToBlocks(body);
  // When a decision is printed apart and again in the minutes, the resolutions are taken once, from the minutes.
  const fromMinutes = findResolutions(minutes);
  return {
    ...rest,
    blocks: orderParts(decided, minutes, printed),
    resolutions: fromMinutes.length > 0 ? fromMinutes : findResolutions(decided),
  };
}

/**
 * A frontmatter-like block is shown as the lines it was ("title: evil" on its own line), not run together
 * into one sentence: a blank line (which carries no text) is put after each of its lines.
 */
function lineByLine(lines: SourceLine[], endLine: number): SourceLine[] {
  return lines.flatMap((line) => (line.line <= endLine ? [line, { line: line.line, text: "" }] : [line]));
}

export function parseMinutes(text: string, file: string): ParseResult {
  const lines = toSourceLines(text);
  const messages: Diagnostic[] = [];
  const frontmatter = detectFrontmatterLike(lines);
  if (frontmatter) {
    // A raw file can never set its own metadata: the block stays in the text, shown as written.
    messages.push(
      warning(
        file,
        "frontmatter-in-raw",
        `lines 1-${frontmatter.endLine} look like a YAML frontmatter block; raw files cannot set metadata, so they are kept as minutes text. Put metadata in the manifest instead.`,
        1,
      ),
    );
  }
  const split = splitItems(frontmatter ? lineByLine(lines, frontmatter.endLine) : lines, file);
  return { items: split.items.map(parseItem), removed: split.removed, messages: [...messages, ...split.messages] };
}
