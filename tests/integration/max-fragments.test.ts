/**
 * --max-fragments, for hosts that cap a site's file count: each search shard's
 * result fragments are bundled into shared files instead of one file per item.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, inject, it } from "vitest";
import { buildSite } from "../support/build-site.ts";

const fragmentFiles = (outDir: string): number =>
  readdirSync(path.join(outDir, "pagefind"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .reduce((count, shard) => count + readdirSync(path.join(outDir, "pagefind", shard.name, "fragment")).length, 0);

it("bundles result fragments into one file per shard when asked, and refuses a bad count", () => {
  const plain = inject("rootSite");
  const bundled = buildSite(inject("archiveInput"), { extraArgs: ["--max-fragments", "1"] });
  expect(bundled.exitCode, bundled.log).toBe(0);
  const shards = readdirSync(path.join(bundled.outDir, "pagefind"), { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  );
  expect(fragmentFiles(plain.outDir)).toBeGreaterThan(shards.length);
  expect(fragmentFiles(bundled.outDir)).toBe(shards.length);

  const refused = buildSite(inject("archiveInput"), { extraArgs: ["--max-fragments", "none"] });
  expect(refused.exitCode).not.toBe(0);
  expect(refused.log).toContain("--max-fragments must be a whole number above 0, got none");
});
