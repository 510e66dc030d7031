/**
 * Whole raw files shaped like the catalogue's page forms: item pages (with or
 * without "Agenda item", "Minutes:", a description, documents; labels in
 * English or Welsh), issue-history entries, whole-meeting pages, a
 * frontmatter-like block on top, and CR, LF or CRLF line endings.
 */
import fc from "fast-check";
import { bodyPiece, type Piece } from "./body-arbitraries.ts";
import { blankLine, sentence, token } from "./text-arbitraries.ts";

export interface GeneratedPage {
  text: string;
  /** Words printed as structure: labels, "Meeting:" lines, bullet glyphs that are letters. */
  structural: string[];
}

const title = fc
  .array(token, { minLength: 0, maxLength: 6 })
  .map((words) => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" "));
const minutesLabel = fc.constantFrom("Minutes:", "Minutes:", "Cofnodion:", "Cofnod:", "");
const documentsLabel = fc.constantFrom("Supporting documents:", "Additional documents:", "Dogfennau ychwanegol:");
const sizeSuffix = fc.constantFrom("", " pdf icon PDF 74 KB", " PDF 312 KB", " pdf eicon PDF 1.5 MB");

const body = fc.array(bodyPiece, { minLength: 0, maxLength: 8 }).map((pieces) => ({
  lines: pieces.flatMap((p) => ["", ...p.lines]),
  structural: pieces.flatMap((p) => p.structural),
}));

const item = fc
  .record({
    agendaLabel: fc.constantFrom("Agenda item", "Agenda item", "Eitem agenda", "", "twice"),
    title,
    description: fc.option(sentence, { nil: undefined }),
    minutes: minutesLabel,
    body,
    documents: fc.option(
      fc.tuple(documentsLabel, fc.array(fc.tuple(title, sizeSuffix), { minLength: 1, maxLength: 3 })),
      { nil: undefined },
    ),
  })
  .map(({ agendaLabel, title, description, minutes, body, documents }): Piece => {
    const lines: string[] = [];
    const structural = [...body.structural];
    const agenda =
      agendaLabel === "twice" ? ["Agenda item", "", "Agenda item"] : agendaLabel === "" ? [] : [agendaLabel];
    structural.push(...agenda);
    lines.push(...agenda, "", title, "");
    if (description !== undefined) lines.push(description, "");
    if (minutes !== "") {
      lines.push(minutes);
      structural.push(minutes);
    }
    lines.push(...body.lines, "");
    if (documents) {
      lines.push(documents[0], "", ...documents[1].map(([name, size]) => `${name || "Report"}${size}`));
      structural.push(documents[0]);
    }
    return { lines, structural };
  });

/** "Meeting: 23/01/2020 - Committee (Item 25)" then a numbered title, a "Decision:" block and the minutes. */
const issueHistory = fc
  .tuple(title, fc.array(sentence, { minLength: 1, maxLength: 2 }), fc.boolean(), body)
  .map(([name, decision, twice, minutes]): Piece => {
    const meeting = `Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)`;
    const decided = twice ? [...decision, ...decision] : decision;
    return {
      lines: [
        meeting,
        "",
        `25 ${name || "Allowances"}`,
        "",
        "Decision:",
        "",
        ...decided,
        "",
        "Minutes:",
        ...minutes.lines,
      ],
      structural: [meeting, "25", "Decision", "Minutes", ...minutes.structural],
    };
  });

/** A meeting header, then items each opened by a number on its own line. */
const wholeMeeting = fc
  .array(fc.tuple(fc.constantFrom("1.", "87.", "CYP/15/24", "65/08", "27a."), title, body), {
    minLength: 1,
    maxLength: 3,
  })
  .map((items): Piece => {
    const header = [
      "Corporate Parenting Board - Thursday, 9th November, 2023 2.00 pm",
      "",
      "Venue: Council Chamber",
      "Contact: Jane Smith",
    ];
    const lines = [...header, ""];
    const structural = [...header];
    for (const [number, name, minutes] of items) {
      lines.push(number, "", name || "Apologies", "", "Minutes:", ...minutes.lines, "");
      structural.push(number, "Minutes", ...minutes.structural);
    }
    return { lines, structural };
  });

/** Older minutes: no labels at all, each item opened by "219 UPPER-CASE HEADING – first sentence" or "(30) HEADING". */
const olderFormat = fc
  .array(
    fc.tuple(
      fc.constantFrom("DECLARATIONS OF INTEREST", "LOOKED AFTER CHILDREN (28)", "MISSING CHILDREN"),
      fc.boolean(),
      sentence,
      fc.array(sentence, { maxLength: 3 }),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((items): Piece => {
    const lines: string[] = [];
    items.forEach(([heading, bracketed, first, rest], index) => {
      const number = bracketed ? `(${30 + index})` : `${219 + index}`;
      lines.push(`${number} ${heading} – ${first}`, "", ...rest.flatMap((text) => [text, ""]));
    });
    return { lines, structural: [] };
  });

const frontmatter = fc.constantFrom([], [], [], ["---", "title: evil", "council: Nowhere Council", "---"]);

/** Joins lines with one ending, or a random mix of CR, LF and CRLF. */
const joinLines = (lines: string[], endings: readonly string[]): string =>
  lines.map((line, index) => `${line}${endings[index % endings.length] ?? "\n"}`).join("");

export const rawPage: fc.Arbitrary<GeneratedPage> = fc
  .tuple(
    frontmatter,
    fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { minLength: 1, maxLength: 2 }) },
      { weight: 1, arbitrary: issueHistory.map((p) => [p]) },
      { weight: 1, arbitrary: wholeMeeting.map((p) => [p]) },
      { weight: 1, arbitrary: olderFormat.map((p) => [p]) },
    ),
    fc.oneof(
      fc.constantFrom(["\n"], ["\r\n"], ["\r"]),
      fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 1, maxLength: 5 }),
    ),
    fc.array(blankLine, { maxLength: 2 }),
  )
  .map(([top, pieces, endings, trailing]) => ({
    text: joinLines([...top, ...pieces.flatMap((p) => [...p.lines, ""]), ...trailing], endings),
    structural: pieces.flatMap((p) => p.structural),
  }));
