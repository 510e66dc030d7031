/**
 * Cuts minutes text into sentences for the follow-up finder. Paragraphs end at
 * blank lines (lines broken mid-sentence are joined); sentences end at ". ", "! ",
 * "? " before a capital, and at "; " (each item of a resolution list ends so).
 * List labels ("b)", "(iii)", "1.", "·") are taken off the front.
 */

const LIST_LABEL = /^(?:\(?(?:[ivxlc]{1,6}|[a-z]|\d{1,3}(?:\.\d{1,3})*)[.)]|\([a-z\d]{1,4}\)|[·•▪●◦*–-])\s+/iu;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n[\s\u00a0]*\n/)) {
    const flat = paragraph.replace(/[\s\u00a0]+/g, " ").trim();
    if (flat === "") continue;
    for (const piece of flat.split(/(?<=[.!?])\s+(?=[\p{Lu}(‘“"'\d])|(?<=;)\s+/u)) {
      const sentence = piece.replace(LIST_LABEL, "").trim();
      if (sentence !== "") sentences.push(sentence);
    }
  }
  return sentences;
}
