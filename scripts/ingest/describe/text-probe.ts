/**
 * A prefilter for the phrase regexes. Running ~1,100 whole-word Unicode regexes
 * over every item cost 2–18 ms an item (issue 5), though almost none can match.
 * Each phrase gets an anchor: plain ASCII words, pairs of neighbouring words and
 * letter runs that every match must contain (case aside). A text whose words
 * lack them skips that regex. Only skipping is decided here, never a match, so
 * results are unchanged (checked against the unfiltered regexes by the
 * describe tests and by scripts/bench/compare-describe.ts).
 */

export interface Anchor {
  /** Plain words of the phrase, each a whole token of the text. */
  tokens: string[];
  /** Neighbouring plain words "a b", adjacent tokens in the text. */
  pairs: string[];
  /** The phrase's last word when a plural "s" may follow it: the token is "w" or "ws". */
  plural?: string;
  /** Letter runs inside hyphenated or apostrophised words, found anywhere in the text. */
  substrings: string[];
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/**
 * Why these are safe: phrase-pattern.ts puts a non-letter boundary or `,?\s+`
 * around each whitespace-separated word, and a letter matches only its own
 * case pair, so the words of a match are whole tokens of the lower-cased text
 * split at every non-[a-z0-9] character, neighbours stay neighbours, and only
 * the last word can gain an "s" (an apostrophe splits the token anyway).
 */
export function phraseAnchor(phrase: string, plural: boolean): Anchor | undefined {
  const words = phrase.trim().split(/\s+/);
  const anchor: Anchor = { tokens: [], pairs: [], substrings: [] };
  words.forEach((word, position) => {
    const last = position === words.length - 1;
    const previous = words[position - 1];
    if (!PLAIN_WORD.test(word)) {
      anchor.substrings.push(...(word.match(/[A-Za-z0-9]{3,}/g) ?? []).map((run) => run.toLowerCase()));
      return;
    }
    const lower = word.toLowerCase();
    if (last && plural) anchor.plural = lower;
    else anchor.tokens.push(lower);
    if (previous !== undefined && PLAIN_WORD.test(previous) && !(last && plural))
      anchor.pairs.push(`${previous.toLowerCase()} ${lower}`);
  });
  const empty =
    anchor.tokens.length === 0 &&
    anchor.pairs.length === 0 &&
    anchor.plural === undefined &&
    anchor.substrings.length === 0;
  return empty ? undefined : anchor;
}

export interface TextProbe {
  mayContain(anchor: Anchor): boolean;
}

// Under the /iu flags "ſ" (U+017F) matches "s" and the Kelvin sign (U+212A) "k",
// yet neither lower-cases to ASCII: texts holding them are not prefiltered.
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

function buildProbe(text: string): TextProbe | undefined {
  if (FOLDS_TO_ASCII.test(text)) return undefined;
  const lowered = text.toLowerCase();
  const words = lowered.split(/[^a-z0-9]+/);
  const tokens = new Set(words);
  const pairs = new Set<string>();
  for (let index = 1; index < words.length; index++) pairs.add(`${words[index - 1]} ${words[index]}`);
  const has = (set: Set<string>, values: readonly string[]): boolean => values.every((value) => set.has(value));
  return {
    mayContain: (anchor) =>
      has(tokens, anchor.tokens) &&
      has(pairs, anchor.pairs) &&
      (anchor.plural === undefined || tokens.has(anchor.plural) || tokens.has(`${anchor.plural}s`)) &&
      anchor.substrings.every((run) => lowered.includes(run)),
  };
}

// The describe step probes three texts an item (whole, title, body): keep a few.
const recent: { text: string; probe: TextProbe | undefined }[] = [];
const KEEP = 4;

/** The probe for `text`, built once per text. */
export function probeText(text: string): TextProbe | undefined {
  const known = recent.find((entry) => entry.text === text);
  if (known !== undefined) return known.probe;
  const probe = buildProbe(text);
  recent.unshift({ text, probe });
  if (recent.length > KEEP) recent.pop();
  return probe;
}
