/**
 * Builds a site from an input folder with the real build script, into
 * temporary folders, exactly as a user's `npm run build -- --input DIR` would.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export interface BuiltSite {
  outDir: string;
  contentDir: string;
  reportFile: string;
  base: string;
  exitCode: number;
  log: string;
}

export function buildSite(inputDir: string, options: { base?: string; extraArgs?: string[] } = {}): BuiltSite {
  const work = mkdtempSync(path.join(tmpdir(), "archive-build-"));
  const site = {
    outDir: path.join(work, "dist"),
    contentDir: path.join(work, "content", "minutes"),
    reportFile: path.join(work, "content", "ingest-report.json"),
    base: options.base ?? "/",
  };
  const result = spawnSync(
    process.execPath,
    [
      "scripts/build.ts",
      "--input",
      inputDir,
      "--out",
      site.outDir,
      "--content",
      site.contentDir,
      "--report",
      site.reportFile,
      "--base",
      site.base,
      ...(options.extraArgs ?? []),
    ],
    {
      cwd: projectRoot,
      encoding: "utf8",
      env: { ...process.env, ARCHIVE_CACHE_DIR: path.join(work, "astro-cache"), SOURCE_DATE_EPOCH: "1767225600" },
    },
  );
  return { ...site, exitCode: result.status ?? 1, log: `${result.stdout}${result.stderr}` };
}
