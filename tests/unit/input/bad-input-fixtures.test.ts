/** The table in tests/fixtures/bad-input/README.md, checked file by file. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeMinutes, MAX_INPUT_BYTES } from "../../../scripts/ingest/decode.ts";
import { formatDiagnostic } from "../../../scripts/ingest/diagnostics.ts";
import { detectFrontmatterLike, toSourceLines } from "../../../scripts/ingest/normalise.ts";

const dir = join(import.meta.dirname, "../../fixtures/bad-input");
const decodeFixture = (name: string) => decodeMinutes(new Uint8Array(readFileSync(join(dir, name))), name);

/** The clean lines every minutes-shaped fixture should come out as. */
const MINUTES = [
  "Agenda item",
  "",
  "Placement Sufficiency Strategy",
  "",
  "Minutes:",
  "",
  "The Committee considered a report of the Director of Children’s Services on the £1.2m placement budget.",
  "",
  "RESOLVED:",
  "",
  "That the report be noted.",
  "",
  "Supporting documents:",
];

describe("rejected fixtures", () => {
  it.each([
    ["empty.txt", "empty-file"],
    ["whitespace-only.txt", "empty-file"],
    ["binary.bin", "binary-file"],
    ["binary-in-disguise.txt", "binary-file"],
    ["utf16le-no-bom.txt", "binary-file"],
  ])("%s is rejected with %s, naming the file", (name, ruleId) => {
    const result = decodeFixture(name);
    expect(result.text).toBeUndefined();
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ file: name, ruleId, fatal: true });
    expect(formatDiagnostic(result.messages[0]!)).toMatch(
      new RegExp(`^${name.replace(".", "\\.")}:1:1 error .+ \\(${ruleId}\\)$`),
    );
  });

  describe("too-large.txt, generated in a temp dir", () => {
    const tmp = mkdtempSync(join(tmpdir(), "bad-input-"));
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    it("is rejected with file-too-large, naming size and limit", () => {
      const path = join(tmp, "too-large.txt");
      const line = "The Committee noted the report of the Director of Children’s Services.\n";
      writeFileSync(path, line.repeat(Math.ceil((3 * 1024 * 1024) / line.length)));
      const bytes = new Uint8Array(readFileSync(path));
      const result = decodeMinutes(bytes, "too-large.txt");
      expect(result.text).toBeUndefined();
      expect(result.messages[0]).toMatchObject({ ruleId: "file-too-large", fatal: true });
      expect(result.messages[0]?.reason).toContain(`(${bytes.length.toLocaleString("en-GB")} bytes)`);
      expect(result.messages[0]?.reason).toContain(`${MAX_INPUT_BYTES.toLocaleString("en-GB")} bytes) limit`);
    });
  });
});

describe("ingested fixtures", () => {
  it.each([
    ["utf8-bom.txt", "utf-8-bom"],
    ["utf16le-bom.txt", "utf-16le"],
    ["utf16be-bom.txt", "utf-16be"],
    ["crlf.txt", "utf-8"],
    ["cr-only.txt", "utf-8"],
  ])("%s decodes as %s to the same clean lines, silently", (name, encoding) => {
    const result = decodeFixture(name);
    expect(result.encoding).toBe(encoding);
    expect(result.messages).toEqual([]);
    expect(result.text?.charCodeAt(0)).not.toBe(0xfeff);
    expect(toSourceLines(result.text!).map((line) => line.text)).toEqual(MINUTES);
  });

  it.each([
    ["windows-1252.txt", "windows-1252", "windows-1252-fallback"],
    ["mixed-encoding.txt", "windows-1252", "windows-1252-fallback"],
    ["c1-controls.txt", "utf-8", "c1-control-repaired"],
  ])("%s keeps £ and ’ intact, with a %s warning at line 7", (name, encoding, ruleId) => {
    const result = decodeFixture(name);
    expect(result.encoding).toBe(encoding);
    expect(result.messages).toEqual([expect.objectContaining({ file: name, ruleId, line: 7, fatal: false })]);
    const lines = toSourceLines(result.text!).map((line) => line.text);
    expect(lines[6]).toBe(MINUTES[6]);
    expect(result.text).not.toMatch(/[\ufffd\u0080-\u009f]|â€/);
  });

  it("mixed-encoding.txt keeps its UTF-8 heading as UTF-8", () => {
    const lines = toSourceLines(decodeFixture("mixed-encoding.txt").text!);
    expect(lines[2]).toEqual({ text: "Children’s Homes: Ofsted Update", line: 3 });
  });

  it("nbsp-padding.txt comes out with plain spaces and empty blank lines", () => {
    const result = decodeFixture("nbsp-padding.txt");
    expect(result.messages).toEqual([]);
    expect(toSourceLines(result.text!).map((line) => line.text)).toEqual([
      "Agenda item",
      "",
      "Children in Care Update",
      "",
      "Minutes:",
      "",
      "Arising from the discussion, the following points were raised:",
      "",
      "i)        The number of children in care had risen by 4%.",
      "",
      "ii)  The Virtual School had been praised.",
      "",
      "Supporting documents:",
    ]);
  });

  it("frontmatter-like.txt decodes, and its block is found so the caller can keep it as text", () => {
    const result = decodeFixture("frontmatter-like.txt");
    expect(result.messages).toEqual([]);
    const lines = toSourceLines(result.text!);
    expect(detectFrontmatterLike(lines)).toEqual({ endLine: 4 });
    expect(lines.slice(0, 5).map((line) => line.text)).toEqual([
      "---",
      "title: evil",
      "slug: evil",
      "---",
      "Agenda item",
    ]);
  });
});
