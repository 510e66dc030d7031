/**
 * npm run build -- [--input DIR] [--base /path/] [--site URL] [--out DIR]
 * 1. ingest the raw minutes  2. astro build into a staging folder
 * 3. index it with Pagefind  4. swap it into place as one step
 */
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { buildUsage, readBuildOptions } from "./build/build-options.ts";
import { missingItemPages } from "./build/check-item-pages.ts";
import { indexSearch, planSearchShards } from "./build/index-search.ts";
import { countPublicFiles, countSiteFiles, describeFilePlan, planFileBudget } from "./build/plan-file-budget.ts";
import { readSearchItems } from "./build/search-items.ts";
import { writeSearchPreloads } from "./build/search-preloads.ts";
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
const pagefindStaging = `${staging}-pagefind`;

const buildStarted = performance.now();
const peakMiBSoFar = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Runs a step, with its time and the process's peak memory when it ends. */
async function timed<T>(step: () => Promise<T>): Promise<{ value: T; seconds: number; peakMiB: number }> {
  const started = performance.now();
  const value = await step();
  return { value, seconds: seconds(started), peakMiB: peakMiBSoFar() };
}

try {
  const started = performance.now();
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
  // Under --max-files, the items are read once here to plan the layout, and handed to the index.
  const searchItems = options.maxFiles === undefined ? undefined : readSearchItems(options.contentDir);
  const filePlan =
    options.maxFiles === undefined || searchItems === undefined
      ? undefined
      : planFileBudget({
          maxFiles: options.maxFiles,
          items: searchItems.map(({ item }) => item),
          shards: planSearchShards(searchItems, {}),
          maxFragments: options.maxFragments,
          publicFiles: await countPublicFiles(),
        });
  if (filePlan && options.maxFiles !== undefined)
    console.error(`build: ${describeFilePlan(filePlan, options.maxFiles)}`);
  const maxFragments = filePlan ? filePlan.maxFragments : options.maxFragments;
  const pageProgress = startProgress("astro", report.summary.items, "pages");
  const indexProgress = startProgress("search index", report.summary.items, "items");
  // The search index is built from the ingest's output on the second core while Astro renders.
  const indexing = timed(() =>
    indexSearch({
      pagefindDir: pagefindStaging,
      contentDir: options.contentDir,
      // Shards whose records are unchanged since the last build are copied from it, not re-indexed.
      previousDir: path.join(path.resolve(options.outDir), "pagefind"),
      onItems: (done) => indexProgress.update(done),
      ...(maxFragments === undefined ? {} : { maxFragments }),
      ...(filePlan ? { layout: filePlan.layout } : {}),
      ...(searchItems ? { items: searchItems } : {}),
    }),
  );
  const [astroOutcome, indexOutcome] = await Promise.allSettled([
    runAstroBuild({
      contentDir: options.contentDir,
      reportFile: options.reportFile,
      outDir: staging,
      base: options.base,
      site: options.site,
      verbose: options.verbose,
      ...(filePlan ? { layout: filePlan.layout } : {}),
      onPages: (pages) => pageProgress.update(pages),
    }).finally(() => pageProgress.end()),
    indexing.finally(() => indexProgress.end()),
  ]);
  if (astroOutcome.status === "rejected") throw astroOutcome.reason;
  if (indexOutcome.status === "rejected") throw indexOutcome.reason;
  const astro = astroOutcome.value;
  const { value: index, seconds: indexSeconds, peakMiB: indexPeakMiB } = indexOutcome.value;
  console.error(`astro: built the site in ${astro.seconds.toFixed(1)} s (peak ${astro.peakMiB} MiB)`);
  console.error(
    `pagefind: ${index.pages} items indexed in ${index.shards.length} shard(s) in ${indexSeconds.toFixed(1)} s, beside astro`,
  );
  for (const warning of index.warnings) console.error(`pagefind: ${warning}`);

  // A build that runs but leaves items out (Astro lost its content store, say) must not be published.
  const missing = await missingItemPages(staging, index.items, filePlan?.layout);
  if (missing.length > 0 || index.pages !== report.summary.items) {
    const first = missing[0] === undefined ? "" : ` (first missing: ${missing[0]})`;
    throw new Error(
      `the site is incomplete: ${index.pages - missing.length} of ${report.summary.items} item pages were built${first}; nothing was published.`,
    );
  }
  await rm(path.join(staging, "pagefind"), { recursive: true, force: true });
  await rename(pagefindStaging, path.join(staging, "pagefind"));
  // The newest shard's file names are known only now that both Astro and the index are done.
  await writeSearchPreloads({ siteDir: staging, base: options.base });

  await writeHeaders({ siteDir: staging, base: options.base });
  if (options.maxFiles !== undefined) {
    const files = await countSiteFiles(staging);
    if (files > options.maxFiles)
      throw new Error(`the site has ${files} files, more than --max-files ${options.maxFiles}; nothing was published.`);
    console.error(`build: the site has ${files} files (at most ${options.maxFiles}).`);
  }
  await swapSite(staging, path.resolve(options.outDir));
  console.error(
    `build summary: ingest ${ingestSeconds.toFixed(1)} s (peak ${ingestPeakMiB} MiB) · astro ${astro.seconds.toFixed(1)} s (peak ${astro.peakMiB} MiB) · search index ${indexSeconds.toFixed(1)} s beside astro (peak ${indexPeakMiB} MiB) · total ${seconds(buildStarted).toFixed(1)} s`,
  );
  const previewArgs = [
    options.outDir === "dist" ? "" : `--dir ${options.outDir}`,
    options.base === "/" ? "" : `--base ${options.base}`,
  ].filter(Boolean);
  const preview = previewArgs.length > 0 ? `npm run preview -- ${previewArgs.join(" ")}` : "npm run preview";
  console.error(`build: site ready in ${options.outDir}/ (base ${options.base}); run \`${preview}\` to view it.`);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  await rm(pagefindStaging, { recursive: true, force: true });
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`${options.outDir}/ was left as it was.`);
  process.exit(1);
}
