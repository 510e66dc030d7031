import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate, scanDates } from "../../../scripts/ingest/describe/parse-date.ts";

describe("parseDate", () => {
  it.each([
    ["24 March 2020", "2020-03-24"],
    ["21st May 2020", "2020-05-21"],
    ["Monday, 5th September, 2022 1.00 pm", "2022-09-05"],
    ["Corporate Parenting Board - Thursday, 9th November, 2023 2.00 pm", "2023-11-09"],
    ["23/01/2020", "2020-01-23"],
    ["Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)", "2020-01-23"],
    ["12-07-21", "2021-07-12"],
    ["23.01.2020", "2020-01-23"],
    ["2020-01-23", "2020-01-23"],
    ["March 24, 2020", "2020-03-24"],
    ["1st of April 2019", "2019-04-01"],
    ["5 Sept. 2022", "2022-09-05"],
    ["24 MARCH 2020", "2020-03-24"],
    ["13eg Mehefin, 2018", "2018-06-13"],
    ["Dydd Mawrth, 1af Mawrth 2022", "2022-03-01"],
    ["21ain Tachwedd 2019", "2019-11-21"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it("gives a yearless date the reference year, and skips it without one", () => {
    expect(parseDate("at its meeting on 1 September")).toBeUndefined();
    expect(parseDate("at its meeting on 1 September", { referenceYear: 2020 })).toBe("2020-09-01");
  });

  it.each([
    ["30 February 2020", "no such day"],
    ["31/04/2021", "April has 30 days"],
    ["the 2 may be placed", "lowercase may is a verb"],
    ["paragraph 20.1.1 and 29.1", "paragraph numbers"],
    ["section 1.2.3", "short dotted numbers"],
    ["aged 0-25", "a range"],
    ["in 2-3 years", "a range"],
    ["", "empty text"],
  ])("finds no date in %j (%s)", (text) => {
    expect(parseDate(text, { referenceYear: 2020 })).toBeUndefined();
  });

  it("reads two-digit years as 20xx up to 69 and 19xx from 70", () => {
    expect(parseDate("01/02/69")).toBe("2069-02-01");
    expect(parseDate("01/02/70")).toBe("1970-02-01");
  });

  it("reports each date with its offset and written form, without overlaps", () => {
    expect(scanDates("Held on 5th September, 2022 and 23/01/2020.")).toEqual([
      { iso: "2022-09-05", index: 8, text: "5th September, 2022" },
      { iso: "2020-01-23", index: 32, text: "23/01/2020" },
    ]);
  });

  it("reads back any real date written in the common forms", () => {
    const months = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2060-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split("-");
          const month = months[Number(m) - 1];
          expect(parseDate(`${Number(d)} ${month} ${y}`)).toBe(iso);
          expect(parseDate(`${d}/${m}/${y}`)).toBe(iso);
          expect(parseDate(`${month} ${Number(d)}, ${y}`)).toBe(iso);
        },
      ),
    );
  });
});
