/**
 * npm run build -- [--input DIR] [--base /path/] [--site URL] [--out DIR]
 * 1. ingest the raw minutes  2. astro build into a staging folder
 * 3. index it with Pagefind  4. swap it into place as one step
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { buildUsage, readBuildOptions } from "./build/build-options.ts";
import { indexSearch } from "./build/index-search.ts";
import { runAstroBuild } from "./build/run-astro.ts";
import { startProgress } from "./build/progress.ts";
import { swapSite } from "./build/swap-site.ts";
import { writeHeaders } from "./build/write-headers.ts";
import { hasRejections, printIngestReport } from "./ingest/print-report.ts";
import { runIngest } from "./ingest/run-ingest.ts";

function optionsOrExit(): ReturnType<typeof readBuildOptions> {
  try {
    return readBuildOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}\n\n${buildUsage}`);
    process.exit(2);
  }
}

const options = optionsOrExit();
if (options === "help") {
  console.log(buildUsage);
  process.exit(0);
}

const seconds = (since: number): number => (performance.now() - since) / 1000;
// Astro's prerender step needs the project's node_modules above its output folder, so the
// site is staged inside the project and moved to --out at the end (see swap-site.ts).
const staging = path.join(import.meta.dirname, "..", ".build-staging", String(process.pid));

const buildStarted = performance.now();
const peakMiBSoFar = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

try {
  let started = performance.now();
  let ingestProgress: ReturnType<typeof startProgress> | undefined;
  const { report, reused } = await runIngest({
    inputDir: options.inputDir,
    outputDir: options.contentDir,
    reportFile: options.reportFile,
    onFile: (done, total) => (ingestProgress ??= startProgress("ingest", total, "files")).update(done),
  });
  ingestProgress?.end();
  const ingestSeconds = seconds(started);
  const ingestPeakMiB = peakMiBSoFar();
  printIngestReport(report, options.contentDir, ingestSeconds, reused);
  if (hasRejections(report)) {
    console.error(
      `build: rejected inputs are listed in ${options.reportFile}${options.strict ? "; stopping (--strict)." : " and on the about page; building the rest."}`,
    );
    if (options.strict) process.exit(1);
  }
  if (report.summary.items === 0)
    throw new Error(`no items to publish: every input in ${options.inputDir} was rejected or the folder is empty.`);

  await rm(staging, { recursive: true, force: true });
  const pageProgress = startProgress("astro", report.summary.items, "pages");
  const astro = await runAstroBuild({
    contentDir: options.contentDir,
    reportFile: options.reportFile,
    outDir: staging,
    base: options.base,
    site: options.site,
    verbose: options.verbose,
    onPages: (pages) => pageProgress.update(pages),
  });
  pageProgress.end();
  console.error(`astro: built the site in ${astro.seconds.toFixed(1)} s (peak ${astro.peakMiB} MiB)`);

  started = performance.now();
  const index = await indexSearch({
    siteDir: staging,
    contentDir: options.contentDir,
    ...(options.maxFragments === undefined ? {} : { maxFragments: options.maxFragments }),
  });
  // A build that runs but leaves items out (Astro lost its content store, say) must not be published.
  if (index.missingPages.length > 0 || index.pages !== report.summary.items) {
    const first = index.missingPages[0] === undefined ? "" : ` (first missing: /items/${index.missingPages[0]}/)`;
    throw new Error(
      `the site is incomplete: ${index.pages} of ${report.summary.items} item pages were built${first}; nothing was published.`,
    );
  }
  const indexSeconds = seconds(started);
  console.error(
    `pagefind: ${index.pages} pages indexed in ${index.shards.length} shard(s) in ${indexSeconds.toFixed(1)} s`,
  );

  await writeHeaders({ siteDir: staging, base: options.base });
  await swapSite(staging, path.resolve(options.outDir));
  console.error(
    `build summary: ingest ${ingestSeconds.toFixed(1)} s (peak ${ingestPeakMiB} MiB) · astro ${astro.seconds.toFixed(1)} s (peak ${astro.peakMiB} MiB) · search index ${indexSeconds.toFixed(1)} s · total ${seconds(buildStarted).toFixed(1)} s`,
  );
  const previewArgs = [
    options.outDir === "dist" ? "" : `--dir ${options.outDir}`,
    options.base === "/" ? "" : `--base ${options.base}`,
  ].filter(Boolean);
  const preview = previewArgs.length > 0 ? `npm run preview -- ${previewArgs.join(" ")}` : "npm run preview";
  console.error(`build: site ready in ${options.outDir}/ (base ${options.base}); run \`${preview}\` to view it.`);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`${options.outDir}/ was left as it was.`);
  process.exit(1);
}
