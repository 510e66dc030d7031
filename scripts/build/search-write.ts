/**
 * Writes one built Pagefind index to its shard folder, keeping only what the
 * JS API needs. The default bundle also carries the Default, Modular and
 * Component UIs, their CSS, a highlight script and a second ("unknown"
 * language) wasm: about 480 KB per shard the search page never loads.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { IndexFile } from "pagefind";

/** Files of a JS-API bundle: the runtime, its worker and wasm, and the index itself. */
const needed =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.en\.pagefind|pagefind\.[^/]+\.pf_meta|(index|filter|fragment)\/[^/]+)$/;

export interface WrittenBundle {
  files: number;
  bytes: number;
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
