import { describe, expect, it } from "vitest";
import { dateToIso, httpUrl, toDocuments } from "../../../scripts/ingest/manifest-values.ts";

describe("dateToIso", () => {
  it.each([
    ["2023-11-09", "2023-11-09"],
    ["09/11/2023", "2023-11-09"],
    ["9/1/2020", "2020-01-09"],
    ["29/02/2024", "2024-02-29"],
    ["2024-04-14T10:30:00Z", "2024-04-14"],
    ["0100-02-28", "0100-02-28"],
    // Date.UTC reads years below 100 as 19xx; the manifest has always had them so.
    ["0099-01-01", "1999-01-01"],
  ])("%s → %s", (input, expected) => {
    expect(dateToIso(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["31/02/2023", "not a real calendar date"],
    ["29/02/2023", "not a real calendar date"],
    ["2023-13-01", "not a real calendar date"],
    ["03/14/2023", "this looks month first"],
    ["9th November 2023", "not a date in the form YYYY-MM-DD or DD/MM/YYYY"],
    ["12-07-21", "not a date in the form"],
    ["", "not a date in the form"],
  ])("rejects %s", (input, problem) => {
    const result = dateToIso(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});

describe("httpUrl", () => {
  it("accepts http and https", () => {
    expect(httpUrl("https://example.gov.uk/a?b=1")).toEqual({
      ok: true,
      value: "https://example.gov.uk/a?b=1",
    });
    expect(httpUrl("http://example.gov.uk/").ok).toBe(true);
  });

  it.each(["javascript:alert(1)", "file:///etc/passwd", "ftp://example.gov.uk/x", "example.gov.uk/x"])(
    "rejects %s",
    (input) => {
      expect(httpUrl(input).ok).toBe(false);
    },
  );
});

describe("toDocuments", () => {
  it("reads the CSV form, with or without URLs", () => {
    const result = toDocuments("Report|https://example.gov.uk/s1.pdf;  Appendix A ; Minutes | http://x.uk/m.pdf");
    expect(result).toEqual({
      ok: true,
      value: [
        { title: "Report", url: "https://example.gov.uk/s1.pdf" },
        { title: "Appendix A" },
        { title: "Minutes", url: "http://x.uk/m.pdf" },
      ],
    });
  });

  it("reads the YAML form", () => {
    const result = toDocuments([{ title: "Report; part 1", url: "https://x.uk/a" }, { title: "B" }]);
    expect(result).toEqual({
      ok: true,
      value: [{ title: "Report; part 1", url: "https://x.uk/a" }, { title: "B" }],
    });
  });

  it("rejects a bad URL, naming the document", () => {
    const result = toDocuments("Report|javascript:alert(1)");
    expect(result).toEqual({
      ok: false,
      problem: 'document "Report": "javascript:alert(1)" is not an http or https address',
    });
  });

  it("rejects an entry with no title, and a value of the wrong shape", () => {
    expect(toDocuments("|https://x.uk/a").ok).toBe(false);
    expect(toDocuments([{ url: "https://x.uk/a" }]).ok).toBe(false);
    expect(toDocuments({ title: "x" }).ok).toBe(false);
  });
});
