import type { SplitResult } from "../../../scripts/ingest/types.ts";
import { splitItems } from "../../../scripts/ingest/parse/split-items.ts";
import { readLines } from "./source-lines.ts";

/** Splits tests/fixtures/forms/<name>.txt, naming the file as the ingest would. */
export function splitFixture(name: string): SplitResult {
  return splitItems(readLines(`../../fixtures/forms/${name}.txt`), `${name}.txt`);
}

export function ruleIds(result: SplitResult): string[] {
  return result.messages.map((message) => message.ruleId);
}

/** The non-blank body texts of an item, trimmed, for short assertions. */
export function bodyText(result: SplitResult, index = 0): string[] {
  return (result.items[index]?.body ?? []).map((line) => line.text.trim()).filter((text) => text !== "");
}
