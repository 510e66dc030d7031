import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLine, detectFrontmatterLike, toSourceLines } from "../../../scripts/ingest/normalise.ts";

const texts = (text: string): string[] => toSourceLines(text).map((line) => line.text);

describe("toSourceLines: line breaks", () => {
  it("splits LF, CRLF and CR alike and numbers lines from 1", () => {
    expect(toSourceLines("a\r\nb\rc\nd")).toEqual([
      { text: "a", line: 1 },
      { text: "b", line: 2 },
      { text: "c", line: 3 },
      { text: "d", line: 4 },
    ]);
  });

  it("does not add an empty line for a final line break, but keeps blank lines", () => {
    expect(texts("a\n\nb\n")).toEqual(["a", "", "b"]);
    expect(texts("a\r\n\r\n")).toEqual(["a", ""]);
    expect(texts("")).toEqual([""]);
  });

  it("keeps line numbers of the raw file when VT, FF or U+2028 sit inside a line", () => {
    expect(toSourceLines("a\fb\nc\u2028d\ne")).toEqual([
      { text: "a b", line: 1 },
      { text: "c d", line: 2 },
      { text: "e", line: 3 },
    ]);
  });
});

describe("cleanLine", () => {
  it("turns U+00A0 blank-looking lines into empty lines", () => {
    expect(cleanLine("\u00a0")).toBe("");
    expect(cleanLine("\u00a0 \u00a0")).toBe("");
  });

  it("turns Unicode spaces and tabs into spaces, keeping leading padding for lists", () => {
    expect(cleanLine("i)\u00a0\u00a0\u00a0text")).toBe("i)   text");
    expect(cleanLine("\u00a0 (iii)\ttext")).toBe("  (iii) text");
    expect(cleanLine("4\u2009%\u202fand\u3000x\u2000y\u200az\u205f.")).toBe("4 % and x y z .");
  });

  it("removes zero-width characters, BOMs and soft hyphens", () => {
    expect(cleanLine("\ufeffChildren\u200b in\u200c care\u200d\u2060 safe\u00adguarding")).toBe(
      "Children in care safeguarding",
    );
  });

  it("removes control characters, including C1 ones decode could not map", () => {
    expect(cleanLine("a\u0000b\u0007c\u001bd\u007fe\u0081f\u009dg")).toBe("abcdefg");
  });

  it("trims trailing whitespace only", () => {
    expect(cleanLine("  Minutes: \t\u00a0 ")).toBe("  Minutes:");
  });

  it("normalises to NFC so a decomposed é matches a composed one", () => {
    const decomposed = "Caerffili Cyngor – cafe\u0301 ŵ";
    expect(cleanLine(decomposed)).toBe("Caerffili Cyngor – café ŵ");
    expect(cleanLine("w\u0302")).toBe("ŵ");
  });

  it("keeps ordinary punctuation, pound signs and Welsh letters as written", () => {
    const line = "RESOLVED – That the £411,840 be noted; Penderfynwyd ŵ ŷ “HLAC” Manger";
    expect(cleanLine(line)).toBe(line);
  });
});

describe("detectFrontmatterLike", () => {
  const lines = (text: string) => toSourceLines(text);

  it("finds a ---/key: value/--- block at the top and returns its closing line", () => {
    expect(detectFrontmatterLike(lines("---\ntitle: evil\n---\nAgenda item"))).toEqual({
      endLine: 3,
    });
    const yaml = "---\ntitle: evil\nslug: x\ntopics:\n  - a\n- b\n\n# note\n...\nAgenda item";
    expect(detectFrontmatterLike(lines(yaml))).toEqual({ endLine: 9 });
  });

  it("tolerates CRLF and trailing spaces on the fences", () => {
    expect(detectFrontmatterLike(lines("--- \r\ntitle: evil\r\n---\t\r\nx"))).toEqual({
      endLine: 3,
    });
  });

  it("ignores files that do not start with ---", () => {
    expect(detectFrontmatterLike(lines("Agenda item\n---\ntitle: x\n---"))).toBeUndefined();
    expect(detectFrontmatterLike(lines("\n---\ntitle: x\n---"))).toBeUndefined();
  });

  it("ignores a --- rule followed by prose, an unclosed block, or one with no keys", () => {
    expect(detectFrontmatterLike(lines("---\nThe Committee noted the report.\n---"))).toBeUndefined();
    expect(detectFrontmatterLike(lines("---\ntitle: evil\nAgenda item"))).toBeUndefined();
    expect(detectFrontmatterLike(lines("---\ntitle: evil"))).toBeUndefined();
    expect(detectFrontmatterLike(lines("---\n\n---\nx"))).toBeUndefined();
    expect(detectFrontmatterLike([])).toBeUndefined();
  });
});

describe("toSourceLines: clean texts", () => {
  it("gives what cleaning each line gives, whether or not the text needs cleaning", () => {
    const piece = fc.constantFrom(
      "a",
      "é",
      "e\u0301",
      "\u0301",
      "Å",
      "\u00a0",
      "\t",
      "\u200b",
      "\u0085",
      " ",
      "’",
      "\n",
      "\r\n",
      "\r",
      "x ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join("");
        const raw = text.split(/\r\n|\r|\n/);
        if (raw.length > 1 && raw.at(-1) === "") raw.pop();
        expect(texts(text)).toEqual(raw.map(cleanLine));
      }),
      { numRuns: 3000 },
    );
  });
});
