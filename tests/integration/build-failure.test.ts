/**
 * Issue 6: a build that fails says why and publishes nothing. The site is
 * built once into an output folder; then builds that fail at different steps
 * target the same folder, and the published site must be byte-for-byte what it
 * was, with no staging, incoming or previous folder left behind.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { projectRoot } from "../support/build-site.ts";
import { hashTree } from "../support/hash-tree.ts";

let work: string;
let published: Map<string, string>;

/** Runs the real build script into work/dist, as `npm run build -- --input ... --out ...` would. */
function build(input: string, env: NodeJS.ProcessEnv = {}): { exitCode: number; log: string; pid: number } {
  const args = [
    "scripts/build.ts",
    "--input",
    input,
    "--out",
    path.join(work, "dist"),
    "--content",
    path.join(work, "content"),
    "--report",
    path.join(work, "report.json"),
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, ARCHIVE_CACHE_DIR: path.join(work, "astro-cache"), SOURCE_DATE_EPOCH: "1767225600", ...env },
  });
  return { exitCode: result.status ?? 1, log: `${result.stdout}${result.stderr}`, pid: result.pid };
}

/** Folders a build may create beside the output or in the project's staging area while it runs. */
async function leftovers(pid: number): Promise<string[]> {
  const beside = (await readdir(work)).filter((name) => name.startsWith("dist") && name !== "dist");
  const staging = (await readdir(path.join(projectRoot, ".build-staging")).catch(() => [] as string[])).filter(
    (name) => name === String(pid),
  );
  return [...beside, ...staging.map((name) => `.build-staging/${name}`)];
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "build-failure-"));
  const good = path.join(work, "good-input");
  await mkdir(good);
  await cp(
    path.join(projectRoot, "tests/fixtures/archive/101_fostering-recruitment.txt"),
    path.join(good, "101_fostering-recruitment.txt"),
  );
  const first = build(good);
  expect(first.exitCode, first.log).toBe(0);
  published = await hashTree(path.join(work, "dist"));
});
afterAll(async () => rm(work, { recursive: true, force: true }));

test("an input folder where every file is rejected stops the build with a clear message; dist is untouched", async () => {
  const rejected = path.join(work, "rejected-input");
  await mkdir(rejected);
  await writeFile(path.join(rejected, "empty.txt"), "");
  await writeFile(path.join(rejected, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  const result = build(rejected);
  expect(result.exitCode).not.toBe(0);
  expect(result.log).toMatch(/no items to publish: every input in .*rejected-input was rejected/);
  expect(result.log).toMatch(/dist\/? was left as it was/);
  expect(await hashTree(path.join(work, "dist"))).toEqual(published);
  expect(await leftovers(result.pid)).toEqual([]);
});

test("a failure inside the Astro step, after staging began, leaves dist untouched and cleans up", async () => {
  const good = path.join(work, "good-input");
  // A file where Astro expects its cache folder: the ingest succeeds, then the Astro step cannot keep
  // its incremental-build cache and stops, which the build must catch rather than publish.
  const blocked = path.join(work, "cache-is-a-file");
  await writeFile(blocked, "not a folder");
  const result = build(good, { ARCHIVE_CACHE_DIR: blocked });
  expect(result.exitCode).not.toBe(0);
  expect(result.log).toMatch(
    /build failed: (astro build failed|the site is incomplete: 0 of \d+ item pages were built)/,
  );
  expect(result.log).toMatch(/dist\/? was left as it was/);
  expect(await hashTree(path.join(work, "dist"))).toEqual(published);
  expect(await leftovers(result.pid)).toEqual([]);
});
