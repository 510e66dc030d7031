/**
 * The pure core of the ingest: decoded text in, parsed items and messages out.
 * No file system here, so every rule can be unit-tested on strings.
 */
import { warning, type Diagnostic } from "../diagnostics.ts";
import { detectFrontmatterLike, toSourceLines } from "../normalise.ts";
import type { Block, ParsedItem, RawItem, RemovedText, SourceLine } from "../types.ts";
import { unitsToBlocks } from "./body-blocks.ts";
import { toLogicalUnits } from "./logical-units.ts";
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

/** A "Decision:" block printed apart from the minutes comes first, under its own decision heading. */
function decisionBlocks(decision: readonly SourceLine[] | undefined, language: RawItem["language"]): Block[] {
  if (!decision || decision.every((line) => line.text.trim() === "")) return [];
  const blocks = linesToBlocks(decision);
  if (blocks[0]?.kind === "heading" && blocks[0].decision) return blocks;
  return [{ kind: "heading", text: language === "cy" ? "Penderfyniad" : "Decision", decision: true }, ...blocks];
}

function parseItem(raw: RawItem): ParsedItem {
  const { body, decision, ...rest } = raw;
  const decided = decisionBlocks(decision, raw.language);
  const minutes = linesToBlocks(body);
  const blocks =
    decided.length > 0 && minutes.length > 0
      ? [
          ...decided,
          { kind: "heading", text: raw.language === "cy" ? "Cofnodion" : "Minutes", decision: false } as const,
          ...minutes,
        ]
      : [...decided, ...minutes];
  // When a decision is printed apart and again in the minutes, the resolutions are taken once, from the minutes.
  const fromMinutes = findResolutions(minutes);
  return { ...rest, blocks, resolutions: fromMinutes.length > 0 ? fromMinutes : findResolutions(decided) };
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
  const split = splitItems(lines, file);
  return { items: split.items.map(parseItem), removed: split.removed, messages: [...messages, ...split.messages] };
}
