/**
 * Document titles listed under "Supporting documents:" / "Additional
 * documents:". The page prints each title followed by its file size; the size
 * is furniture, the title is kept as printed.
 */
import type { RemovedText, SourceLine } from "../../types.ts";

// "Appendix A - Sufficiency Strategy PDF 312 KB" (size without the icon text;
// "pdf icon PDF 74 KB" is already taken off by the furniture step)
const SIZE_SUFFIX = /\s+pdf \d+(?:\.\d+)? ?[km]b$/i;

export interface DocumentsResult {
  documents: string[];
  removed: RemovedText[];
}

export function readDocuments(lines: SourceLine[]): DocumentsResult {
  const documents: string[] = [];
  const removed: RemovedText[] = [];
  for (const { text, line } of lines) {
    let title = text.trim();
    if (title === "") continue;
    const size = SIZE_SUFFIX.exec(title);
    if (size) {
      removed.push({ line, text: size[0].trim(), reason: "document size label" });
      title = title.slice(0, size.index).trim();
    }
    documents.push(title);
  }
  return { documents, removed };
}
