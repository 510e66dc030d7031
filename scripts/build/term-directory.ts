/**
 * Builds the term directory (format: src/search/term-directory-format.ts):
 * for every word prefix Pagefind indexed, the shards that hold it, so a
 * search for a rare word opens only those shards instead of every shard
 * until the word is found (issue 5: 5 MB for a word in the oldest of 41
 * shards). Made from each shard's own index words (term-directory-words.ts),
 * so it is exact by construction on the index side. Pure and deterministic:
 * the same shards give byte-identical files.
 */
import { createHash } from "node:crypto";
import {
  encodeShardSet,
  termChunkFile,
  type TermDirectoryChunk,
  type TermDirectoryManifest,
} from "../../src/search/term-directory-format.ts";

export interface TermDirectoryOptions {
  /** Characters of a word a key keeps; see docs/search.md for how it was chosen. */
  keyLength: number;
  /** A chunk is closed once its text reaches this many bytes (before compression). */
  chunkBytes: number;
  /** Pagefind's include_characters, passed on to the search page. */
  includeCharacters: readonly string[];
}

export interface TermDirectoryFiles {
  manifest: TermDirectoryManifest;
  /** Paths relative to pagefind/, with their text. */
  files: { path: string; text: string }[];
}

/** Default key length and chunk size, measured at 10,000 and 100,000 items (docs/search.md). */
export const termDirectoryDefaults = { keyLength: 7, chunkBytes: 16_384 } as const;

const characters = (text: string): string[] => Array.from(text);

/** Key → positions of the shards holding a word with that key, from each shard's words (in shard order). */
export function termKeys(shardWords: readonly Iterable<string>[], keyLength: number): Map<string, number[]> {
  const keys = new Map<string, number[]>();
  shardWords.forEach((words, position) => {
    for (const word of words) {
      // Pagefind splits words on whitespace, so no index word holds the format's separators.
      if (/[ \n]/.test(word) || word === "") throw new Error(`index word ${JSON.stringify(word)} cannot be a key`);
      const key = characters(word).slice(0, keyLength).join("");
      const positions = keys.get(key);
      if (!positions) keys.set(key, [position]);
      else if (positions.at(-1) !== position) positions.push(position);
    }
  });
  return keys;
}

function sharedLength(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return shared;
}

export function buildTermDirectory(
  shardWords: readonly Iterable<string>[],
  options: TermDirectoryOptions,
): TermDirectoryFiles {
  const { keyLength, chunkBytes } = options;
  if (!Number.isInteger(keyLength) || keyLength < 1 || keyLength > 35) {
    throw new RangeError(`keyLength must be 1–35, got ${keyLength}`);
  }
  const shardCount = shardWords.length;
  const keys = termKeys(shardWords, keyLength);
  const sorted = [...keys.keys()].sort();
  const setOf = (key: string): string => encodeShardSet(keys.get(key) ?? [], shardCount);

  const chunks: TermDirectoryChunk[] = [];
  const files: TermDirectoryFiles["files"] = [];
  const close = (body: string[], first: string): void => {
    // Header: the keys that are proper prefixes of the chunk's first key (words shorter than it).
    const firstCharacters = characters(first);
    const header: string[] = [];
    for (let length = 1; length < firstCharacters.length; length += 1) {
      const prefix = firstCharacters.slice(0, length).join("");
      if (keys.has(prefix)) header.push(`${prefix} ${setOf(prefix)}`);
    }
    const text = `${header.length}\n${[...header, ...body].join("\n")}\n`;
    const hash = createHash("sha256").update(text).digest("hex").slice(0, 12);
    const chunk: TermDirectoryChunk = [first, hash];
    chunks.push(chunk);
    files.push({ path: termChunkFile(chunk), text });
  };

  let body: string[] = [];
  let bytes = 0;
  let first = "";
  let previous: string[] = [];
  for (const key of sorted) {
    const keyCharacters = characters(key);
    if (body.length === 0) {
      first = key;
      previous = [];
    }
    const shared = sharedLength(previous, keyCharacters);
    const line = `${shared.toString(36)}${keyCharacters.slice(shared).join("")} ${setOf(key)}`;
    body.push(line);
    bytes += Buffer.byteLength(line) + 1;
    previous = keyCharacters;
    if (bytes >= chunkBytes) {
      close(body, first);
      body = [];
      bytes = 0;
    }
  }
  if (body.length > 0) close(body, first);
  return { manifest: { keyLength, includeCharacters: [...options.includeCharacters], chunks }, files };
}
