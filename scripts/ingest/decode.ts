/**
 * Raw bytes → text. Minutes reach us as UTF-8 (with or without a BOM), UTF-16
 * from some Windows tools, or Windows-1252 from older exports and Excel; a
 * reader must never see "â€™" or U+FFFD where the council wrote "’".
 * Pure: no file system here.
 */
import { fatal, warning, type Diagnostic } from "./diagnostics.ts";

export type Encoding = "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le" | "utf-16be";

export interface DecodeResult {
  /** Decoded text without its BOM; absent when the file is rejected. */
  text?: string;
  encoding: Encoding;
  messages: Diagnostic[];
}

/**
 * 2 MiB. Minutes for a whole meeting are tens of KB, so a file this big is
 * almost certainly something else (a PDF dump, a log) and would make one huge
 * page and bloat the search index.
 */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/** How much of the start of a file the binary check looks at. */
const SNIFF_CHARS = 8192;
/** Share of control characters above which text is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
// Node's full ICU build has it (checked on Node 24.21); the WHATWG label
// "latin1" means this too, and it is the superset real Windows files use.
const cp1252 = new TextDecoder("windows-1252", { ignoreBOM: true });

/** The manifest describes every file, so it may be far larger than one page of minutes (7.7 MiB at 100,000 rows). */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

export function decodeMinutes(bytes: Uint8Array, file: string, maxBytes: number = MAX_INPUT_BYTES): DecodeResult {
  if (bytes.length > maxBytes) {
    const reason = `file is ${sizeLabel(bytes.length)}, over the ${sizeLabel(maxBytes)} limit for one ${maxBytes === MAX_INPUT_BYTES ? "minutes file (MAX_INPUT_BYTES), so it is probably not minutes; check it, or split a long export into one file per meeting" : "manifest"}`;
    return { encoding: "utf-8", messages: [fatal(file, "file-too-large", reason)] };
  }
  const { text, encoding, fallbackLines, mixed } = decodeBytes(bytes);
  if (looksBinary(text)) {
    const hint = looksLikeBomlessUtf16(bytes)
      ? "it looks like UTF-16 saved without a byte-order mark; re-save it as UTF-8"
      : "remove it from the input folder, or re-export the page as plain text";
    const reason = `file looks binary (NUL bytes or many control characters near the start), not minutes text; ${hint}`;
    return { encoding, messages: [fatal(file, "binary-file", reason)] };
  }
  if (!/[^\s\u200b-\u200d\u2060\ufeff]/.test(text)) {
    const what = bytes.length === 0 ? "is empty (0 bytes)" : "holds only whitespace";
    const reason = `file ${what}, so there are no minutes to publish; re-export the page from the council's site, or remove the file`;
    return { encoding, messages: [fatal(file, "empty-file", reason)] };
  }
  const messages: Diagnostic[] = [];
  if (fallbackLines.length > 0) messages.push(fallbackWarning(file, text, fallbackLines, mixed));
  const repaired = repairC1(text);
  if (repaired.count > 0) {
    const reason = `${repaired.count} C1 control character(s) such as U+0092 were read as the Windows-1252 punctuation they stand for ("’", "–", "€"); the file was probably converted from Windows-1252 as if it were Latin-1, so check the punctuation reads correctly`;
    messages.push(warning(file, "c1-control-repaired", reason, lineAt(text, repaired.first)));
  }
  const lost = repaired.text.indexOf("\ufffd");
  if (lost >= 0) {
    const reason = `text contains U+FFFD "�", a character lost before the file reached the ingest (or bytes that do not form valid ${encoding}); it is kept as written: take the text again from the council's page if you can`;
    messages.push(warning(file, "replacement-character", reason, lineAt(repaired.text, lost)));
  }
  return { text: repaired.text, encoding, messages };
}

interface Decoded {
  text: string;
  encoding: Encoding;
  /** Indexes in `text` of line starts read as Windows-1252. */
  fallbackLines: number[];
  /** Whether other lines were valid UTF-8 with non-ASCII characters. */
  mixed: boolean;
}

function decodeBytes(bytes: Uint8Array): Decoded {
  const none = { fallbackLines: [], mixed: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le", ...none };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be", ...none };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: hasBom ? "utf-8-bom" : "utf-8", ...none };
  } catch {
    return { ...decodeLineByLine(body), encoding: "windows-1252" };
  }
}

/**
 * Decodes each line on its own: files pasted together from two sources mix
 * UTF-8 and Windows-1252, and reading the whole file as Windows-1252 would
 * garble the UTF-8 lines. CR and LF bytes mean the same in both encodings.
 */
function decodeLineByLine(bytes: Uint8Array): Omit<Decoded, "encoding"> {
  let text = "";
  let mixed = false;
  const fallbackLines: number[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a && bytes[i] !== 0x0d && i !== bytes.length - 1) continue;
    const chunk = bytes.subarray(start, i + 1);
    start = i + 1;
    try {
      const line = utf8.decode(chunk);
      mixed ||= /\P{ASCII}/u.test(line);
      text += line;
    } catch {
      fallbackLines.push(text.length);
      text += cp1252.decode(chunk);
    }
  }
  return { text, fallbackLines, mixed };
}

function fallbackWarning(file: string, text: string, starts: number[], mixed: boolean): Diagnostic {
  const lines = starts.slice(0, 5).map((index) => lineAt(text, index));
  const more = starts.length > 5 ? ` and ${starts.length - 5} more` : "";
  const reason = mixed
    ? `file mixes UTF-8 with Windows-1252: line(s) ${lines.join(", ")}${more} were not valid UTF-8 and were read as Windows-1252, the rest as UTF-8; check those lines read correctly and re-save the file as UTF-8`
    : `file is not valid UTF-8, so it was read as Windows-1252 (the usual encoding of files saved on Windows), keeping "£" and "’" intact; check the text reads correctly and re-save the file as UTF-8 to silence this warning`;
  return warning(file, "windows-1252-fallback", reason, lines[0]);
}

/** U+0080–U+009F in decoded text are almost always Windows-1252 bytes mis-read as Latin-1. */
function repairC1(text: string): { text: string; count: number; first: number } {
  let count = 0;
  let first = -1;
  const out = text.replace(/[\u0080-\u009f]/g, (c, index: number) => {
    const mapped = cp1252.decode(Uint8Array.of(c.charCodeAt(0)));
    if (mapped === c) return c; // 0x81, 0x8D, 0x8F, 0x90, 0x9D map to nothing; normalise drops them
    if (count++ === 0) first = index;
    return mapped;
  });
  return { text: out, count, first };
}

function looksBinary(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (head.includes("\0")) return true;
  // Tab, LF, VT, FF and CR occur in real text exports; other controls do not.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const controls = head.match(/[\x01-\x08\x0e-\x1f\x7f]/g)?.length ?? 0;
  return head.length > 0 && controls / head.length > MAX_CONTROL_SHARE;
}

/** ASCII text in UTF-16 has a NUL in every other byte, all on the same side. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_CHARS);
  const nuls = [0, 0];
  head.forEach((byte, i) => {
    if (byte === 0) nuls[i % 2]! += 1;
  });
  const pairs = head.length / 2;
  return Math.max(...nuls) > pairs * 0.5 && Math.min(...nuls) < pairs * 0.05;
}

/** 1-based line of a string index, counting CRLF, CR and LF as one break each. */
function lineAt(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function sizeLabel(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  const short = mib >= 1 ? `${Number(mib.toFixed(1))} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
  return `${short} (${bytes.toLocaleString("en-GB")} bytes)`;
}
