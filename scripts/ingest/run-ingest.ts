/**
 * The ingest's outer layer: the file system and the order of the steps.
 * 1. list the input files  2. read the manifest  3. ingest each file
 * 4. check slugs are unique  5. swap in the new content folder  6. write the report
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { MAX_INPUT_BYTES } from "./decode.ts";
import { loadDescribeData } from "./describe/load-describe-data.ts";
import { fatal, type Diagnostic } from "./diagnostics.ts";
import { ingestFile, type IngestedFile } from "./ingest-file.ts";
import { isSupportedName, listInputs } from "./list-inputs.ts";
import { readManifest } from "./manifest.ts";
import { summarise, type IngestReport } from "./report.ts";
import { replaceFolder, writeFileAtomic, type GeneratedFile } from "./write-content.ts";

export interface IngestOptions {
  inputDir: string;
  outputDir: string;
  reportFile: string;
}

async function readOne(inputDir: string, file: string): Promise<Uint8Array | Diagnostic> {
  if (!isSupportedName(file)) {
    return fatal(file, "unsupported-file-type", `only plain-text minutes (.txt, .text or no extension) are read; this file was not ingested. Convert it to text or move it out of the input folder.`);
  }
  const full = path.join(inputDir, file);
  try {
    const { size } = await stat(full);
    if (size > MAX_INPUT_BYTES) {
      return fatal(file, "file-too-large", `the file is ${size} bytes, over the ${MAX_INPUT_BYTES}-byte limit for one page of minutes; it was not read. Split it, or check it is not a misnamed archive.`);
    }
    return await readFile(full);
  } catch (error) {
    return fatal(file, "unreadable-file", `the file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check its permissions.`);
  }
}

/** Two items from different files sharing a slug would overwrite each other: reject the later one by name order. */
function rejectDuplicateSlugs(results: IngestedFile[]): void {
  const owners = new Map<string, string>();
  for (const result of results) {
    for (const slug of result.report.items) {
      const owner = owners.get(slug);
      if (owner === undefined) {
        owners.set(slug, result.report.file);
        continue;
      }
      result.report.status = "rejected";
      result.report.messages.push(fatal(result.report.file, "duplicate-slug", `an item would get the address /items/${slug}/, already taken by ${owner}. Rename one of the files.`));
    }
    if (result.report.status === "rejected") {
      result.outputs = [];
      result.report.items = [];
    }
  }
}

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const files = await listInputs(options.inputDir);
  const manifest = await readManifest(options.inputDir, new Set(files));
  const data = await loadDescribeData();
  const results: IngestedFile[] = [];
  for (const file of files) {
    const bytes = await readOne(options.inputDir, file);
    const result = bytes instanceof Uint8Array ? ingestFile(bytes, file, manifest.rows.get(file), data) : { report: { file, status: "rejected" as const, items: [], messages: [bytes], removed: [] }, outputs: [] };
    results.push(result);
  }
  rejectDuplicateSlugs(results);
  const outputs: GeneratedFile[] = results.flatMap((result) => result.outputs);
  await replaceFolder(options.outputDir, outputs);
  const report = summarise(results.map((result) => result.report), manifest.messages);
  await writeFileAtomic(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
