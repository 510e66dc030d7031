/**
 * Words, sentences and padding shaped like council minutes, for the property
 * tests: ordinary English and Welsh words, the abbreviations and typos the
 * catalogue lists, random Unicode words, and text that looks like Markdown or HTML.
 */
import fc from "fast-check";

const english = [
  "the",
  "Committee",
  "considered",
  "report",
  "of",
  "Director",
  "children",
  "care",
  "leavers",
  "Members",
  "asked",
  "about",
  "placement",
  "sufficiency",
  "that",
  "be",
  "noted",
  "and",
  "officers",
  "would",
  "Cllr",
  "HLAC",
  "Manger",
  "Ofsted",
  "Councillor",
  "Smith",
  "update",
  "in",
  "six",
  "months",
  "£1.2m",
  "9.40am",
  "(09.15)",
  "21st",
  "May",
  "2020",
  "23/01/2020",
  "12-07-21",
  "Monday,",
  "5th",
  "September,",
  "a",
  "i",
  "v",
  "x",
  "o",
  "A",
  "I",
  "B.",
  "2.5",
  "29.1",
];
const welsh = [
  "Cafodd",
  "yr",
  "adroddiad",
  "ei",
  "gyflwyno",
  "gan",
  "Bennaeth",
  "Gwasanaethau",
  "Plant",
  "o'r",
  "13eg",
  "Mehefin,",
  "2018",
  "Cyngor",
  "ddiweddariad",
  "Gw?r",
];
// Scripts and characters that break naive word handling: accents, Welsh ŵ, dotted/dotless i, ß, ligatures, CJK, Greek, Cyrillic, Arabic.
const exotic = ["ŵ", "é", "ß", "İ", "ı", "ﬁ", "Ł", "ø", "ž", "Ω", "ж", "中", "文", "ع", "ŷ", "ñ", "ç", "½", "²", "٣"];
const lookalikes = [
  "# not a heading",
  "**bold**",
  "_em_",
  "~~gone~~",
  "`code`",
  "<script>alert(1)</script>",
  "<b>bold</b>",
  "[link](javascript:alert(1))",
  "![img](x.png)",
  "&amp;",
  "&lt;b&gt;",
  "&#x41;",
  "| cell |",
  "> quoted",
  "\\*",
  "https://example.gov.uk/minutes?id=5&x=1",
  "clerk@example.gov.uk",
  "www.example.org",
  "<AI1>",
  "</AI2>",
  "{{ title }}",
  "---",
  "***",
  "1.",
  "+",
  "=",
  "[^1]",
  "<!-- c -->",
  "$x$",
  ":::",
  "::: note",
];

const unicodeWord = fc
  .array(fc.constantFrom(...exotic, "a", "e", "n", "r", "1"), { minLength: 1, maxLength: 6 })
  .map((chars) => chars.join(""));

/** One token: mostly real words, sometimes Unicode or Markdown/HTML-looking text. */
export const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...english) },
  { weight: 2, arbitrary: fc.constantFrom(...welsh) },
  { weight: 2, arbitrary: unicodeWord },
  { weight: 1, arbitrary: fc.constantFrom(...lookalikes) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }).filter((s) => !/[\r\n]/u.test(s)),
  },
);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A sentence of 1-14 tokens, usually capitalised and ending in punctuation. */
export const sentence = fc
  .tuple(
    fc.array(token, { minLength: 1, maxLength: 14 }),
    fc.constantFrom(".", ".", ";", "; and", ":", "", "?"),
    fc.boolean(),
  )
  .map(([tokens, end, capital]) => {
    const text = `${tokens.join(" ")}${end}`;
    return capital ? capitalise(text) : text;
  });

/** Spaces, NBSPs and tabs as Word exports pad list markers and blank-looking lines. */
export const padding = fc
  .array(fc.constantFrom(" ", " ", "\u00a0", "\t"), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.join(""));

/** A blank-looking line: empty, spaces or NBSP only. */
export const blankLine = fc.constantFrom("", "", " ", "\u00a0", "\u00a0\u00a0 ", "\t");

/** Splits a text into lines at random word boundaries, as pages broken mid-sentence print it. */
export function wrap(text: string, cuts: readonly number[]): string[] {
  const words = text.split(" ");
  const lines: string[] = [];
  let start = 0;
  for (const cut of [...new Set(cuts.map((c) => 1 + (c % Math.max(1, words.length))))].sort((a, b) => a - b)) {
    if (cut <= start || cut >= words.length) continue;
    lines.push(words.slice(start, cut).join(" "));
    start = cut;
  }
  lines.push(words.slice(start).join(" "));
  return lines;
}

export const cuts = fc.array(fc.nat(40), { maxLength: 3 });
