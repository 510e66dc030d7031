/**
 * Incremental ingest: a file whose bytes, manifest row and ingest code are all
 * unchanged keeps its previous output (hard-linked, never re-parsed). The cache
 * lives inside the generated folder, so it is swapped in with the content it
 * describes and can never disagree with it.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ManifestRow } from "./manifest.ts";
import type { FileReport } from "./report.ts";

export const CACHE_FILE = ".ingest-cache.json";

export interface CacheEntry {
  /** sha256 of the raw bytes and the manifest row. */
  key: string;
  report: FileReport;
}

export interface IngestCache {
  /** Hash of the ingest code, data files and schema: any change to them re-parses everything. */
  version: string;
  files: Record<string, CacheEntry>;
}

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
// Everything the ingest's output depends on besides its input.
const versionSources = ["scripts/ingest", "data", "src/schema", "src/site/slugify.ts"];

function filesUnder(folder: string): string[] {
  if (statSync(folder).isFile()) return [folder];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|csv|ya?ml)$/u.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

let codeVersion: string | undefined;

export function ingestCodeVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash("sha256");
  for (const file of versionSources.flatMap((folder) => filesUnder(path.join(projectRoot, folder)))) {
    hash.update(path.relative(projectRoot, file)).update(readFileSync(file));
  }
  codeVersion = hash.digest("hex").slice(0, 16);
  return codeVersion;
}

export function cacheKey(bytesSha256: string, row: ManifestRow | undefined): string {
  // The row's line number moves when other rows are edited; it does not change the output.
  const { line: _line, ...fields } = row ?? { line: 0 };
  return createHash("sha256").update(bytesSha256).update(JSON.stringify(fields)).digest("hex");
}

export async function readCache(outputDir: string): Promise<IngestCache | undefined> {
  try {
    const cache = JSON.parse(await readFile(path.join(outputDir, CACHE_FILE), "utf8")) as IngestCache;
    return cache.version === ingestCodeVersion() ? cache : undefined;
  } catch {
    return undefined;
  }
}

export function serialiseCache(files: Record<string, CacheEntry>): string {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ version: ingestCodeVersion(), files: sorted } satisfies IngestCache)}\n`;
}
