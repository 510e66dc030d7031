/**
 * The words a built Pagefind index holds, read back from its own index
 * chunks. The term directory (term-directory.ts) is made from these rather
 * than from a copy of Pagefind's tokeniser, so every word Pagefind indexed is
 * in it exactly as Pagefind stored it: stemmed, diacritics folded, compound
 * parts ("foster-care" → "fostercar", "foster", "care"), symbols kept ("£94"),
 * meta fields included. No re-implementation can drift from that.
 *
 * Format (Pagefind 1.6, read from pagefind_web's decoder): each
 * `index/*.pf_index` file is gzip of "pagefind_dcd" + CBOR
 * `[[[word, pages, variants], ...]]`; only each entry's first item is read.
 */
import { gunzipSync } from "node:zlib";
import type { IndexFile } from "pagefind";

const signature = "pagefind_dcd";

/** Pagefind's own framing: gzip, then a 12-byte signature (or the signature alone, uncompressed). */
export function unpackPagefindFile(content: Uint8Array): Uint8Array {
  const decoder = new TextDecoder();
  const raw = decoder.decode(content.subarray(0, signature.length)) === signature ? content : gunzipSync(content);
  if (decoder.decode(raw.subarray(0, signature.length)) !== signature) {
    throw new Error("not a Pagefind file: the pagefind_dcd signature is missing");
  }
  return raw.subarray(signature.length);
}

/** A minimal CBOR reader (RFC 8949 major types 0–5 and 7), enough for Pagefind's minicbor output. */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder("utf-8", { fatal: true });
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at - 1}`);
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): unknown => {
    const initial = view.getUint8(at);
    at += 1;
    const major = initial >> 5;
    const info = initial & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const size = length(info);
        const slice = bytes.subarray(at, at + size);
        at += size;
        return major === 2 ? slice : text.decode(slice);
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      case 5: {
        const entries = length(info);
        const map = new Map<unknown, unknown>();
        for (let entry = 0; entry < entries; entry += 1) map.set(item(), item());
        return map;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        throw new Error(`CBOR: unsupported simple value ${info}`);
      default:
        throw new Error(`CBOR: unsupported major type ${major}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left over`);
  return value;
}

/** The words of one index chunk (a `.pf_index` file's content). */
export function indexChunkWords(content: Uint8Array): string[] {
  const chunk = decodeCbor(unpackPagefindFile(content));
  const entries = Array.isArray(chunk) ? (chunk[0] as unknown) : undefined;
  if (!Array.isArray(entries)) throw new Error("unexpected Pagefind index chunk layout");
  return entries.map((entry) => {
    const word = Array.isArray(entry) ? (entry[0] as unknown) : undefined;
    if (typeof word !== "string") throw new Error("unexpected Pagefind index entry layout");
    return word;
  });
}

/** Every word of a built index, from the files `getFiles()` returned. */
export function indexWords(files: readonly IndexFile[]): Set<string> {
  const words = new Set<string>();
  for (const file of files) {
    if (!/^index\/[^/]+\.pf_index$/.test(file.path)) continue;
    for (const word of indexChunkWords(file.content)) words.add(word);
  }
  return words;
}
