/**
 * Which shards can answer a query, from the term directory (format and
 * reasoning: term-directory-format.ts). A shard may be named needlessly but is
 * never left out when Pagefind would match there: for each query word it
 * takes every shard holding an index word that starts with the word's stem
 * (Pagefind's prefix match) or that is a prefix of the stem (Pagefind's
 * fallback when nothing starts with the stem), combines the words of an
 * alternative as the search does (see selectAlternative) and unites
 * alternatives. Whenever it cannot tell, it answers "all".
 */
import { pagefindStems } from "./pagefind-terms.ts";
import { queryWords } from "./strict-search.ts";
import { decodeShardSet, readChunk, termChunkFile, type TermDirectoryManifest } from "./term-directory-format.ts";

/** Shard positions in shards.json order, or "all". */
export type ShardSelection = Set<number> | "all";

export interface TermDirectory {
  /** Shards that can answer any of the query's alternatives (see query-expansion.ts). */
  select(alternatives: readonly string[]): Promise<ShardSelection>;
  /** Shards holding an index word that starts with `stem` or starts `stem`. */
  forStem(stem: string): Promise<ShardSelection>;
}

/** A word whose keys spread over more chunks than this is common enough to search everywhere. */
const maxChunksPerWord = 3;

/** Index of the chunk whose key range holds `key` (the last chunk starting at or before it). */
function chunkFor(manifest: TermDirectoryManifest, key: string): number {
  let low = 0;
  let high = manifest.chunks.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((manifest.chunks[middle]?.[0] ?? "") <= key) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A chunk file, parsed once: its header as a map, its body keys sorted with their sets. */
interface ParsedChunk {
  header: Map<string, string>;
  keys: string[];
  sets: string[];
}

function parseChunk(text: string): ParsedChunk {
  const chunk: ParsedChunk = { header: new Map(), keys: [], sets: [] };
  readChunk(text, (key, set, inHeader) => {
    if (inHeader) chunk.header.set(key, set);
    else {
      chunk.keys.push(key);
      chunk.sets.push(set);
    }
  });
  return chunk;
}

/** Position of the first key not less than `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((keys[middle] ?? "") < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function openTermDirectory(
  manifest: TermDirectoryManifest,
  shardCount: number,
  pagefindRoot: string,
  fetchText: (url: string) => Promise<string> = async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
    return response.text();
  },
): TermDirectory {
  const chunks = new Map<string, Promise<ParsedChunk>>();
  const load = (file: string): Promise<ParsedChunk> => {
    let chunk = chunks.get(file);
    if (!chunk) {
      chunk = fetchText(`${pagefindRoot}${file}`).then(parseChunk);
      // A failed fetch is not remembered: the next search tries again.
      chunk.catch(() => chunks.delete(file));
      chunks.set(file, chunk);
    }
    return chunk;
  };

  /** Shards that can match one stem. */
  const shardsForStem = async (stem: string): Promise<ShardSelection> => {
    const key = Array.from(stem).slice(0, manifest.keyLength).join("");
    if (key === "" || manifest.chunks.length === 0) return "all";
    const start = chunkFor(manifest, key);
    let end = start;
    while (manifest.chunks[end + 1]?.[0].startsWith(key)) end += 1;
    if (end - start + 1 > maxChunksPerWord) return "all";
    const loaded = await Promise.all(manifest.chunks.slice(start, end + 1).map((chunk) => load(termChunkFile(chunk))));
    const shards = new Set<number>();
    const add = (set: string | undefined): void => {
      if (set !== undefined) decodeShardSet(set, shardCount, shards);
    };
    // Index words that start with the stem: keys that start with its key, in this chunk and the ones after.
    for (const chunk of loaded) {
      for (let at = lowerBound(chunk.keys, key); chunk.keys[at]?.startsWith(key); at += 1) add(chunk.sets[at]);
    }
    // Index words the stem starts with (Pagefind's fallback): whole-word keys that are prefixes of the key,
    // in the first chunk or, when shorter than its first key, in its header.
    const [first] = loaded;
    const characters = Array.from(key);
    for (let length = 1; length < characters.length && first; length += 1) {
      const prefix = characters.slice(0, length).join("");
      const at = lowerBound(first.keys, prefix);
      add(first.keys[at] === prefix ? first.sets[at] : first.header.get(prefix));
    }
    return shards;
  };

  /**
   * Shards that can answer one alternative. Several words (unquoted): the search page runs the query in
   * a shard only when each word alone finds something there (strict-search.ts), so every word's shards.
   * One word, or a quoted phrase: Pagefind ANDs only the words it finds anything for ("best effort"), so
   * a shard where any of its words matches, words without letters or digits included; a quoted phrase
   * needs every word, so it could narrow further, but this is already a superset.
   */
  const selectAlternative = async (alternative: string): Promise<ShardSelection> => {
    const words = queryWords(alternative);
    const strict = words.length > 1 && !/^\s*".*"\s*$/.test(alternative);
    const stems = strict
      ? words.map((word) => pagefindStems(word, manifest.includeCharacters))
      : pagefindStems(alternative, manifest.includeCharacters).map((stem) => [stem]);
    const found = await Promise.all(
      // A strict word that is not exactly one Pagefind word is not keyed: it narrows nothing.
      stems.map((each): Promise<ShardSelection> =>
        each.length === 1 && each[0] !== undefined ? shardsForStem(each[0]) : Promise.resolve("all"),
      ),
    );
    if (!strict) {
      const union = new Set<number>();
      for (const each of found) {
        if (each === "all") return "all";
        for (const position of each) union.add(position);
      }
      return union;
    }
    let shards = "all" as ShardSelection;
    for (const each of found) {
      if (each === "all") continue;
      shards = shards === "all" ? each : new Set([...shards].filter((position) => each.has(position)));
    }
    return shards;
  };

  return {
    forStem: shardsForStem,
    async select(alternatives: readonly string[]): Promise<ShardSelection> {
      const selected = new Set<number>();
      for (const alternative of alternatives) {
        const shards = await selectAlternative(alternative);
        if (shards === "all") return "all";
        for (const position of shards) selected.add(position);
      }
      return selected;
    },
  };
}
