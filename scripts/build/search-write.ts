/**
 * Writes one built Pagefind index to its shard folder, keeping only what the
 * JS API needs. The default bundle also carries the Default, Modular and
 * Component UIs, their CSS, a highlight script and a second ("unknown"
 * language) wasm: about 480 KB per shard the search page never loads.
 * Also reads a written shard back, with the fingerprint of what it was built
 * from (records.json), so a build can reuse the shards that did not change.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CustomRecord, IndexFile } from "pagefind";
import { patchRuntime } from "./pagefind-runtime-patches.ts";

/** Files of a JS-API bundle run in the page (noWorker): the runtime, its wasm, and the index itself. */
const needed =
  /^(pagefind\.js|pagefind-entry\.json|wasm\.en\.pagefind|pagefind\.[^/]+\.pf_meta|(index|filter|fragment)\/[^/]+)$/;

export interface WrittenBundle {
  files: number;
  bytes: number;
}

/**
 * Writes the bundle's pagefind.js to `file` too: every shard's runtime is the
 * same file, and one copy at a fixed address (pagefind/pagefind.js) lets the
 * search page preload it before it knows the shard names. This copy, the one
 * the page imports, is patched for a faster first search (pagefind-runtime-patches.ts).
 */
export async function writeSharedRuntime(files: readonly IndexFile[], file: string): Promise<WrittenBundle> {
  const runtime = files.find((candidate) => candidate.path === "pagefind.js");
  if (!runtime) throw new Error("Pagefind wrote no pagefind.js");
  const content = Buffer.from(patchRuntime(new TextDecoder().decode(runtime.content)).runtime);
  await writeFile(file, content);
  return { files: 1, bytes: content.byteLength };
}

export async function writeShardBundle(files: readonly IndexFile[], outputDir: string): Promise<WrittenBundle> {
  const kept = files.filter((file) => needed.test(file.path)).sort((a, b) => a.path.localeCompare(b.path));
  let bytes = 0;
  for (const file of kept) {
    const target = path.join(outputDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
    bytes += file.content.byteLength;
  }
  return { files: kept.length, bytes };
}

/** A shard folder written by writeShardBundle, read back as Pagefind's file list; undefined if it is missing. */
export async function readShardBundle(dir: string): Promise<IndexFile[] | undefined> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return undefined;
  const files: IndexFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.push({ path: path.relative(dir, full).split(path.sep).join("/"), content: await readFile(full) });
  }
  return files.length > 0 ? files : undefined;
}

/** Pagefind's version: a shard built by another version is never reused. */
export async function pagefindVersion(): Promise<string> {
  const packageFile = new URL("../package.json", import.meta.resolve("pagefind"));
  return (JSON.parse(await readFile(packageFile, "utf8")) as { version: string }).version;
}

/** What a shard was built from: the same fingerprint gives the same files, so they can be reused. */
export function fingerprint(records: readonly CustomRecord[], config: object, version: string): string {
  // The files kept (`needed`) are part of it: a folder written by a writer that kept others is not reused.
  const hash = createHash("sha256").update(JSON.stringify({ version, config, kept: needed.source }));
  for (const record of records) hash.update("\n").update(JSON.stringify(record));
  return hash.digest("hex");
}

/** The previous build's index: its folder and the fingerprint of each shard (records.json). */
export interface PreviousIndex {
  dir: string;
  fingerprints: Record<string, string>;
}

/** The previous build's fingerprints, if its folder has them. */
export async function readPreviousIndex(dir: string | undefined): Promise<PreviousIndex | undefined> {
  if (dir === undefined) return undefined;
  const text = await readFile(path.join(dir, recordsFile), "utf8").catch(() => undefined);
  try {
    const parsed = JSON.parse(text ?? "") as { shards?: Record<string, string> };
    return { dir, fingerprints: parsed.shards ?? {} };
  } catch {
    // No readable fingerprints: nothing is reused, everything is indexed.
    return undefined;
  }
}

/** Beside shards.json: each shard's fingerprint, for the next build to reuse unchanged shards. */
export const recordsFile = "records.json";

/** The characters Pagefind keeps in query words besides letters and digits, from the bundle's entry file. */
export function includeCharactersOf(files: readonly IndexFile[]): string[] {
  const entry = files.find((file) => file.path === "pagefind-entry.json");
  if (!entry) return [];
  const parsed = JSON.parse(new TextDecoder().decode(entry.content)) as { include_characters?: unknown };
  return Array.isArray(parsed.include_characters) ? parsed.include_characters.map(String) : [];
}
