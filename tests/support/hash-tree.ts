/** Every file under a folder with the sha256 of its bytes, keyed by path relative to the folder, sorted. */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export async function hashTree(folder: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
  const hashes = new Map<string, string>();
  for (const file of files)
    hashes.set(
      file,
      createHash("sha256")
        .update(await readFile(path.join(folder, file)))
        .digest("hex"),
    );
  return hashes;
}
