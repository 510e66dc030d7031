/** readManifest over the folders in tests/fixtures/manifest/ (see its README). */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../scripts/ingest/diagnostics.ts";
import { readManifest } from "../../../scripts/ingest/manifest.ts";

const fixtures = join(import.meta.dirname, "../../fixtures/manifest");
const RAW = new Set(["000_210aec23ac9c1b66.txt", "002_390e2da36e5b133c.txt", "003_f407cd4f4d02e7b1.txt"]);
const read = (folder: string) => readManifest(join(fixtures, folder), RAW);

describe("readManifest", () => {
  it("returns no rows and no messages when the folder has no manifest", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "manifest-"));
    try {
      writeFileSync(join(tmp, "000_210aec23ac9c1b66.txt"), "Agenda item\n");
      expect(await readManifest(tmp, RAW)).toEqual({ rows: new Map(), messages: [] });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("reads good-csv", async () => {
    const { rows, messages } = await read("good-csv");
    expect(messages).toEqual([]);
    expect([...rows.keys()]).toEqual(["000_210aec23ac9c1b66.txt", "002_390e2da36e5b133c.txt"]);
    expect(rows.get("000_210aec23ac9c1b66.txt")).toEqual({
      file: "000_210aec23ac9c1b66.txt",
      line: 2,
      council: "Leicestershire County Council",
      councilCode: "E10000018",
      committee: "Children and Families Overview and Scrutiny Committee",
      meetingDate: "2022-09-05",
      meetingId: "6789",
      itemId: "12345",
      itemNumber: "8",
      status: "approved",
      sourceUrl: "https://democracy.example.gov.uk/ieIssueDetails.aspx?IId=12345",
      language: "en",
      retrieved: "2024-03-01",
      documents: [
        {
          title: "Children's Social Care Investment Plan",
          url: "https://democracy.example.gov.uk/documents/s1.pdf",
        },
        {
          title: "Appendix A - Business Case",
          url: "https://democracy.example.gov.uk/documents/s2.pdf",
        },
      ],
    });
    expect(rows.get("002_390e2da36e5b133c.txt")).toMatchObject({
      meetingDate: "2019-07-11",
      itemNumber: "23/5",
      status: "draft",
    });
  });

  it("reads good-yaml", async () => {
    const { rows, messages } = await read("good-yaml");
    expect(messages).toEqual([]);
    expect(rows.get("003_f407cd4f4d02e7b1.txt")).toMatchObject({
      line: 2,
      councilCode: "E06000059",
      meetingDate: "2023-03-14",
      meetingId: "0042",
      itemNumber: "8.10",
      retrieved: "2024-04-14",
      documents: [
        {
          title: "Annual Self Evaluation of Children's Services",
          url: "https://democracy.example.gov.uk/documents/s9.pdf",
        },
        { title: "Appendix 1: Self-evaluation; summary" },
      ],
    });
    expect(rows.get("002_390e2da36e5b133c.txt")).toEqual({
      file: "002_390e2da36e5b133c.txt",
      line: 18,
      council: "Monmouthshire County Council",
      language: "cy",
    });
  });

  it("rejects rows for files not in the folder, naming the row and suggesting a near name", async () => {
    const { rows, messages } = await read("missing-file");
    expect([...rows.keys()]).toEqual(["000_210aec23ac9c1b66.txt"]);
    expect(messages.map(formatDiagnostic)).toEqual([
      'manifest.csv:3:1 error row for "004_not-in-the-folder.txt" names no raw file in the input folder, so its metadata would be lost; check the spelling, or remove the row (manifest-unknown-file)',
      'manifest.csv:4:1 error row for "002_390E2DA36E5B133C.txt" names no raw file in the input folder, so its metadata would be lost; did you mean "002_390e2da36e5b133c.txt"? (manifest-unknown-file)',
    ]);
  });

  it("rejects bad dates at their rows' lines, after a multi-line cell", async () => {
    const { rows, messages } = await read("bad-date");
    expect(rows.get("000_210aec23ac9c1b66.txt")).toMatchObject({
      committee: "Children and Families Overview and Scrutiny Committee",
      meetingDate: "2022-09-05",
    });
    expect(rows.get("002_390e2da36e5b133c.txt")?.meetingDate).toBeUndefined();
    expect(messages.map((m) => [m.file, m.ruleId, m.line, m.fatal])).toEqual([
      ["manifest.csv", "manifest-unknown-column", 1, false],
      ["manifest.csv", "manifest-bad-date", 5, true],
      ["manifest.csv", "manifest-bad-date", 6, true],
    ]);
    expect(messages[1]?.reason).toContain('"31/02/2019" is not a real calendar date');
    expect(messages[2]?.reason).toContain("this looks month first");
  });

  it("rejects a duplicate row, keeping the first", async () => {
    const { rows, messages } = await read("duplicate-rows");
    expect(rows.get("000_210aec23ac9c1b66.txt")?.council).toBe("Leicestershire County Council");
    expect(messages.map(formatDiagnostic)).toEqual([
      'manifest.yaml:7:1 error second row for "000_210aec23ac9c1b66.txt" (the first is at line 1); a file takes one row, so this one is ignored: merge the two rows (manifest-duplicate-row)',
    ]);
  });

  it("refuses to choose between manifest.csv and manifest.yml", async () => {
    const { rows, messages } = await read("both");
    expect(rows.size).toBe(0);
    expect(messages).toEqual([expect.objectContaining({ ruleId: "manifest-conflict", fatal: true })]);
    expect(messages[0]?.reason).toContain("manifest.csv and manifest.yml");
  });

  it("ignores an empty manifest with a warning", async () => {
    const { rows, messages } = await read("empty");
    expect(rows.size).toBe(0);
    expect(messages).toEqual([
      expect.objectContaining({ file: "manifest.csv", ruleId: "manifest-empty", fatal: false }),
    ]);
  });

  it("reads an Excel Windows-1252 CSV with ’ intact", async () => {
    const { rows, messages } = await read("windows-1252");
    expect(rows.get("003_f407cd4f4d02e7b1.txt")).toMatchObject({
      line: 2,
      committee: "Children’s Services Scrutiny Committee",
      meetingDate: "2023-03-14",
    });
    expect(messages).toEqual([expect.objectContaining({ ruleId: "windows-1252-fallback", line: 2, fatal: false })]);
  });
});
