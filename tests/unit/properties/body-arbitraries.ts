/**
 * The building blocks of an item's minutes, from the catalogue
 * (/work/shared/minutes-variants.md): paragraphs broken mid-sentence, lists in
 * every numbering style with padding and markers alone on their line, section
 * labels, every decision form, attendance blocks, flattened tables, actions,
 * notes and furniture. Each piece lists the words it prints as pure structure
 * (a bullet "o"), which may leave the page.
 */
import fc from "fast-check";
import { blankLine, cuts, padding, sentence, token, wrap } from "./text-arbitraries.ts";

export interface Piece {
  lines: string[];
  /** Words printed as structure (labels, bullet glyphs that are letters) that the page may drop or show. */
  structural: string[];
}

const piece = (lines: string[], structural: string[] = []): Piece => ({ lines, structural });

const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 3 }), cuts)
  .map(([sentences, at]) => piece(wrap(sentences.join(" "), at)));

const roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
const styles: ((n: number) => string)[] = [
  (n) => `${roman[n]})`,
  (n) => `(${roman[n]})`,
  (n) => `${roman[n]}.`,
  (n) => `${roman[n]?.toUpperCase()}.`,
  (n) => `${"abcdefghijkl"[n]})`,
  (n) => `(${"abcdefghijkl"[n]})`,
  (n) => `${"ABCDEFGHIJKL"[n]}.`,
  (n) => `${n + 1}.`,
  (n) => `${n + 1})`,
  (n) => `(${n + 1})`,
  () => "1.",
  (n) => `29.${n + 1}`,
  (n) => `20.1.${n + 1}`,
  () => "·",
  () => "•",
  () => "-",
  () => "\uF0B7",
  () => "o",
];

/** One list: a style, 1-12 items, padding, markers alone on their line, wrapped text, empty items, blank lines or none. */
const list = fc
  .record({
    style: fc.nat(styles.length - 1),
    items: fc.array(fc.tuple(sentence, cuts, fc.boolean(), padding, fc.nat(3)), { minLength: 1, maxLength: 12 }),
    blanks: fc.boolean(),
    indent: fc.constantFrom("", "   ", "\u00a0 "),
  })
  .map(({ style, items, blanks, indent }) => {
    const lines: string[] = [];
    const structural: string[] = [];
    items.forEach(([text, at, alone, pad, emptyRoll], index) => {
      const marker = styles[style]?.(index) ?? "-";
      // Word's "o" bullet comes padded with a tab; with one space it would be the Welsh word "o".
      const gap = marker === "o" ? `\t${pad}` : pad;
      if (marker === "o") structural.push("o");
      const body = emptyRoll === 0 && index > 0 ? "" : text;
      const [first = "", ...rest] = wrap(body, at);
      if (alone || first === "") lines.push(`${indent}${marker}`, ...(first === "" ? [] : [first]));
      else lines.push(`${indent}${marker}${gap}${first}`);
      lines.push(...rest.map((line) => `${indent}${line}`));
      if (blanks) lines.push("");
    });
    return piece(lines, structural);
  });

const nested = fc.tuple(list, list, list).map(([outer, inner, innermost]) => {
  const lines = [...outer.lines];
  lines.splice(1, 0, ...inner.lines.slice(0, 3), ...innermost.lines, ...inner.lines.slice(3));
  return piece(lines, [...outer.structural, ...inner.structural, ...innermost.structural]);
});

const sectionLabel = fc
  .constantFrom(
    "Key Issues:",
    "Context:",
    "Member Scrutiny:",
    "Committee’s Conclusion:",
    "PRESENT:",
    "Apologies for absence:",
    "DECLARATIONS OF INTEREST",
    "Action Points:",
    "In attendance:",
    "Members raised the following points:",
    "The Panel noted:",
  )
  .map((label) => piece([label]));

const decisionOpeners = [
  ["RESOLVED:", ""],
  ["RESOLVED", ""],
  ["RESOLVED –", ""],
  ["RESOLVED – That", "That"],
  ["RESOLVED that", "that"],
  ["Resolved – (a) That", "(a) That"],
  ["RESOLVED that:", ""],
  ["RESOLVED", "For the reasons set out in the report: -"],
  ["RESOLVED (unanimously) that", "that"],
  ["AGREED – That", "That"],
  ["It was agreed that: -", ""],
  ["Agreed:-", ""],
  ["The Committee resolved:", ""],
  ["The Committee NOTED", "NOTED"],
  ["Penderfyniad:", ""],
  ["Penderfynwyd", ""],
  ["Penderfynwyd:", ""],
  ["Decision:", ""],
] as const;

const decision = fc
  .tuple(fc.constantFrom(...decisionOpeners), fc.array(blankLine, { maxLength: 3 }), fc.oneof(paragraph, list))
  // "Decision:" / "Penderfyniad:" are page labels too: the page may show them as a heading or take them as structure.
  .map(([[opener], blanks, after]) =>
    piece(
      [opener, ...blanks, ...after.lines],
      [...after.structural, ...(/^(?:Decision|Penderfyniad):$/u.test(opener) ? [opener.slice(0, -1)] : [])],
    ),
  );

const inlineDecision = fc
  .tuple(sentence, sentence)
  .map(([before, after]) => piece([`${before} RESOLVED that ${after}`]));

const attendance = fc
  .array(fc.tuple(fc.constantFrom("Councillor", "Cllr", "Mr", "Ms"), token, token), { minLength: 1, maxLength: 6 })
  .map((people) => piece(["PRESENT:", ...people.map((words) => words.join(" "))]));

const table = fc
  .tuple(fc.array(token, { minLength: 2, maxLength: 8 }), fc.boolean())
  .map(([cells, piped]) =>
    piece(piped ? [`${cells.slice(0, 2).join(" | ")} |`, `${cells.slice(2).join(" | ")} |`] : cells),
  );

const asides = fc
  .tuple(token, token)
  .chain(([name, clerk]) =>
    fc.constantFrom(
      piece([`Councillor ${name} entered the meeting at 9.40am.`]),
      piece([`Action: ${clerk}`]),
      piece([`(*Subsequent to the meeting ${name} circulated the slides.)`]),
      piece([`For the attention of: ${name}`]),
      piece([`The clerk to circulate the slides. ACTION`]),
    ),
  );

const furniture = fc.constantFrom(
  piece(["pdf icon PDF 74 KB"]),
  piece(["skip navigation and tools"]),
  piece(["Toggle mobile menu visibility"]),
  piece(["<AI1>"]),
  piece(["pdf eicon"]),
);

const blanks = fc.array(blankLine, { minLength: 1, maxLength: 5 }).map((lines) => piece(lines));

export const bodyPiece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 4, arbitrary: list },
  { weight: 1, arbitrary: nested },
  { weight: 2, arbitrary: sectionLabel },
  { weight: 3, arbitrary: decision },
  { weight: 1, arbitrary: inlineDecision },
  { weight: 1, arbitrary: attendance },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: asides },
  { weight: 1, arbitrary: furniture },
  { weight: 3, arbitrary: blanks },
);
