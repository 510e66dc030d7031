/**
 * Which input files are minutes, by name. Apart from list-inputs.ts so that the
 * workers, which check every name, do not load the manifest readers with it.
 */
import path from "node:path";

/** Raw minutes are plain text; other files are listed in the report as rejected, with this reason. */
export function isSupportedName(file: string): boolean {
  return /\.(txt|text)$/iu.test(file) || !path.posix.basename(file).includes(".");
}
