/**
 * Issue 6: two builds of the same inputs give byte-identical sites, so a
 * rebuild publishes no spurious changes and anyone can check a published
 * archive against its sources. Both builds use separate temporary folders and
 * Astro caches (tests/support/build-site.ts), so nothing is shared but input.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, inject, test } from "vitest";
import { buildSite, type BuiltSite } from "../support/build-site.ts";
import { hashTree } from "../support/hash-tree.ts";

const builds: BuiltSite[] = [];
afterAll(async () => {
  for (const build of builds) await rm(path.dirname(path.dirname(build.contentDir)), { recursive: true, force: true });
});

test.each(["/", "/minutes/"])("two builds at base %s are byte-identical, file by file", async (base) => {
  const [first, second] = [buildSite(inject("archiveInput"), { base }), buildSite(inject("archiveInput"), { base })];
  builds.push(first, second);
  expect(first.exitCode, first.log).toBe(0);
  expect(second.exitCode, second.log).toBe(0);
  // Both builds really are at this base (an inherited BASE_URL would quietly override it).
  expect(await readFile(path.join(first.outDir, "index.html"), "utf8")).toContain(`href="${base}about/"`);
  const [a, b] = [await hashTree(first.outDir), await hashTree(second.outDir)];
  expect([...b.keys()]).toEqual([...a.keys()]);
  const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
  // A sanity floor: the comparison covered the whole site, search index included.
  expect(a.size).toBeGreaterThan(50);
  expect([...a.keys()].some((file) => file.startsWith("pagefind/"))).toBe(true);
});
