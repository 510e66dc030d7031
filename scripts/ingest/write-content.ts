/**
 * Replaces the generated content folder as a whole: the run writes into a
 * sibling staging folder, which is swapped in by rename once everything is
 * written, so a crash mid-run leaves the previous content/minutes/ in place,
 * never a half-written one. Files whose source is gone go with the old folder.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export function stagingFolderFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}-staging`);
}

export async function prepareStaging(target: string): Promise<string> {
  const staging = stagingFolderFor(target);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  return staging;
}

export async function swapInStaging(target: string): Promise<void> {
  const staging = stagingFolderFor(target);
  const previous = path.join(path.dirname(target), `.${path.basename(target)}-previous`);
  await rm(previous, { recursive: true, force: true });
  await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}

/** Writes one file atomically (temporary name, then rename). */
export async function writeFileAtomic(file: string, contents: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}
