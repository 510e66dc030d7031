/** Properties that must hold for any input, not just the fixtures. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeMinutes } from "../../../scripts/ingest/decode.ts";
import { cleanLine, toSourceLines } from "../../../scripts/ingest/normalise.ts";

const LEFT_OVER =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\t\v\f\r\n\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

describe("normalise properties", () => {
  it("leaves no odd spaces, invisible or control characters, and is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (line) => {
        const clean = cleanLine(line);
        expect(clean).not.toMatch(LEFT_OVER);
        expect(clean).not.toMatch(/\s$/);
        expect(cleanLine(clean)).toBe(clean);
      }),
    );
  });

  it("numbers lines 1..n with one line per CRLF, CR or LF break", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", " ", "\u00a0", "\r", "\n", "\r\n")), (parts) => {
        const text = parts.join("");
        const lines = toSourceLines(text);
        const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
        const final = /(?:\r\n|\r|\n)$/.test(text) ? 1 : 0;
        expect(lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 1));
        expect(lines).toHaveLength(Math.max(1, breaks + 1 - final));
      }),
    );
  });
});

describe("decode properties", () => {
  it("never introduces U+FFFD into UTF-8 or Windows-1252 text", () => {
    const notUtf16 = fc
      .uint8Array({ maxLength: 300 })
      .filter((b) => !((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)));
    fc.assert(
      fc.property(notUtf16, (bytes) => {
        const { text } = decodeMinutes(bytes, "x.txt");
        const hadOne = Buffer.from(bytes).includes(Buffer.from([0xef, 0xbf, 0xbd]));
        if (text !== undefined && !hadOne) expect(text).not.toContain("\ufffd");
      }),
    );
  });
});
