import { describe, expect, test } from "vitest";
import { buildTermDirectory, termKeys } from "../../../scripts/build/term-directory.ts";
import { decodeShardSet, encodeShardSet, readChunk } from "../../../src/search/term-directory-format.ts";
import { openTermDirectory } from "../../../src/search/term-directory.ts";

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const alphabet = ["a", "b", "c", "e", "o", "z", "1", "0", "£", "_", "é", "ŵ", "ß", "𝔸"];

function shardsOfWords(seed: number, shardCount: number): Set<string>[] {
  const next = random(seed);
  return Array.from({ length: shardCount }, () => {
    const words = new Set<string>();
    for (let count = 0; count < 300; count += 1) {
      const length = 1 + Math.floor(next() * 9);
      words.add(Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""));
    }
    return words;
  });
}

/** What Pagefind could match for a stem in each shard: a word starting with it, or a word it starts with. */
function bruteForce(shards: readonly Set<string>[], stem: string): number[] {
  return shards.flatMap((words, position) =>
    [...words].some((word) => word.startsWith(stem) || stem.startsWith(word)) ? [position] : [],
  );
}

function directoryOver(shards: readonly Set<string>[], keyLength: number, chunkBytes: number) {
  const built = buildTermDirectory(shards, { keyLength, chunkBytes, includeCharacters: ["_"] });
  const files = new Map(built.files.map((file) => [file.path, file.text]));
  const fetched: string[] = [];
  const directory = openTermDirectory(built.manifest, shards.length, "/pagefind/", (url) => {
    fetched.push(url);
    const text = files.get(url.replace("/pagefind/", ""));
    return text === undefined ? Promise.reject(new Error(`missing ${url}`)) : Promise.resolve(text);
  });
  return { built, directory, fetched };
}

describe("shard sets", () => {
  test("encode as runs and decode back", () => {
    for (const positions of [[0], [0, 1, 2, 5], [3, 4, 40], [7, 9, 11, 12, 13, 35, 36]]) {
      const decoded = new Set<number>();
      decodeShardSet(encodeShardSet(positions, 41), 41, decoded);
      expect([...decoded]).toEqual(positions);
    }
    expect(encodeShardSet([0, 1, 2, 5], 41)).toBe("0-2,5");
    expect(encodeShardSet([0, 1, 2], 3)).toBe("*");
  });
});

describe("term directory", () => {
  test("keys are word starts of keyLength characters, or whole shorter words", () => {
    const keys = termKeys([new Set(["placement", "place", "pl"]), new Set(["placements", "𝔸𝔸𝔸𝔸𝔸𝔸𝔸𝔸"])], 7);
    expect([...keys]).toEqual([
      ["placeme", [0, 1]],
      ["place", [0]],
      ["pl", [0]],
      ["𝔸𝔸𝔸𝔸𝔸𝔸𝔸", [1]],
    ]);
  });

  for (const [keyLength, chunkBytes] of [
    [3, 200],
    [5, 400],
    [7, 1_000],
    [7, 100_000],
  ] as const) {
    test(`never leaves out a shard that can match (key length ${keyLength}, ${chunkBytes}-byte chunks)`, async () => {
      const shards = shardsOfWords(keyLength * 7 + chunkBytes, 6);
      const { built, directory } = directoryOver(shards, keyLength, chunkBytes);
      if (chunkBytes < 1_000) expect(built.files.length).toBeGreaterThan(5);
      const stems = new Set<string>();
      for (const words of shards) {
        for (const word of words) {
          const characters = Array.from(word);
          for (let length = 1; length <= characters.length; length += 1)
            stems.add(characters.slice(0, length).join(""));
          stems.add(`${word}zz`);
        }
      }
      let narrowed = 0;
      for (const stem of stems) {
        const expected = bruteForce(shards, stem);
        const found = await directory.forStem(stem);
        if (found === "all") continue;
        narrowed += 1;
        for (const position of expected) expect(found.has(position), `${stem} in shard ${position}`).toBe(true);
      }
      // It narrows: most stems get an answer, not "all".
      expect(narrowed).toBeGreaterThan(stems.size / 2);
    });
  }

  test("a word found in one shard opens only that shard, with one small chunk", async () => {
    const shards = [new Set(["foster", "care"]), new Set(["foster", "zqrggdfdj"]), new Set(["care", "a"])];
    const { directory, fetched } = directoryOver(shards, 7, 100);
    expect(await directory.select(["zqrggdfdj"])).toEqual(new Set([1]));
    expect(fetched).toHaveLength(1);
    // Words are stemmed as Pagefind stems them, and every word of an alternative is required.
    expect(await directory.select(["Fostering care"])).toEqual(new Set([0]));
    // Alternatives (synonyms) are united.
    expect(await directory.select(["zqrggdfdj", "care"])).toEqual(new Set([0, 1, 2]));
    // Pagefind's fallback: an unknown word matches pages with the longest word that starts it ("a").
    expect(await directory.select(["aardvark"])).toEqual(new Set([2]));
    // Words without letters or digits are looked up too: Pagefind searches them.
    expect(await directory.select(["+"])).toEqual(new Set());
    // One word plus symbols: Pagefind drops the words it finds nothing for, so any word's shards.
    expect(await directory.select(["zqrggdfdj +"])).toEqual(new Set([1]));
  });

  test("chunk files read back in key order, with the header's prefixes of the first key", () => {
    const { built } = directoryOver([new Set(["a", "ab", "abcdefgh", "abcdefgz", "b"])], 7, 1);
    const second = built.files[2]?.text ?? "";
    const seen: [string, boolean][] = [];
    readChunk(second, (key, _set, inHeader) => seen.push([key, inHeader]));
    expect(seen).toEqual([
      ["a", true],
      ["ab", true],
      ["abcdefg", false],
    ]);
  });

  test("the same words give byte-identical files", () => {
    const shards = shardsOfWords(3, 4);
    const a = buildTermDirectory(shards, { keyLength: 6, chunkBytes: 500, includeCharacters: [] });
    const b = buildTermDirectory(
      shards.map((words) => new Set([...words].reverse())),
      { keyLength: 6, chunkBytes: 500, includeCharacters: [] },
    );
    expect(b).toEqual(a);
  });
});
