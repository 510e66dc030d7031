import { readFileSync } from "node:fs";
import type { SourceLine } from "../../../scripts/ingest/types.ts";

/**
 * A stand-in for the real decode step, enough for tests: LF lines, NBSP as a
 * space, trailing whitespace trimmed, 1-based numbers.
 */
export function toSourceLines(text: string): SourceLine[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((raw, index) => ({ text: raw.replace(/\u00a0/g, " ").trimEnd(), line: index + 1 }));
}

export function readLines(path: string): SourceLine[] {
  return toSourceLines(readFileSync(new URL(path, import.meta.url), "utf8"));
}
