/**
 * Every decision form in the catalogue, with generated resolution text around
 * generated minutes: the resolutions found are exactly the ones printed, label
 * included for list items, and nothing before or after the decision (a
 * paragraph, an "Action:" line, a later section) is claimed as one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../scripts/ingest/parse/parse-minutes.ts";

// Plain lower-case words only, so a generated resolution cannot itself look like a label or a marker.
const words = fc.array(
  fc.constantFrom("the", "report", "plan", "officers", "be", "noted", "update", "carers", "budget", "agreed"),
  { minLength: 2, maxLength: 10 },
);
const clause = words.map((list) => `that ${list.join(" ")}`);
const items = fc.array(clause, { minLength: 1, maxLength: 5 });

type Form = (texts: string[]) => { lines: string[]; expected: string[] };
const listed = (labels: (n: number) => string) => (texts: string[]) => texts.map((text, n) => `${labels(n)} ${text};`);
const roman = ["i)", "ii)", "iii)", "iv)", "v)"];
const forms: Form[] = [
  ([text = ""]) => ({ lines: ["RESOLVED:", "", `T${text.slice(1)}.`], expected: [`T${text.slice(1)}.`] }),
  ([text = ""]) => ({ lines: [`RESOLVED – T${text.slice(1)}.`], expected: [`T${text.slice(1)}.`] }),
  ([text = ""]) => ({ lines: [`RESOLVED (unanimously) ${text}.`], expected: [`${text}.`] }),
  ([text = ""]) => ({ lines: ["RESOLVED", "", "", "", `${text}.`], expected: [`${text}.`] }),
  ([text = ""]) => ({ lines: [`AGREED – T${text.slice(1)}.`], expected: [`T${text.slice(1)}.`] }),
  (texts) => ({
    lines: ["RESOLVED that:", "", ...listed((n) => roman[n] ?? "v)")(texts.map((t) => t.slice(5)))],
    expected: listed((n) => roman[n] ?? "v)")(texts.map((t) => t.slice(5))),
  }),
  (texts) => ({
    lines: ["Agreed:-", "", ...listed((n) => `(${"abcde"[n]})`)(texts)],
    expected: listed((n) => `(${"abcde"[n]})`)(texts),
  }),
  (texts) => ({
    lines: ["It was agreed that: -", "", ...listed((n) => `${n + 1}.`)(texts)],
    expected: listed((n) => `${n + 1}.`)(texts),
  }),
  (texts) => ({
    lines: ["RESOLVED", "", "For the reasons set out in the report: -", "", ...listed((n) => `(${"abcde"[n]})`)(texts)],
    expected: listed((n) => `(${"abcde"[n]})`)(texts),
  }),
  (texts) => ({
    lines: ["The Committee resolved:", "", ...listed((n) => `${n + 1}.`)(texts)],
    expected: listed((n) => `${n + 1}.`)(texts),
  }),
  ([text = ""]) => ({ lines: ["Penderfynwyd:", "", `${text}.`], expected: [`${text}.`] }),
];

const after = fc.constantFrom(
  [],
  ["Action: Clerk"],
  ["Action Points:", "", "The clerk will circulate the slides."],
  ["Councillor Ash left the meeting at 10.15am."],
);
const runs = Number(process.env.PROPERTY_RUNS ?? 1000);

describe("resolutions in every decision form", () => {
  it("are exactly the ones printed", () => {
    fc.assert(
      fc.property(fc.nat(forms.length - 1), items, words, after, (form, texts, before, tail) => {
        const { lines, expected } = forms[form]?.(texts) ?? { lines: [], expected: [] };
        const body = [`Members discussed ${before.join(" ")}.`, "", ...lines, "", ...tail];
        const [item] = parseMinutes(
          ["Agenda item", "", "Title", "", "Minutes:", "", ...body, ""].join("\n"),
          "x.txt",
        ).items;
        expect(item?.resolutions).toEqual(expected);
      }),
      { numRuns: runs },
    );
  }, 60_000);
});
