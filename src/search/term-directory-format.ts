/**
 * The term directory's file format, shared by the index step that writes it
 * (scripts/build/term-directory.ts) and the search page that reads it
 * (term-directory.ts). It says, for the first `keyLength` characters of
 * every word Pagefind indexed, which shards hold such a word, so a search
 * opens only the shards that can answer it.
 *
 * Keys: an index word of `keyLength` characters or more is keyed by its first
 * `keyLength` characters; a shorter word by the whole word (its length tells
 * the two kinds apart). Keys are sorted in JavaScript string order and cut
 * into chunks; each chunk file is
 *
 *   line 1: how many header lines follow
 *   header: "key set" for each key that is a proper prefix of the chunk's
 *           first key (a lookup needs them: Pagefind falls back to the
 *           longest index word that starts its query word)
 *   body:   "<shared><rest> <set>" per key, front-coded: <shared> is one
 *           base-36 digit, the number of characters shared with the previous
 *           body key
 *
 * and a set is "*" (every shard) or shard positions (in shards.json order) in
 * base 36, with runs as "a-f", comma separated. Keys never hold a space or a
 * line break: Pagefind splits words on whitespace (other characters JavaScript
 * calls whitespace, such as U+FEFF, can occur).
 */

/**
 * A chunk as listed in shards.json: its smallest key and the content hash its
 * file is named by (`terms/<hash>.txt`, see termChunkFile). A pair rather than
 * an object: at 100,000 items there are 186 of them in every first search.
 */
export type TermDirectoryChunk = [first: string, hash: string];

/** The chunk's file under pagefind/. */
export const termChunkFile = ([, hash]: TermDirectoryChunk): string => `terms/${hash}.txt`;

export interface TermDirectoryManifest {
  /** Keys are this many characters of an index word (whole words when shorter). */
  keyLength: number;
  /** Characters Pagefind keeps in a query besides letters and digits (its index's include_characters). */
  includeCharacters: string[];
  /** In key order. */
  chunks: TermDirectoryChunk[];
}

export function isTermDirectoryManifest(value: unknown): value is TermDirectoryManifest {
  const candidate = value as Partial<TermDirectoryManifest> | null;
  return (
    typeof candidate?.keyLength === "number" &&
    candidate.keyLength > 0 &&
    candidate.keyLength < 36 &&
    Array.isArray(candidate.includeCharacters) &&
    Array.isArray(candidate.chunks) &&
    candidate.chunks.every(
      (chunk) => Array.isArray(chunk) && typeof chunk[0] === "string" && /^[0-9a-f]+$/.test(String(chunk[1])),
    )
  );
}

/** "*" or base-36 positions with runs: [0, 1, 2, 5] → "0-2,5". */
export function encodeShardSet(positions: readonly number[], shardCount: number): string {
  if (positions.length === shardCount) return "*";
  const parts: string[] = [];
  for (let at = 0; at < positions.length;) {
    let end = at;
    while (end + 1 < positions.length && positions[end + 1] === (positions[end] ?? 0) + 1) end += 1;
    const [from, to] = [positions[at] ?? 0, positions[end] ?? 0];
    parts.push(end > at ? `${from.toString(36)}-${to.toString(36)}` : from.toString(36));
    at = end + 1;
  }
  return parts.join(",");
}

/** Adds the positions of an encoded set to `into`; "*" adds every shard. */
export function decodeShardSet(encoded: string, shardCount: number, into: Set<number>): void {
  if (encoded === "*") {
    for (let position = 0; position < shardCount; position += 1) into.add(position);
    return;
  }
  for (const part of encoded.split(",")) {
    const [first = "", last = first] = part.split("-");
    const [from, to] = [parseInt(first, 36), parseInt(last, 36)];
    if (Number.isNaN(from) || Number.isNaN(to)) throw new Error(`bad shard set "${encoded}"`);
    for (let position = from; position <= to; position += 1) into.add(position);
  }
}

/** Calls `visit` with every key and encoded set of a chunk file, header first, then the body in key order. */
export function readChunk(text: string, visit: (key: string, set: string, inHeader: boolean) => void): void {
  const lines = text.split("\n");
  const headerLines = Number(lines[0]);
  if (!Number.isInteger(headerLines)) throw new Error("bad term directory chunk");
  let previous: string[] = [];
  for (let at = 1; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    if (line === "") continue;
    const space = line.lastIndexOf(" ");
    if (at <= headerLines) {
      visit(line.slice(0, space), line.slice(space + 1), true);
      continue;
    }
    const shared = parseInt(line.charAt(0), 36);
    const key = [...previous.slice(0, shared), ...Array.from(line.slice(1, space))];
    visit(key.join(""), line.slice(space + 1), false);
    previous = key;
  }
}
