/** Size and file count of a folder (a built site, or its pagefind/ part), and of its largest directory. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export interface FolderStats {
  files: number;
  bytes: number;
  /** The directory holding most files directly (hosts and file systems care about both). */
  fullestDir: { path: string; files: number };
}

export async function folderStats(root: string): Promise<FolderStats> {
  const result: FolderStats = { files: 0, bytes: 0, fullestDir: { path: ".", files: 0 } };
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    let here = 0;
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        here += 1;
        result.files += 1;
        result.bytes += (await stat(full)).size;
      }
    }
    if (here > result.fullestDir.files) result.fullestDir = { path: path.relative(root, dir) || ".", files: here };
  };
  await walk(root);
  return result;
}
