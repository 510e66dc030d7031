/**
 * The Snowball English ("Porter2") stemmer as Pagefind 1.6 runs it (its
 * pagefind_stem crate is generated from Snowball 3.0's english.sbl: "organ",
 * "univers", "inter" … start R1; "-ogist" → "-og"; "added" keeps its "dd";
 * C+"ying" → C+"ie"). The term directory needs the very string Pagefind's
 * WebAssembly will prefix-match, so this must agree with it word for word:
 * tests/unit/search/stem-english.test.ts compares it with Pagefind's own
 * stems, read back from an index of thousands of words.
 *
 * Written from the algorithm's definition (snowballstem.org), over an array
 * of characters so non-ASCII letters count as one character each, as in
 * Snowball. The npm stemmers (porter2, snowball-stemmers) implement older
 * versions and differ on about 230 of 104,000 dictionary words.
 */

const vowels = new Set("aeiouy");
const isVowel = (char: string | undefined): boolean => char !== undefined && vowels.has(char);
/** Non-vowels other than w, x and Y, for the short-syllable test. */
const isPlainConsonant = (char: string | undefined): boolean =>
  char !== undefined && !vowels.has(char) && char !== "w" && char !== "x" && char !== "Y";

/** Whole words with a fixed stem (exception1). */
const exceptions = new Map([
  ["skis", "ski"],
  ["skies", "sky"],
  ["idly", "idl"],
  ["gently", "gentl"],
  ["ugly", "ugli"],
  ["early", "earli"],
  ["only", "onli"],
  ["singly", "singl"],
  ["sky", "sky"],
  ["news", "news"],
  ["howe", "howe"],
  ["atlas", "atlas"],
  ["cosmos", "cosmos"],
  ["bias", "bias"],
  ["andes", "andes"],
]);

/** Word starts after which R1 begins, instead of after the first vowel–consonant pair. */
const r1Prefixes = ["arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers"];

/** Words that keep -ing or -eed whole (the part before the ending must be the entire word). */
const keepIngAfter = new Set(["even", "cann", "inn", "earr", "herr", "out"]);
const keepEedAfter = new Set(["succ", "proc", "exc"]);

const doubles = new Set(["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]);
const validLi = new Set("cdeghkmnrt");

type Word = string[];

const endsWith = (word: Word, suffix: string): boolean => word.slice(-suffix.length).join("") === suffix;

/** The longest of the suffixes the word ends with, if any (Snowball's `among` in backward mode). */
function longestSuffix(word: Word, suffixes: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const suffix of suffixes) {
    if (word.length >= suffix.length && endsWith(word, suffix) && suffix.length > (best?.length ?? -1)) best = suffix;
  }
  return best;
}

const replaceEnd = (word: Word, length: number, by: string): void => {
  word.splice(word.length - length, length, ...by);
};

/** R1 and R2 as character positions (the word's length when a region is empty). */
function regions(word: Word): { p1: number; p2: number } {
  const text = word.join("");
  const afterPair = (from: number): number | undefined => {
    let at = from;
    while (at < word.length && !isVowel(word[at])) at += 1;
    while (at < word.length && isVowel(word[at])) at += 1;
    return at < word.length ? at + 1 : undefined;
  };
  const prefix = r1Prefixes.find((start) => text.startsWith(start));
  const p1 = prefix !== undefined ? Array.from(prefix).length : afterPair(0);
  if (p1 === undefined) return { p1: word.length, p2: word.length };
  return { p1, p2: afterPair(p1) ?? word.length };
}

/** A short syllable ends the first `end` characters. */
function endsInShortSyllable(word: Word, end: number): boolean {
  const [c1, c2, c3] = [word[end - 3], word[end - 2], word[end - 1]];
  if (end >= 3 && !isVowel(c1) && isVowel(c2) && isPlainConsonant(c3)) return true;
  if (end === 2 && isVowel(c2) && !isVowel(c3)) return true;
  return word.slice(0, end).join("").endsWith("past");
}

function step1a(word: Word): void {
  const apostrophe = longestSuffix(word, ["'s'", "'s", "'"]);
  if (apostrophe) replaceEnd(word, apostrophe.length, "");
  const suffix = longestSuffix(word, ["sses", "ied", "ies", "s", "ss", "us"]);
  if (suffix === "sses") replaceEnd(word, 4, "ss");
  else if (suffix === "ied" || suffix === "ies") replaceEnd(word, 3, word.length - 3 >= 2 ? "i" : "ie");
  else if (suffix === "s") {
    // Delete the s if a vowel comes before the letter just before it.
    const before = word.length - 2;
    if (before >= 0 && word.slice(0, before).some(isVowel)) replaceEnd(word, 1, "");
  }
}

function step1b(word: Word, p1: number): void {
  const suffix = longestSuffix(word, ["eed", "eedly", "ed", "edly", "ing", "ingly"]);
  if (suffix === undefined) return;
  const stemLength = word.length - suffix.length;
  const stem = word.slice(0, stemLength);
  if (suffix === "eed" || suffix === "eedly") {
    if (stemLength >= p1 && !keepEedAfter.has(stem.join(""))) replaceEnd(word, suffix.length, "ee");
    return;
  }
  if (suffix === "ing") {
    if (keepIngAfter.has(stem.join(""))) return;
    // dying → die, lying → lie: one consonant, then "ying".
    if (stem.length === 2 && stem[1] === "y" && !isVowel(stem[0])) {
      replaceEnd(word, 4, "ie");
      return;
    }
  }
  if (!stem.some(isVowel)) return;
  word.length = stemLength;
  const end = word.slice(-2).join("");
  if (word.length >= 2 && (end === "at" || end === "bl" || end === "iz")) word.push("e");
  else if (word.length >= 2 && doubles.has(end)) {
    // "add", "ebb", "egg", "err", "off" keep their double letter.
    if (!(word.length === 3 && "aeo".includes(word[0] ?? ""))) word.length -= 1;
  } else if (word.length === p1 && endsInShortSyllable(word, word.length)) word.push("e");
}

function step1c(word: Word): void {
  const last = word.length - 1;
  if ((word[last] === "y" || word[last] === "Y") && last >= 2 && !isVowel(word[last - 1])) word[last] = "i";
}

const step2Rules: Record<string, string> = {
  tional: "tion",
  enci: "ence",
  anci: "ance",
  abli: "able",
  entli: "ent",
  izer: "ize",
  ization: "ize",
  ational: "ate",
  ation: "ate",
  ator: "ate",
  alism: "al",
  aliti: "al",
  alli: "al",
  fulness: "ful",
  fulli: "ful",
  ousli: "ous",
  ousness: "ous",
  iveness: "ive",
  iviti: "ive",
  biliti: "ble",
  bli: "ble",
  ogist: "og",
  ogi: "og",
  lessli: "less",
  li: "",
};

function step2(word: Word, p1: number): void {
  const suffix = longestSuffix(word, Object.keys(step2Rules));
  if (suffix === undefined || word.length - suffix.length < p1) return;
  const before = word[word.length - suffix.length - 1];
  if (suffix === "ogi" && before !== "l") return;
  if (suffix === "li" && !validLi.has(before ?? "")) return;
  replaceEnd(word, suffix.length, step2Rules[suffix] ?? "");
}

const step3Rules: Record<string, string> = {
  tional: "tion",
  ational: "ate",
  alize: "al",
  icate: "ic",
  iciti: "ic",
  ical: "ic",
  ful: "",
  ness: "",
  ative: "",
};

function step3(word: Word, p1: number, p2: number): void {
  const suffix = longestSuffix(word, Object.keys(step3Rules));
  if (suffix === undefined) return;
  const start = word.length - suffix.length;
  if (start < p1 || (suffix === "ative" && start < p2)) return;
  replaceEnd(word, suffix.length, step3Rules[suffix] ?? "");
}

const step4Suffixes = [
  "al",
  "ance",
  "ence",
  "er",
  "ic",
  "able",
  "ible",
  "ant",
  "ement",
  "ment",
  "ent",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
  "ion",
];

function step4(word: Word, p2: number): void {
  const suffix = longestSuffix(word, step4Suffixes);
  if (suffix === undefined || word.length - suffix.length < p2) return;
  if (suffix === "ion") {
    const before = word[word.length - 4];
    if (before === "s" || before === "t") replaceEnd(word, 3, "");
    return;
  }
  replaceEnd(word, suffix.length, "");
}

function step5(word: Word, p1: number, p2: number): void {
  const last = word.length - 1;
  if (word[last] === "e") {
    if (last >= p2 || (last >= p1 && !endsInShortSyllable(word, last))) word.length = last;
  } else if (word[last] === "l" && last >= p2 && word[last - 1] === "l") word.length = last;
}

/** The stem of one lower-case word, as Pagefind's English stemmer gives it. */
export function stemEnglish(input: string): string {
  const fixed = exceptions.get(input);
  if (fixed !== undefined) return fixed;
  const word = Array.from(input);
  if (word.length < 3) return input;
  if (word[0] === "'") word.shift();
  let foundY = false;
  for (let at = 0; at < word.length; at += 1) {
    if (word[at] === "y" && (at === 0 || isVowel(word[at - 1]))) {
      word[at] = "Y";
      foundY = true;
    }
  }
  const { p1, p2 } = regions(word);
  step1a(word);
  step1b(word, p1);
  step1c(word);
  step2(word, p1);
  step3(word, p1, p2);
  step4(word, p2);
  step5(word, p1, p2);
  const stem = word.join("");
  return foundY ? stem.replaceAll("Y", "y") : stem;
}
