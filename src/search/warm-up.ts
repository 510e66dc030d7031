/**
 * Pays, while the search page still waits for its scripts and index files, a
 * cost the first search would otherwise pay on its critical path: the first
 * Intl.Segmenter of a page loads ICU's break rules (15–40 ms in Chromium on the
 * benchmark machine; later ones take under 0.1 ms), and Pagefind makes one for
 * every search, as does the term directory (pagefind-terms.ts).
 */
export function warmUpSegmenter(): void {
  if (typeof Intl.Segmenter !== "undefined") new Intl.Segmenter("en", { granularity: "grapheme" }).segment("");
}
