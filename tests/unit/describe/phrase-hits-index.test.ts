import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPhraseHits, phraseToRegExp, type PhraseOptions } from "../../../scripts/ingest/describe/phrase-pattern.ts";
import { phraseStart } from "../../../scripts/ingest/describe/phrase-start.ts";
import { textTokens, watchWords, wordId } from "../../../scripts/ingest/describe/text-tokens.ts";

// findPhraseHits tries each regex only where the text has one of the phrase's
// start words; a plain global scan of the same regex is the specification.
function expectSameAsScan(phrase: string, text: string, options: PhraseOptions = {}): void {
  const pattern = phraseToRegExp(phrase, options);
  const scanned = [...text.matchAll(pattern)].map((m) => ({ key: 0, index: m.index, end: m.index + m[0].length }));
  expect(findPhraseHits(text, [{ key: 0, pattern }])).toEqual(scanned);
}

const ALL_OPTIONS: PhraseOptions[] = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) => ({
  caseSensitive: (bits & 1) > 0,
  plural: (bits & 2) > 0,
  hyphenJoins: (bits & 4) > 0,
}));

const CASES: [string, string][] = [
  ["multi-agency", "multi-agency, multi agency, multiagency, multi–agency, multi‐agency, MULTIAGENCYS, multi-agencys"],
  ["Stoke-on-Trent", "Stoke-on-Trent, Stoke on Trent, StokeonTrent, Stoke-onTrent, north-Stoke-on-Trent-based"],
  ["care leaver", "care leavers, care leaver’s, care leaver`s, care leavers’, Care,  Leaver and care\nleaverss"],
  ["leaver", "leavers leaver’s leaver´ leaverss leaver-s"],
  ["CiC", "CiC CIC cic CiCs CIC's Cic"],
  ["Action for Children", "Action for Children, ACTION FOR CHILDREN, action for children, Action, for Children"],
  ["children's services", "children’s services, Children‘s Services, childrens services, children s services"],
  ["Somerset", "North Somerset, Somerſet, SOMERSET, éSomerset, Somerset9, 9Somerset, Somerseté"],
  ["Kent", "Kent, \u212Aent, KENT, Kentish"],
  ["Ynys Môn", "Ynys Môn, YNYS MÔN, ynys môn, Ynys Mon"],
  ["Who Cares? Trust", "The Who Cares? Trust and the Who Care Trust"],
  ["St. Helens", "St. Helens, St Helens, ST. HELENS"],
  ["0-19 service", "0-19 services, 019 service, 0 19 service"],
  ["new new", "new new new new new"],
  ["Newcastle", "Newcastle-under-Lyme, Newcastle, Newcastle-9, x-Newcastle"],
  ["pre-", "pre- pre pres pre–s"],
  ["İstanbul", "İstanbul, istanbul, ISTANBUL"],
  [
    "The Highland Council",
    "the Highland Council, The highland, the the Highland Council, The  Highland-Council, the\nHIGHLAND, COUNCIL",
  ],
  ["Ynys Môn", "Ynys Môn, ynys mon, Ynys  MÔN"],
  ["Bro Ōtautahi", "Bro Ōtautahi, bro ōtautahi, Bro Otautahi"],
  ["care in-house", "care in-house, care inhouse, care in house, care, in-house"],
];

describe("findPhraseHits with the start-word index", () => {
  for (const [phrase, text] of CASES) {
    it(`finds exactly what a full scan finds: "${phrase}"`, () => {
      for (const options of ALL_OPTIONS) {
        expectSameAsScan(phrase, text, options);
        expectSameAsScan(phrase, text.toUpperCase(), options);
        expectSameAsScan(phrase, text.toLowerCase(), options);
        // "İ" lower-cases to two code units, shifting offsets in a lower-cased copy.
        expectSameAsScan(phrase, `İİ ${text}`, options);
      }
    });
  }

  it("finds exactly what a full scan finds, for generated phrases and texts", () => {
    const words = [
      "care",
      "leaver",
      "Care",
      "LEAVERS",
      "multi-agency",
      "St.",
      "Helens",
      "Môn",
      "in-house",
      "the",
      "SEND",
    ];
    const glue = [" ", "  ", ", ", "-", "–", "’s", "s", "'", "\n", "9", "é", "İ", "ſ", "(", "x-"];
    const phrase = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(" "));
    const text = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 12 })
      .map((parts) => parts.flat().join(""));
    fc.assert(
      fc.property(phrase, text, fc.constantFrom(...ALL_OPTIONS), (p, t, options) => expectSameAsScan(p, t, options)),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) },
    );
  }, 120_000);

  it("scans whole texts holding characters that fold to ASCII (ſ, the Kelvin sign)", () => {
    expect(textTokens("Somerſet")).toBeUndefined();
    expect(findPhraseHits("Somerſet", [{ key: 0, pattern: phraseToRegExp("Somerset") }])).toHaveLength(1);
  });

  it("still scans with regexes it did not build", () => {
    expect(findPhraseHits("a foo b", [{ key: 0, pattern: /foo/g }])).toEqual([{ key: 0, index: 2, end: 5 }]);
  });
});

describe("phraseStart", () => {
  it("lists each way the first word can begin a match", () => {
    expect(phraseStart("multi-agency working")).toEqual({ first: ["multi", "multiagency"] });
    expect(phraseStart("leaver", { plural: true })).toEqual({ first: ["leaver", "leavers"] });
    expect(phraseStart("children's services")).toEqual({ first: ["children"] });
    expect(phraseStart("CiC", { caseSensitive: true })).toEqual({ first: ["cic"] });
  });

  it("knows the next word when the first is plain", () => {
    expect(phraseStart("The Highland Council")).toEqual({ first: ["the"], second: ["highland"] });
    expect(phraseStart("care leaver", { plural: true })).toEqual({ first: ["care"], second: ["leaver", "leavers"] });
    expect(phraseStart("in-house provision")).toEqual({ first: ["in", "inhouse"] });
    expect(phraseStart("Stoke on-Trent")).toEqual({ first: ["stoke"], second: ["on", "ontrent"] });
    expect(phraseStart("Ynys Môn")).toEqual({ first: ["ynys"], second: ["m"] });
    expect(phraseStart("Bro Ōtautahi")).toEqual({ first: ["bro"] });
  });

  it("gives up where a match need not start at an ASCII word", () => {
    expect(phraseStart("Ōtautahi")).toBeUndefined();
    expect(phraseStart("(CAMHS)")).toBeUndefined();
    expect(phraseStart("\u212Aent")).toBeUndefined();
  });
});

/** The tokens as plain arrays, for comparing. */
function plain(
  tokens: ReturnType<typeof textTokens>,
): { offsets: number[]; words: number[]; next: number[] } | undefined {
  return tokens && { offsets: [...tokens.offsets], words: [...tokens.words], next: [...tokens.next] };
}

describe("textTokens", () => {
  it("records where each watched word starts in the original text, and the word after it", () => {
    watchWords(["care", "leavers"]);
    const [care, leavers] = [wordId("care"), wordId("leavers")];
    // "İ" lower-cases to two code units; offsets are still those of the original text.
    expect(plain(textTokens("İ Care, care-leavers"))).toEqual({
      offsets: [2, 8, 13],
      words: [care, care, leavers],
      next: [care, leavers, -1],
    });
    // A word nobody watches is not recorded, and a watched word before it has no known next word.
    expect(plain(textTokens("İ Care, unwatched"))).toEqual({ offsets: [2], words: [care], next: [-1] });
  });

  it("matches words whatever their case, and only whole runs of letters and digits", () => {
    watchWords(["ofsted"]);
    expect(plain(textTokens("OFSTED, Ofsted2 ofsted"))?.offsets).toEqual([0, 16]);
  });
});
