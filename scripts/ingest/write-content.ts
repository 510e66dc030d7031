/**
 * Replaces the generated content folder as a whole: everything is written to a
 * sibling folder first and swapped in by rename, so a crash mid-run leaves the
 * previous content/minutes/ in place, never a half-written one. Files whose
 * source is gone disappear with the old folder.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface GeneratedFile {
  /** File name inside the content folder, e.g. "some-title-3f2a1c.md". */
  name: string;
  contents: string;
}

export async function replaceFolder(target: string, files: readonly GeneratedFile[]): Promise<void> {
  const parent = path.dirname(target);
  const staging = path.join(parent, `.${path.basename(target)}-staging`);
  const previous = path.join(parent, `.${path.basename(target)}-previous`);
  await mkdir(parent, { recursive: true });
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  // Bounded parallel writes: fast on large archives without exhausting file handles.
  const batch = 64;
  for (let start = 0; start < files.length; start += batch) {
    await Promise.all(files.slice(start, start + batch).map((file) => writeFile(path.join(staging, file.name), file.contents)));
  }
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
