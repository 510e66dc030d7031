/**
 * Reads one input file for the ingest: its bytes, or the reason it was not read
 * (not a text file, over the size limit, unreadable), each as a diagnostic.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import { MAX_INPUT_BYTES } from "./decode.ts";
import { fatal, type Diagnostic } from "./diagnostics.ts";
import { isSupportedName } from "./input-names.ts";

/** The file's bytes, or its size when that is over the limit: one open, one fstat, one read. */
function readBytes(full: string): Uint8Array | number {
  const fd = openSync(full, "r");
  try {
    const { size } = fstatSync(fd);
    // Checked before reading, so a misnamed multi-gigabyte archive is never loaded into memory.
    if (size > MAX_INPUT_BYTES) return size;
    // A size of 0 may be a special file that only tells its length by being read.
    if (size === 0) return readFileSync(fd);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const got = readSync(fd, bytes, read, size - read, null);
      if (got === 0) break;
      read += got;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

export function readInput(inputDir: string, file: string): Uint8Array | Diagnostic {
  if (!isSupportedName(file)) {
    return fatal(
      file,
      "unsupported-file-type",
      "only plain-text minutes (.txt, .text or no extension) are read; this file was not ingested. Convert it to text or move it out of the input folder.",
    );
  }
  try {
    const bytes = readBytes(path.join(inputDir, file));
    if (typeof bytes === "number") {
      return fatal(
        file,
        "file-too-large",
        `the file is ${bytes} bytes, over the ${MAX_INPUT_BYTES}-byte (2 MiB) limit for one page of minutes; it was not read. Split it, or check it is not a misnamed archive.`,
      );
    }
    return bytes;
  } catch (error) {
    return fatal(
      file,
      "unreadable-file",
      `the file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check that it exists and its permissions allow reading.`,
    );
  }
}
