/**
 * Writes a deterministic synthetic corpus: N raw minutes files, a manifest.csv
 * with the meeting details agenda-item pages do not print, and markers.json
 * (file → marker word) for the search check. Same N and seed, same bytes.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { syntheticItem } from "./minutes-text.ts";
import { createRandom } from "./random.ts";

export interface CorpusOptions {
  items: number;
  outDir: string;
  seed?: number;
  /** First item index; lets the incremental run add one more file with the next index. */
  firstIndex?: number;
  /** Meeting years, a decade by default. */
  years?: readonly number[];
  /** Councils to draw from; every current council in data/councils.csv by default. */
  councils?: readonly string[];
}

export interface MarkerEntry {
  file: string;
  marker: string;
  meetingDate: string | null;
}

export interface Corpus {
  inputDir: string;
  markers: MarkerEntry[];
  bytes: number;
}

const decade = Array.from({ length: 10 }, (_, offset) => 2016 + offset);

async function councilNames(): Promise<string[]> {
  const text = await readFile(path.resolve("data", "councils.csv"), "utf8");
  const rows = parseCsv<{ name: string; ended: string }>(text, { columns: true, skip_empty_lines: true });
  return rows.filter((row) => row.ended === "").map((row) => row.name);
}

const csvCell = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Generates the files (or, with `write: false`, only the marker list of an existing corpus). */
export async function generateCorpus(options: CorpusOptions): Promise<Corpus> {
  const councils = options.councils ?? (await councilNames());
  const firstIndex = options.firstIndex ?? 0;
  const manifest: string[] = ["file,council,committee,meeting_date"];
  const markers: MarkerEntry[] = [];
  let bytes = 0;
  if (firstIndex === 0) await rm(options.outDir, { recursive: true, force: true });
  await mkdir(options.outDir, { recursive: true });
  const batch: Promise<void>[] = [];
  for (let index = firstIndex; index < firstIndex + options.items; index++) {
    // One stream per item: item i is the same whatever N is, so corpora of different sizes nest.
    const item = syntheticItem(
      index,
      createRandom((options.seed ?? 1) * 1_000_003 + index),
      councils,
      options.years ?? decade,
    );
    markers.push({ file: item.file, marker: item.marker, meetingDate: item.meetingDate ?? null });
    if (item.inManifest && item.meetingDate)
      manifest.push([item.file, item.council, item.committee, item.meetingDate].map(csvCell).join(","));
    bytes += Buffer.byteLength(item.text);
    batch.push(writeFile(path.join(options.outDir, item.file), item.text));
    if (batch.length >= 64) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  // The incremental run's extra file is described by the text alone (issue-history or undated), not a manifest edit.
  if (firstIndex === 0) await writeFile(path.join(options.outDir, "manifest.csv"), `${manifest.join("\n")}\n`);
  return { inputDir: options.outDir, markers, bytes };
}
