/**
 * The ingest's outer layer: the file system and the order of the steps.
 * 1. list the input files  2. read the manifest and the previous run's cache
 * 3. ingest each file into a staging folder (unchanged files reuse their output)
 * 4. check slugs are unique  5. swap the staging folder in  6. write the report
 */
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fatal } from "./diagnostics.ts";
import { CACHE_FILE, readCache, serialiseCache, type CacheEntry } from "./ingest-cache.ts";
import { listInputs } from "./list-inputs.ts";
import { readManifest } from "./manifest.ts";
import type { FileOutcome } from "./process-files.ts";
import { summarise, type IngestReport } from "./report.ts";
import { processAll } from "./run-in-workers.ts";
import { prepareStaging, swapInStaging, writeFileAtomic } from "./write-content.ts";

export interface IngestOptions {
  inputDir: string;
  outputDir: string;
  reportFile: string;
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
}

export interface IngestRun {
  report: IngestReport;
  /** Files whose previous output was reused without parsing. */
  reused: number;
}

/** Two items sharing a slug would overwrite each other: the later file by name order is rejected. */
async function rejectDuplicateSlugs(outcomes: FileOutcome[], staging: string): Promise<void> {
  const owners = new Map<string, string>();
  for (const { entry } of outcomes) {
    const clash = entry.report.items.find((slug) => owners.has(slug));
    if (clash === undefined) {
      for (const slug of entry.report.items) owners.set(slug, entry.report.file);
      continue;
    }
    const reason = `an item would get the address /items/${clash}/, already taken by ${owners.get(clash)}. Rename one of the files.`;
    // Only this file's own outputs are removed: the clashing name belongs to the earlier file.
    const own = entry.report.items.filter((slug) => owners.get(slug) === undefined);
    await Promise.all(own.map((slug) => rm(path.join(staging, `${slug}.md`), { force: true })));
    entry.report = {
      ...entry.report,
      status: "rejected",
      items: [],
      messages: [...entry.report.messages, fatal(entry.report.file, "duplicate-slug", reason)],
    };
    entry.key = "";
  }
}

export async function runIngest(options: IngestOptions): Promise<IngestRun> {
  const files = await listInputs(options.inputDir);
  const manifest = await readManifest(options.inputDir, new Set(files));
  const previous = await readCache(options.outputDir);
  const staging = await prepareStaging(options.outputDir);
  const tasks = files.map((file) => ({ file, row: manifest.rows.get(file), previous: previous?.files[file] }));
  let done = 0;
  const outcomes = await processAll(
    tasks,
    { inputDir: options.inputDir, previousDir: options.outputDir, stagingDir: staging },
    () => options.onFile?.(++done, files.length),
  );
  outcomes.sort((a, b) => (a.entry.report.file < b.entry.report.file ? -1 : 1));
  await rejectDuplicateSlugs(outcomes, staging);
  const entries: Record<string, CacheEntry> = Object.fromEntries(
    outcomes.map(({ entry }) => [entry.report.file, entry]),
  );
  await writeFile(path.join(staging, CACHE_FILE), serialiseCache(entries));
  await swapInStaging(options.outputDir);
  const report = summarise(
    outcomes.map(({ entry }) => entry.report),
    manifest.messages,
  );
  await writeFileAtomic(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return { report, reused: outcomes.filter((outcome) => outcome.reused).length };
}
