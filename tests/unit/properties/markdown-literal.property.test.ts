/**
 * Source text never becomes markup: for any generated minutes, the text of the
 * rendered page body (Markdown → sanitised HTML → text) is exactly the text of
 * the parsed blocks, character for character, up to spacing. A "#", "*", "<b>",
 * "[x](y)" or "&amp;" in the minutes is shown as printed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blocksToText } from "../../../scripts/ingest/parse/blocks-to-text.ts";
import { parseMinutes } from "../../../scripts/ingest/parse/parse-minutes.ts";
import { rawPage } from "./page-arbitraries.ts";
import { renderedBody } from "./page-words.ts";

const spacing = (text: string): string => text.replace(/\s+/gu, " ").trim();
const runs = Number(process.env.PROPERTY_RUNS ?? 2000);

describe("rendering generated minutes", () => {
  it(
    "shows every character of the parsed text, and nothing else",
    () => {
      fc.assert(
        fc.property(rawPage, (page) => {
          for (const item of parseMinutes(page.text, "generated.txt").items) {
            expect(spacing(renderedBody(item))).toBe(spacing(blocksToText(item.blocks)));
          }
        }),
        { numRuns: runs },
      );
    },
    Math.max(60_000, runs * 20),
  );
});
