/**
 * Golden fixtures (GUIDE practice 5): each tests/fixtures/golden/<mess>.txt is a
 * made-up page in one shape from the catalogue (/work/shared/minutes-variants.md),
 * beside <mess>.md, the full Markdown the ingest writes for it (frontmatter
 * included), with the real describe data. A file holding several items gives
 * each item under an "<!-- name.md -->" line.
 *
 * `UPDATE_GOLDEN=1 npx vitest run tests/golden` rewrites the .md files on
 * purpose; review the diff by eye before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDescribeData } from "../../scripts/ingest/describe/load-describe-data.ts";
import { ingestFile, type IngestedFile } from "../../scripts/ingest/ingest-file.ts";

const dir = path.resolve(import.meta.dirname, "../fixtures/golden");
const update = process.env.UPDATE_GOLDEN === "1";
const data = loadDescribeData();
const inputs = readdirSync(dir)
  .filter((name) => name.endsWith(".txt"))
  .sort();

function asGolden(result: IngestedFile): string {
  if (result.outputs.length === 1) return result.outputs[0]?.contents ?? "";
  return result.outputs.map((output) => `<!-- ${output.name} -->\n${output.contents}`).join("\n");
}

describe("golden fixtures", () => {
  it.each(inputs)("%s", (name) => {
    const result = ingestFile(new Uint8Array(readFileSync(path.join(dir, name))), name, undefined, data);
    expect(result.report.status, JSON.stringify(result.report.messages)).toBe("written");
    const actual = asGolden(result);
    const expectedFile = path.join(dir, name.replace(/\.txt$/u, ".md"));
    if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, "utf8"));
  });

  it("has an expected .md for every input and no stale .md", () => {
    const expected = readdirSync(dir)
      .filter((name) => name.endsWith(".md"))
      .sort();
    expect(expected).toEqual(inputs.map((name) => name.replace(/\.txt$/u, ".md")));
  });

  it("covers every shape in the catalogue", () => {
    const shapes = [
      "item-page",
      "issue-history",
      "whole-meeting",
      "older-format",
      "welsh",
      "furniture",
      "no-minutes-label",
      "starts-at-minutes",
      "empty-title",
      "agenda-item-printed-twice",
      "roman",
      "paragraph-numbers",
      "nested",
      "bullets",
      "markers-alone",
      "attendance",
      "tables",
      "actions",
      "links",
      "lookalikes",
      "crlf",
      "windows-1252",
      "decision-forms",
      "frontmatter",
    ];
    for (const shape of shapes)
      expect(
        inputs.some((name) => name.includes(shape)),
        shape,
      ).toBe(true);
  });
});
