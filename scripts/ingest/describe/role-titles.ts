/**
 * Job titles name services, not what an item is about: "Portfolio Holder for
 * Children, Education, Skills and Early Help" would otherwise tag an item with
 * education and early help. This blanks such titles before topics are counted.
 */

// A role word, "for"/"of", then a run of capitalised words joined by commas,
// "and", "&", "of", "for", "the" ("Director of Children and Family Services").
const ROLE_TITLE =
  /(?<![\p{L}])(?:Portfolio Holder|Cabinet Member|Lead Member|Director|Head|Manager|Officer|Lead|Chair|Chairman|Champion)\s+(?:for|of)\s+(?:the\s+)?[\p{Lu}(][\p{L}’'()&-]*(?:(?:,\s*|\s+(?:and|&|of|for|the)\s+|\s+)[\p{Lu}(][\p{L}’'()&-]*)*/gu;

/** Where the job titles are: start and end offsets, in text order. */
export function roleTitleRanges(text: string): [number, number][] {
  return Array.from(text.matchAll(ROLE_TITLE), (match) => [match.index, match.index + match[0].length]);
}

/** The text with each range replaced by spaces (same length, so offsets still line up). */
export function blankRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return text;
  let blanked = "";
  let from = 0;
  for (const range of ranges) {
    blanked += `${text.slice(from, range[0])}${" ".repeat(range[1] - range[0])}`;
    from = range[1];
  }
  return blanked + text.slice(from);
}

/** The text with job titles replaced by spaces. */
export function blankRoleTitles(text: string): string {
  return blankRanges(text, roleTitleRanges(text));
}
