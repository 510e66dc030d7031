import { describe, expect, it } from "vitest";
import { decodeMinutes, MAX_INPUT_BYTES } from "../../../scripts/ingest/decode.ts";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("decodeMinutes: encodings", () => {
  it("reads plain UTF-8 with no messages", () => {
    const result = decodeMinutes(utf8("Agenda item\nChildren’s Services £5\n"), "a.txt");
    expect(result).toEqual({
      text: "Agenda item\nChildren’s Services £5\n",
      encoding: "utf-8",
      messages: [],
    });
  });

  it("strips a UTF-8 BOM and says it was there", () => {
    const result = decodeMinutes(bytes(0xef, 0xbb, 0xbf, 0x41, 0x0a), "a.txt");
    expect(result.text).toBe("A\n");
    expect(result.encoding).toBe("utf-8-bom");
    expect(result.messages).toEqual([]);
  });

  it("reads UTF-16LE and UTF-16BE with a BOM, without the BOM", () => {
    const le = decodeMinutes(bytes(0xff, 0xfe, 0xa3, 0x00, 0x19, 0x20), "le.txt");
    const be = decodeMinutes(bytes(0xfe, 0xff, 0x00, 0xa3, 0x20, 0x19), "be.txt");
    expect([le.text, le.encoding]).toEqual(["£’", "utf-16le"]);
    expect([be.text, be.encoding]).toEqual(["£’", "utf-16be"]);
  });

  it("falls back to Windows-1252 for invalid UTF-8, keeping £ and ’", () => {
    // "Minutes:\n" then "£5 ’" in Windows-1252: 0xA3 and 0x92 are invalid as UTF-8.
    const raw = bytes(...utf8("Minutes:\n"), 0xa3, 0x35, 0x20, 0x92, 0x0a);
    const result = decodeMinutes(raw, "old.txt");
    expect(result.text).toBe("Minutes:\n£5 ’\n");
    expect(result.text).not.toContain("\ufffd");
    expect(result.encoding).toBe("windows-1252");
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({
      file: "old.txt",
      ruleId: "windows-1252-fallback",
      line: 2,
      fatal: false,
    });
    expect(result.messages[0]?.reason).toMatch(/not valid UTF-8.*Windows-1252.*re-save/);
  });

  it("decodes a mixed file line by line so the UTF-8 lines are not garbled", () => {
    const raw = bytes(...utf8("Children’s Homes\r\n"), 0x92, 0x0d, 0x0a, ...utf8("£"));
    const result = decodeMinutes(raw, "mixed.txt");
    expect(result.text).toBe("Children’s Homes\r\n’\r\n£");
    expect(result.messages[0]).toMatchObject({ ruleId: "windows-1252-fallback", line: 2 });
    expect(result.messages[0]?.reason).toContain("mixes UTF-8 with Windows-1252: line(s) 2 ");
  });

  it("maps C1 controls that stand for Windows-1252 punctuation", () => {
    const result = decodeMinutes(utf8("Agenda item\nChildren\u0092s \u0093care\u0094 \u0096 \u0080"), "c1.txt");
    expect(result.text).toBe("Agenda item\nChildren’s “care” – €");
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: "c1-control-repaired", line: 2, fatal: false }),
    ]);
    expect(result.messages[0]?.reason).toMatch(/^5 C1 control/);
  });

  it("keeps a U+FFFD already in the text but warns with its line", () => {
    const result = decodeMinutes(utf8("Agenda item\n\nCyngor Sir Ddinbych \ufffd\n"), "cy.txt");
    expect(result.text).toContain("\ufffd");
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: "replacement-character", line: 3, fatal: false }),
    ]);
  });
});

describe("decodeMinutes: rejected files", () => {
  it("rejects an empty file", () => {
    const result = decodeMinutes(new Uint8Array(0), "empty.txt");
    expect(result.text).toBeUndefined();
    expect(result.messages).toEqual([
      expect.objectContaining({ file: "empty.txt", ruleId: "empty-file", fatal: true }),
    ]);
    expect(result.messages[0]?.reason).toContain("is empty (0 bytes)");
  });

  it("rejects whitespace-only text, counting U+00A0, BOM and zero-width spaces as whitespace", () => {
    const result = decodeMinutes(utf8("\ufeff \t\r\n\u00a0\u200b\n\u3000"), "blank.txt");
    expect(result.text).toBeUndefined();
    expect(result.messages[0]).toMatchObject({ ruleId: "empty-file", fatal: true });
    expect(result.messages[0]?.reason).toContain("holds only whitespace");
  });

  it("rejects NUL bytes as binary, and only that message", () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    const result = decodeMinutes(png, "image.txt");
    expect(result.text).toBeUndefined();
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: "binary-file", fatal: true })]);
  });

  it("rejects text that is mostly control characters", () => {
    const noisy = utf8("ab\x01\x02\x03\x04cd\x05\x06\x07\x08efgh\n");
    expect(decodeMinutes(noisy, "noise.txt").messages[0]?.ruleId).toBe("binary-file");
  });

  it("does not call tabs, form feeds and CRs binary", () => {
    const text = "Minutes:\t\f\r\n".repeat(50);
    expect(decodeMinutes(utf8(text), "ok.txt").messages).toEqual([]);
  });

  it("says when binary-looking bytes are UTF-16 without a BOM", () => {
    const result = decodeMinutes(new Uint8Array(Buffer.from("Agenda item\n", "utf16le")), "u.txt");
    expect(result.messages[0]?.ruleId).toBe("binary-file");
    expect(result.messages[0]?.reason).toContain("UTF-16 saved without a byte-order mark");
  });

  it("accepts exactly MAX_INPUT_BYTES and rejects one byte more, naming size and limit", () => {
    expect(MAX_INPUT_BYTES).toBe(2 * 1024 * 1024);
    const atLimit = new Uint8Array(MAX_INPUT_BYTES).fill(0x61);
    expect(decodeMinutes(atLimit, "big.txt").messages).toEqual([]);
    const over = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
    const result = decodeMinutes(over, "big.txt");
    expect(result.text).toBeUndefined();
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: "file-too-large", fatal: true })]);
    expect(result.messages[0]?.reason).toContain("2,097,153 bytes");
    expect(result.messages[0]?.reason).toContain("2 MiB (2,097,152 bytes) limit");
  });
});
