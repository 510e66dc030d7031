/**
 * Issue 5: a rebuild renders only the pages whose content changed and reuses
 * the rest from Astro's cache, yet publishes exactly the files a full build of
 * the same content would. Reused pages are hard links (scripts/build/astro-output-links.ts),
 * so the earlier site must come out of the rebuild untouched.
 */
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildMarkdownSite } from "../support/build-markdown-site.ts";
import { projectRoot } from "../support/build-site.ts";
import { hashTree } from "../support/hash-tree.ts";

const fixtures = path.join(projectRoot, "tests/fixtures/site-content");
let work: string;
let contentDir: string;

function build(outDir: string, cacheDir: string): Promise<void> {
  return buildMarkdownSite({
    contentDir,
    outDir: path.join(work, outDir),
    base: "/",
    cacheDir: path.join(work, cacheDir),
    extraEnv: { SOURCE_DATE_EPOCH: "1700000000" },
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "incremental-build-"));
  contentDir = path.join(work, "content", "minutes");
  await mkdir(contentDir, { recursive: true });
  await cp(fixtures, contentDir, { recursive: true });
  await build("first", "cache");
}, 300_000);
afterAll(async () => rm(work, { recursive: true, force: true }));

test("after adding, deleting and changing items, a rebuild equals a full build and reuses the rest", async () => {
  const before = await hashTree(path.join(work, "first"));
  // Added: a second Manchester item, so Manchester's other page changes ("More from", "All 2 items").
  const manchester = await readFile(path.join(contentDir, "manchester-2020-03-03-care-leavers-local-offer.md"), "utf8");
  await writeFile(
    path.join(contentDir, "manchester-added.md"),
    manchester
      .replace(/^slug: .*$/mu, "slug: manchester-added-item")
      .replace(/^title: .*$/mu, "title: Added Item on Care Leavers"),
  );
  // Deleted: its page must not survive from the cache.
  await rm(path.join(contentDir, "panel-without-council-2022-09-01.md"));
  // Changed: a new sentence in the minutes of one item.
  const changed = path.join(contentDir, "cardiff-2019-11-20-gwasanaethau-plant.md");
  await writeFile(changed, `${await readFile(changed, "utf8")}\nA sentence added on a later visit.\n`);

  await build("second", "cache");
  await build("full", "full-cache");

  const [second, full] = [await hashTree(path.join(work, "second")), await hashTree(path.join(work, "full"))];
  expect([...second.keys()]).toEqual([...full.keys()]);
  expect([...second].filter(([file, hash]) => full.get(file) !== hash).map(([file]) => file)).toEqual([]);
  expect(second.has("items/panel-without-council-2022-09-01/index.html")).toBe(false);
  expect(
    await readFile(path.join(work, "second/items/cardiff-2019-11-20-gwasanaethau-plant/index.html"), "utf8"),
  ).toContain("A sentence added on a later visit.");

  // Pages were reused: the very files of the first build (hard links), not copies and not rendered again.
  const itemPages = [...second.keys()].filter((file) => file.startsWith("items/"));
  const inode = async (site: string, file: string): Promise<number | undefined> =>
    (await stat(path.join(work, site, file)).catch(() => undefined))?.ino;
  const reused: string[] = [];
  for (const file of itemPages) if ((await inode("second", file)) === (await inode("first", file))) reused.push(file);
  expect(reused.length).toBeGreaterThanOrEqual(3);
  expect(reused).not.toContain("items/cardiff-2019-11-20-gwasanaethau-plant/index.html");
  // Sharing files never changed the earlier site.
  expect(await hashTree(path.join(work, "first"))).toEqual(before);
}, 300_000);
