/**
 * One synthetic raw minutes file, in the forms the samples and the fixtures
 * show: most are "Agenda item" pages (meeting details from the manifest), a
 * fifth are issue-history pages carrying their own meeting line. Bodies vary
 * in length, list style (i), (a), 1., ·), section labels and resolutions.
 */
import { markerWord } from "./marker-word.ts";
import type { Random } from "./random.ts";
import * as words from "./vocabulary.ts";

export interface SyntheticItem {
  /** Raw file name, e.g. "000123_item.txt". */
  file: string;
  text: string;
  /** The one word only this item contains. */
  marker: string;
  title: string;
  council: string;
  committee: string;
  /** YYYY-MM-DD, or undefined for the few items with no meeting date anywhere. */
  meetingDate: string | undefined;
  /** Whether the meeting details belong in the manifest (agenda-item pages do not print them). */
  inManifest: boolean;
}

const listStyles = [
  (n: number) => `${toRoman(n)})`,
  (n: number) => `(${String.fromCharCode(96 + n)})`,
  (n: number) => `${n}.`,
  () => "·",
];

function toRoman(n: number): string {
  return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1] ?? `${n}`;
}

/** Fisher–Yates on a copy, driven by the seeded source. */
function shuffled<T>(values: readonly T[], random: Random): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function fill(template: string, random: Random, context: { council: string; subject: string; year: number }): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case "role":
        return random.pick(words.roles);
      case "subject":
        return context.subject;
      case "council":
        return context.council;
      case "surname":
        return random.pick(words.surnames);
      case "percent":
        return `${2 + random.int(38)}`;
      case "count":
        return `${3 + random.int(180)}`;
      case "money":
        return `£${(10 + random.int(990)).toLocaleString("en-GB")},${String(random.int(1000)).padStart(3, "0")}`;
      case "month":
        return random.pick(words.months);
      case "date":
        return `${1 + random.int(28)} ${random.pick(words.months)} ${context.year + random.int(2)}`;
      case "kb":
        return `${20 + random.int(900)}`;
      default:
        return slot;
    }
  });
}

function isoDate(year: number, random: Random): string {
  return `${year}-${String(1 + random.int(12)).padStart(2, "0")}-${String(1 + random.int(28)).padStart(2, "0")}`;
}

export function syntheticItem(
  index: number,
  random: Random,
  councils: readonly string[],
  years: readonly number[],
): SyntheticItem {
  const council = random.pick(councils);
  const committee = random.pick(words.committees);
  const subject = random.pick(words.subjects);
  const title = `${subject}${random.pick(words.titleSuffixes)}`;
  const year = random.pick(years);
  const dated = !random.chance(0.02);
  const meetingDate = dated ? isoDate(year, random) : undefined;
  const context = { council, subject, year };
  const marker = markerWord(index);

  const body: string[] = [fill(random.pick(words.openings), random, context), ""];
  const sections = 2 + random.int(3);
  for (let section = 0; section < sections; section++) {
    body.push(random.pick(words.labels), "");
    const style = random.pick(listStyles);
    const chosen = shuffled(words.points, random).slice(0, 3 + random.int(5));
    chosen.forEach((point, n) => body.push(`${style(n + 1)}       ${fill(point, random, context)}`, ""));
    if (random.chance(0.7)) body.push(fill(random.pick(words.questions), random, context), "");
  }
  body.push(
    `Members noted that the case file reference ${marker} would be used for any further correspondence on this item.`,
    "",
  );
  body.push(
    `The Chairman thanked officers for the report on ${council} and welcomed the useful discussion that was held.`,
    "",
  );
  const chosen = shuffled(words.resolutions, random).slice(0, 1 + random.int(3));
  const resolutionLines = chosen.map((line, n) => `${String.fromCharCode(97 + n)})    ${fill(line, random, context)};`);
  const documents = Array.from({ length: 1 + random.int(3) }, () =>
    fill(random.pick(words.documents), random, context),
  );
  const description = random.chance(0.6) ? fill(random.pick(words.descriptions), random, context) : undefined;

  const issueHistory = dated && random.chance(0.2);
  const lines: string[] = [];
  if (issueHistory) {
    const [y, m, d] = (meetingDate ?? "").split("-");
    const itemNumber = 1 + random.int(40);
    lines.push(
      `Issue - items at meetings - ${title}`,
      "",
      `Meeting: ${d}/${m}/${y} - ${committee} (Item ${itemNumber})`,
      "",
      `${itemNumber} ${title}`,
      "",
    );
    if (description) lines.push(description, "");
    lines.push("Minutes:", "", ...body, "RESOLVED:", "", ...resolutionLines.flatMap((line) => [line, ""]));
  } else {
    lines.push("Agenda item", "", title, "");
    if (description) lines.push(description, "", " ", "");
    lines.push(
      "Minutes:",
      "",
      ...body,
      "RESOLVED:",
      "",
      " ",
      "",
      ...resolutionLines.flatMap((line) => [line, " ", ""]),
    );
  }
  lines.push("Supporting documents:", ...documents);
  return {
    file: `${String(index).padStart(6, "0")}_${marker}.txt`,
    text: `${lines.join("\n")}\n`,
    marker,
    title,
    council,
    committee,
    meetingDate,
    inManifest: !issueHistory && dated,
  };
}
