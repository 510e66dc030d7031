/**
 * --max-fragments, for hosts that cap a site's file count: each search shard's
 * result fragments are bundled into shared files instead of one file per item.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, inject, it } from "vitest";
import { buildSite } from "../support/build-site.ts";

/** The shard folders, as the search page finds them (pagefind/ also holds the term directory). */
const shardIds = (outDir: string): string[] =>
  (
    JSON.parse(readFileSync(path.join(outDir, "pagefind", "shards.json"), "utf8")) as { shards: { id: string }[] }
  ).shards.map((shard) => shard.id);

const fragmentFiles = (outDir: string): number =>
  shardIds(outDir).reduce((count, id) => count + readdirSync(path.join(outDir, "pagefind", id, "fragment")).length, 0);

it("bundles result fragments into one file per shard when asked, and refuses a bad count", () => {
  const plain = inject("rootSite");
  const bundled = buildSite(inject("archiveInput"), { extraArgs: ["--max-fragments", "1"] });
  expect(bundled.exitCode, bundled.log).toBe(0);
  const shards = shardIds(bundled.outDir);
  expect(shards.length).toBeGreaterThan(0);
  expect(fragmentFiles(plain.outDir)).toBeGreaterThan(shards.length);
  expect(fragmentFiles(bundled.outDir)).toBe(shards.length);

  const refused = buildSite(inject("archiveInput"), { extraArgs: ["--max-fragments", "none"] });
  expect(refused.exitCode).not.toBe(0);
  expect(refused.log).toContain("--max-fragments must be a whole number above 0, got none");
});
