/**
 * Builds the site from ready-made Markdown (no ingest), with the build script's
 * own Astro step and staging: for tests whose content the ingest would not
 * produce (exact dates, one council with more than a page of items).
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { runAstroBuild } from "../../scripts/build/run-astro.ts";
import { swapSite } from "../../scripts/build/swap-site.ts";
import { projectRoot } from "./build-site.ts";

export interface MarkdownSiteOptions {
  contentDir: string;
  outDir: string;
  base: string;
  site?: string;
  /** Defaults to ingest-report.json beside the content folder. */
  reportFile?: string;
  cacheDir: string;
  extraEnv?: Record<string, string>;
}

let builds = 0;

export async function buildMarkdownSite(options: MarkdownSiteOptions): Promise<void> {
  // Astro resolves packages from its output folder, so it builds inside the project and the site moves after.
  const staging = path.join(projectRoot, ".build-staging", `test-${process.pid}-${++builds}`);
  await rm(staging, { recursive: true, force: true });
  await runAstroBuild({
    contentDir: options.contentDir,
    reportFile: options.reportFile ?? path.join(path.dirname(options.contentDir), "ingest-report.json"),
    outDir: staging,
    base: options.base,
    site: options.site ?? "https://example.org",
    verbose: false,
    cacheDir: options.cacheDir,
    ...(options.extraEnv === undefined ? {} : { extraEnv: options.extraEnv }),
  });
  await swapSite(staging, options.outDir);
}
