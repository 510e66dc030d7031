import { describe, expect, it } from "vitest";
import { rowsToCsv } from "../../../src/site/rows-to-csv.ts";

describe("rowsToCsv", () => {
  it("quotes every field, doubles quotes, keeps commas and line breaks, ends lines with CRLF after a BOM", () => {
    const csv = rowsToCsv(["title", "council"], [{ title: 'Plan, "draft"\nv2', council: "Bristol City Council" }]);
    expect(csv).toBe('\uFEFF"title","council"\r\n"Plan, ""draft""\nv2","Bristol City Council"\r\n');
  });

  it.each(['=HYPERLINK("http://x")', "+44 1234", "-1+2", "@SUM(A1)", "\tcmd"])(
    "keeps %j from running as a spreadsheet formula",
    (value) => {
      expect(rowsToCsv(["title"], [{ title: value }]).split("\r\n")[1]).toBe(`"'${value.replaceAll('"', '""')}"`);
    },
  );
});
