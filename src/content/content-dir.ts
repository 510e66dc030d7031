/**
 * Where the ingest's Markdown lives. scripts/build.ts passes an absolute path in
 * ARCHIVE_CONTENT_DIR (so does the test suite); a plain `astro build` run from the
 * project root reads content/minutes.
 */
import path from "node:path";

export function minutesContentDir(): string {
  return path.resolve(process.env["ARCHIVE_CONTENT_DIR"] ?? "content/minutes");
}
