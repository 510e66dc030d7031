/**
 * Cuts minutes text into sentences for the follow-up finder. Paragraphs end at
 * blank lines (lines broken mid-sentence are joined); sentences end at ". ", "! ",
 * "? " before a capital, and at "; " (each item of a resolution list ends so).
 * List labels ("b)", "(iii)", "1.", "·") are taken off the front.
 */

const LIST_LABEL = /^(?:\(?(?:[ivxlc]{1,6}|[a-z]|\d{1,3}(?:\.\d{1,3})*)[.)]|\([a-z\d]{1,4}\)|[·•▪●◦*–-])\s+/iu;

/** The text's paragraphs, as splitSentences cuts them (before any joining of lines). */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n[\s\u00a0]*\n/);
}

/** The sentences of one paragraph from paragraphsOf. */
export function paragraphSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const flat = paragraph.replace(/[\s\u00a0]+/g, " ").trim();
  if (flat === "") return sentences;
  for (const piece of flat.split(/(?<=[.!?])\s+(?=[\p{Lu}(‘“"'\d])|(?<=;)\s+/u)) {
    const sentence = piece.replace(LIST_LABEL, "").trim();
    if (sentence !== "") sentences.push(sentence);
  }
  return sentences;
}

export function splitSentences(text: string): string[] {
  return paragraphsOf(text).flatMap(paragraphSentences);
}
