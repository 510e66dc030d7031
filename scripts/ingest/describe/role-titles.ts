/**
 * Job titles name services, not what an item is about: "Portfolio Holder for
 * Children, Education, Skills and Early Help" would otherwise tag an item with
 * education and early help. This blanks such titles before topics are counted.
 */

// A role word, "for"/"of", then a run of capitalised words joined by commas,
// "and", "&", "of", "for", "the" ("Director of Children and Family Services").
const ROLE_TITLE =
  /(?<![\p{L}])(?:Portfolio Holder|Cabinet Member|Lead Member|Director|Head|Manager|Officer|Lead|Chair|Chairman|Champion)\s+(?:for|of)\s+(?:the\s+)?[\p{Lu}(][\p{L}’'()&-]*(?:(?:,\s*|\s+(?:and|&|of|for|the)\s+|\s+)[\p{Lu}(][\p{L}’'()&-]*)*/gu;

/** The text with job titles replaced by spaces (same length, so offsets still line up). */
export function blankRoleTitles(text: string): string {
  return text.replace(ROLE_TITLE, (title) => " ".repeat(title.length));
}
