/**
 * Each synthetic item carries one made-up word found nowhere else, so the
 * benchmark can check that searching it returns exactly that item.
 *
 * Markers are all the same length (so none is a prefix of another: Pagefind
 * matches prefixes) and use no vowels, "s" or "y" (so the English stemmer has
 * no suffix to strip and two markers never share a stem).
 */
const LETTERS = "bcdfghjklmnpqrtvwxz"; // 19 letters
const BODY_LENGTH = 7; // 19^7 ≈ 894 million markers
const PREFIX = "zq";

/** A bijective scramble of 0..19^7-1, so neighbouring items get unrelated-looking markers. */
const SPACE = 19 ** BODY_LENGTH;
const MULTIPLIER = 387_420_489; // 9^9: coprime with 19, so i ↦ i·M mod 19^7 is a bijection
const OFFSET = 123_456_789;

export function markerWord(index: number): string {
  let value = (Number((BigInt(index) * BigInt(MULTIPLIER)) % BigInt(SPACE)) + OFFSET) % SPACE;
  let body = "";
  for (let position = 0; position < BODY_LENGTH; position++) {
    body = (LETTERS[value % LETTERS.length] ?? "b") + body;
    value = Math.floor(value / LETTERS.length);
  }
  return `${PREFIX}${body}`;
}
