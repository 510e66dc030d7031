import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../scripts/ingest/diagnostics.ts";
import { parseManifest } from "../../../scripts/ingest/manifest.ts";

const csv = (...lines: string[]) => parseManifest(lines.join("\n"), "csv", "manifest.csv");
const yaml = (...lines: string[]) => parseManifest(lines.join("\n"), "yaml", "manifest.yaml");

describe("parseManifest: CSV", () => {
  it("maps columns to the schema's field names, keyed by file", () => {
    const { rows, messages } = csv(
      "File,Council,Council code,Meeting date,item-number,Status,Language,source_url",
      "a.txt,Dorset Council,e06000059,14/03/2023,23/5,Approved,CY,https://x.uk/i?IId=1",
    );
    expect(messages).toEqual([]);
    expect(rows.get("a.txt")).toEqual({
      file: "a.txt",
      line: 2,
      council: "Dorset Council",
      councilCode: "E06000059",
      meetingDate: "2023-03-14",
      itemNumber: "23/5",
      status: "approved",
      language: "cy",
      sourceUrl: "https://x.uk/i?IId=1",
    });
  });

  it("treats empty cells as unknown, not as errors", () => {
    const { rows, messages } = csv("file,council,meeting_date,status", "a.txt,,,");
    expect(messages).toEqual([]);
    expect(rows.get("a.txt")).toEqual({ file: "a.txt", line: 2 });
  });

  it("names the manifest and the row's line for a bad date, counting blank lines and multi-line cells", () => {
    const { rows, messages } = csv(
      "file,committee,meeting_date",
      "",
      'a.txt,"Children and',
      'Families",2023-01-01',
      "b.txt,Panel,31/02/2023",
    );
    expect(rows.get("a.txt")).toMatchObject({ line: 3, committee: "Children and Families" });
    expect(rows.get("b.txt")).toEqual({ file: "b.txt", line: 5, committee: "Panel" });
    expect(messages.map(formatDiagnostic)).toEqual([
      'manifest.csv:5:1 error meeting_date in the row for "b.txt": "31/02/2023" is not a real calendar date; write it as YYYY-MM-DD or DD/MM/YYYY (the value is left out) (manifest-bad-date)',
    ]);
  });

  it("gives the same line numbers for CRLF files", () => {
    const { messages } = parseManifest("file,meeting_date\r\n\r\na.txt,2023-02-30\r\n", "csv", "manifest.csv");
    expect(messages[0]).toMatchObject({ ruleId: "manifest-bad-date", line: 3 });
  });

  it("rejects bad values, one message each, keeping the row's good fields", () => {
    const { rows, messages } = csv(
      "file,council,council_code,status,language,source_url,documents",
      "a.txt,Dorset Council,E0600005,final,fr,javascript:alert(1),Report|ftp://x",
    );
    expect(rows.get("a.txt")).toEqual({ file: "a.txt", line: 2, council: "Dorset Council" });
    expect(messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([
      ["manifest-bad-value", 2, true],
      ["manifest-bad-value", 2, true],
      ["manifest-bad-value", 2, true],
      ["manifest-bad-value", 2, true],
      ["manifest-bad-value", 2, true],
    ]);
    expect(messages.map((m) => m.reason.split(":")[0])).toEqual([
      'council_code in the row for "a.txt"',
      'status in the row for "a.txt"',
      'source_url in the row for "a.txt"',
      'language in the row for "a.txt"',
      'documents in the row for "a.txt"',
    ]);
  });

  it("reports duplicate rows at the second row's line and keeps the first", () => {
    const { rows, messages } = csv("file,council", "a.txt,One", "b.txt,Two", "a.txt,Three");
    expect(rows.get("a.txt")?.council).toBe("One");
    expect(messages).toEqual([expect.objectContaining({ ruleId: "manifest-duplicate-row", line: 4, fatal: true })]);
    expect(messages[0]?.reason).toContain("(the first is at line 2)");
  });

  it("warns once per unknown column, at the header", () => {
    const { rows, messages } = csv("file,notes,Notes 2,", "a.txt,x,y,", "b.txt,z,,");
    expect(rows.size).toBe(2);
    expect(messages.map((m) => [m.ruleId, m.line, m.fatal, m.reason.split(" is ")[0]])).toEqual([
      ["manifest-unknown-column", 1, false, 'unknown column "notes"'],
      ["manifest-unknown-column", 1, false, 'unknown column "notes_2"'],
    ]);
  });

  it("rejects a row with too many cells rather than shifting its values", () => {
    const { rows, messages } = csv("file,committee", "a.txt,Children, Young People");
    expect(rows.size).toBe(0);
    expect(messages).toEqual([expect.objectContaining({ ruleId: "manifest-column-count", line: 2, fatal: true })]);
  });

  it("rejects a row with no file, a header with no file column, and repeated columns", () => {
    expect(csv("file,council", ",Dorset").messages[0]).toMatchObject({
      ruleId: "manifest-missing-file",
      line: 2,
    });
    expect(csv("name,council", "a.txt,Dorset").messages.at(-1)).toMatchObject({
      ruleId: "manifest-missing-file",
      line: 1,
    });
    expect(csv("file,council,Council", "a.txt,x,y").messages[0]).toMatchObject({
      ruleId: "manifest-duplicate-column",
      line: 1,
    });
  });

  it("reports a CSV syntax error with its line", () => {
    const { messages } = csv("file,council", 'a.txt,"Dorset', "b.txt,x");
    expect(messages).toEqual([
      expect.objectContaining({ file: "manifest.csv", ruleId: "manifest-syntax", fatal: true }),
    ]);
    expect(messages[0]?.line).toBeGreaterThanOrEqual(2);
  });
});

describe("parseManifest: YAML", () => {
  it("reads a list of entries with each entry's line, keeping scalars as written", () => {
    const { rows, messages } = yaml(
      "# comment",
      "- file: a.txt",
      "  meeting_id: 0042",
      "  item_number: 8.10",
      "  meeting_date: 2023-03-14",
      "  language: no",
      "",
      "- file: b.txt",
      "  documents:",
      "    - title: Report",
      "      url: https://x.uk/r.pdf",
    );
    expect(rows.get("a.txt")).toEqual({
      file: "a.txt",
      line: 2,
      meetingId: "0042",
      itemNumber: "8.10",
      meetingDate: "2023-03-14",
    });
    expect(rows.get("b.txt")).toEqual({
      file: "b.txt",
      line: 8,
      documents: [{ title: "Report", url: "https://x.uk/r.pdf" }],
    });
    // "no" is not a language (and, in YAML 1.2, not a boolean either).
    expect(messages).toEqual([expect.objectContaining({ ruleId: "manifest-bad-value", line: 2 })]);
  });

  it("warns about unknown keys at the entry's line", () => {
    const { messages } = yaml("- file: a.txt", "- file: b.txt", "  colour: red");
    expect(messages).toEqual([expect.objectContaining({ ruleId: "manifest-unknown-column", line: 2, fatal: false })]);
  });

  it("reports a bad date and a duplicate at their entries' lines", () => {
    const { messages } = yaml("- file: a.txt", "  meeting_date: 2023-02-29", "- file: a.txt");
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([
      ["manifest-bad-date", 1],
      ["manifest-duplicate-row", 3],
    ]);
  });

  it("rejects YAML syntax errors and the wrong shape, with lines", () => {
    const broken = yaml("- file: a.txt", "  council: [Dorset", "- file: b.txt");
    expect(broken.rows.size).toBe(0);
    expect(broken.messages[0]).toMatchObject({ ruleId: "manifest-syntax", fatal: true });
    expect(yaml("a.txt:", "  council: Dorset").messages[0]).toMatchObject({
      ruleId: "manifest-syntax",
      line: 1,
    });
    expect(yaml("- file: a.txt", "- just text").messages[0]).toMatchObject({
      ruleId: "manifest-syntax",
      line: 2,
    });
  });

  it("treats an empty YAML file as no rows", () => {
    expect(yaml("# nothing yet")).toEqual({ rows: new Map(), messages: [] });
  });
});
