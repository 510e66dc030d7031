/**
 * The texts the describe step reads for one item: the whole (title, blank
 * line, body) for councils and organisations, and the title and body with job
 * titles blanked for the topics. The whole is tokenised once; the other two
 * get their words from it (token-views.ts), remembered for the phrase lists.
 */
import { blankRanges, roleTitleRanges } from "./role-titles.ts";
import { rememberTokens, textTokens } from "./text-tokens.ts";
import { blankedPartTokens } from "./token-views.ts";

export interface ItemTexts {
  whole: string;
  /** The title with job titles blanked. */
  topicTitle: string;
  /** The body with job titles blanked. */
  topicBody: string;
}

/** Blanks a part of the whole and remembers its words, when they can be derived. */
function blankedPart(whole: string, from: number, to: number): string {
  const part = from === 0 && to === whole.length ? whole : whole.slice(from, to);
  const ranges = roleTitleRanges(part);
  const blanked = blankRanges(part, ranges);
  const tokens = textTokens(whole);
  // "ſ" and the Kelvin sign leave the whole without words; the parts are then tokenised on their own.
  if (tokens !== undefined) {
    const derived = blankedPartTokens(tokens, from, to, blanked, ranges);
    if (derived !== undefined) rememberTokens(blanked, derived);
  }
  return blanked;
}

export function itemTexts(title: string, body: string): ItemTexts {
  // The blank line between title and body is never part of a run, so neither part's runs cross it.
  const whole = title === "" ? body : `${title}\n\n${body}`;
  const bodyStart = whole.length - body.length;
  return {
    whole,
    topicTitle: title === "" ? "" : blankedPart(whole, 0, title.length),
    topicBody: blankedPart(whole, bodyStart, whole.length),
  };
}
