/**
 * Incremental search indexing: a shard whose records did not change is copied
 * from the previous build instead of indexed again, and the result is the same
 * bytes a fresh index gives.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { indexSearch } from "../../scripts/build/index-search.ts";
import { hashTree } from "../support/hash-tree.ts";

const fixtures = path.resolve(import.meta.dirname, "../e2e/fixtures/search");
let work: string;

const index = (content: string, out: string, previousDir?: string) =>
  indexSearch({
    contentDir: content,
    pagefindDir: path.join(work, out),
    acronymsFile: path.join(fixtures, "acronyms.yaml"),
    maxItemsPerShard: 2,
    ...(previousDir === undefined ? {} : { previousDir: path.join(work, previousDir) }),
  });

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "search-reuse-"));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("reusing unchanged shards", () => {
  test("an unchanged archive reuses every shard, with byte-identical output", async () => {
    const fresh = await index(fixtures, "fresh");
    expect(fresh.reusedShards).toBe(0);
    const again = await index(fixtures, "again", "fresh");
    expect(again.reusedShards).toBe(fresh.shards.length);
    expect(await hashTree(path.join(work, "again"))).toEqual(await hashTree(path.join(work, "fresh")));
  });

  test("a changed item re-indexes its own shard only, and the output equals a fresh index", async () => {
    const content = path.join(work, "content");
    await cp(fixtures, content, { recursive: true });
    const file = path.join(content, "kent-2020-allowances.md");
    await writeFile(file, `${await readFile(file, "utf8")}\nA new sentence about zqnewword.\n`);
    const reused = await index(content, "changed", "fresh");
    expect(reused.reusedShards).toBe(reused.shards.length - 1);
    const fresh = await index(content, "changed-fresh");
    expect(await hashTree(path.join(work, "changed"))).toEqual(await hashTree(path.join(work, "changed-fresh")));
    expect(fresh.reusedShards).toBe(0);
  });
});
