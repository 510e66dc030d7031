/**
 * Finds the raw minutes files in an input folder (subfolders included), in a
 * stable order. Hidden files and the manifest are not minutes; anything else
 * is an input, and one the ingest cannot read is reported, never skipped.
 * The same listing tells which manifest names are present, so the folder
 * (100,000 files, say) is listed once.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { MANIFEST_NAMES } from "./manifest.ts";

export interface InputFolder {
  /** The inputs, sorted. */
  files: string[];
  /** Manifest names present in the folder itself, whatever kind of entry. */
  manifests: string[];
}

export async function listInputs(inputDir: string): Promise<string[]> {
  return (await listInputFolder(inputDir)).files;
}

export async function listInputFolder(inputDir: string): Promise<InputFolder> {
  const entries = await readdir(inputDir, { recursive: true, withFileTypes: true });
  const manifests = entries
    .filter((entry) => (MANIFEST_NAMES as readonly string[]).includes(entry.name))
    .filter((entry) => path.relative(inputDir, entry.parentPath) === "")
    .map((entry) => entry.name);
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      // Most inputs sit in the folder itself, where the relative path is the name.
      entry.parentPath === inputDir
        ? entry.name
        : path.relative(inputDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .filter((file) => !file.split("/").some((part) => part.startsWith(".")))
    .filter((file) => !(MANIFEST_NAMES as readonly string[]).includes(file));
  return { files: files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), manifests };
}
