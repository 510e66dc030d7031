/**
 * Preloaded into the Astro child (node --import, see run-astro.ts) so that its
 * incremental build shares page files instead of copying them:
 *
 * - Astro keeps a copy of every page with a cacheKey in <cacheDir>/dist/ and,
 *   when a page is unchanged, copies it back into the output folder. Here that
 *   copy is a hard link (a copy only where links fail, e.g. across devices).
 * - After writing a page into the output folder, Astro writes the same bytes
 *   to its cache copy. Here, when the bytes are the very buffer just written to
 *   the output folder, the cache copy becomes a link to that file.
 * - A linked file must never be changed in place: the published site, the
 *   staging folder and the cache may all hold it. So a write to a cache copy, or
 *   to a page linked here, first removes the old name and makes a new file.
 *
 * At 10,000 items this keeps the cache from doubling the site on disk and turns
 * 15,000 copies on a rebuild into links. Everything else Astro decides as usual.
 */
import { syncBuiltinESMExports } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const outDir = process.env["ARCHIVE_OUT_DIR"];
const cacheDir = process.env["ARCHIVE_CACHE_DIR"];

type PathArg = Parameters<typeof fs.promises.writeFile>[0];

function filePath(file: PathArg | fs.PathLike): string | undefined {
  if (typeof file === "string") return path.resolve(file);
  if (file instanceof URL) return fileURLToPath(file);
  return undefined;
}

function inside(folder: string, file: string): boolean {
  return file.startsWith(folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`);
}

if (outDir && cacheDir) {
  const out = path.resolve(outDir);
  const cache = path.resolve(cacheDir);
  const cachedPages = path.join(cache, "dist");
  const { writeFile, copyFile, link, unlink } = fs.promises;
  /** The buffer last written to each output file, to recognise Astro's identical cache copy. */
  const written = new WeakMap<object, string>();
  /** Output files that are links to cache copies. */
  const linked = new Set<string>();

  /** Removes the name if it exists (a quick synchronous check: most targets are new). */
  const replace = async (target: string): Promise<void> => {
    if (!fs.existsSync(target)) return;
    await unlink(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  };

  fs.promises.writeFile = async function writeFileAsNewFile(file, data, options) {
    const target = filePath(file);
    if (target === undefined || !(inside(out, target) || inside(cache, target))) return writeFile(file, data, options);
    if (inside(cache, target) || linked.delete(target)) await replace(target);
    const source = typeof data === "object" && data !== null ? written.get(data) : undefined;
    if (source !== undefined && inside(cachedPages, target)) {
      try {
        return await link(source, target);
      } catch {
        // Not linkable (another device, a file system without links): write the copy.
      }
    }
    await writeFile(file, data, options);
    if (inside(out, target) && typeof data === "object" && data !== null) written.set(data, target);
  };

  fs.promises.copyFile = async function copyFileAsLink(source, destination, mode) {
    const from = filePath(source);
    const to = filePath(destination);
    if (from === undefined || to === undefined || !inside(cachedPages, from) || !inside(out, to))
      return copyFile(source, destination, mode);
    await replace(to);
    try {
      await link(from, to);
      linked.add(to);
    } catch {
      await copyFile(source, destination, mode);
    }
  };

  syncBuiltinESMExports();
}
