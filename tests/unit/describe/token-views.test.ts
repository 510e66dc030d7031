/**
 * The describe step tokenises an item's whole text once and derives the words
 * of its title and body, with job titles blanked, from it (item-texts.ts,
 * token-views.ts). Tokenising each blanked part on its own is the specification.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemTexts } from "../../../scripts/ingest/describe/item-texts.ts";
import { blankRoleTitles } from "../../../scripts/ingest/describe/role-titles.ts";
import { textTokens, watchWords, type TextTokens } from "../../../scripts/ingest/describe/text-tokens.ts";

watchWords(["care", "children", "director", "of", "for", "the", "council", "county", "s", "leavers", "9"]);

function plain(tokens: TextTokens | undefined): unknown {
  return tokens && { offsets: [...tokens.offsets], words: [...tokens.words], next: [...tokens.next] };
}

/** Tokens of a text read afresh: with the recent-texts cache filled with other texts first. */
function fresh(text: string): unknown {
  for (let evict = 0; evict < 5; evict++) textTokens(`evict ${evict} ${text.length}`);
  return plain(textTokens(text));
}

function expectDerivedAsFresh(title: string, body: string): void {
  const texts = itemTexts(title, body);
  const derived = [plain(textTokens(texts.topicTitle)), plain(textTokens(texts.topicBody))];
  expect(texts.topicTitle).toBe(blankRoleTitles(title));
  expect(texts.topicBody).toBe(blankRoleTitles(body));
  expect(derived).toEqual([fresh(blankRoleTitles(title)), fresh(blankRoleTitles(body))]);
}

describe("itemTexts", () => {
  it("gives the title and body the words tokenising them would, job titles blanked", () => {
    expectDerivedAsFresh(
      "Care leavers",
      "The Director of Children’s Services and the County Council care for children.",
    );
    expectDerivedAsFresh("", "The Head of Service for Care Leavers reported.");
    expectDerivedAsFresh("Director of Children", "");
  });

  it("tokenises afresh where a run of letters or digits crosses a job title's edge", () => {
    expectDerivedAsFresh("9Director of Care", "care Director of Care9 care");
  });

  it("tokenises the parts on their own when the whole text cannot be tokenised (ſ)", () => {
    expectDerivedAsFresh("Somerſet care", "The Director of Children and care leavers.");
  });

  it("agrees with tokenising afresh for generated titles and bodies", () => {
    const piece = fc.constantFrom(
      "Director of Children",
      "Head of Service",
      "Portfolio Holder for Children and Families",
      "Chair of the Board",
      "care",
      "Care ",
      "leavers",
      "the County Council",
      "children’s",
      " ",
      "\n",
      "\n\n",
      "9",
      "-",
      "é",
      "ſ",
      "(",
      ",",
    );
    const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (title, body) => expectDerivedAsFresh(title, body)),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) },
    );
  });
});
