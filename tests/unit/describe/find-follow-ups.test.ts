import { describe, expect, it } from "vitest";
import { addPeriod, countFromWords } from "../../../scripts/ingest/describe/add-period.ts";
import { findFollowUps } from "../../../scripts/ingest/describe/find-follow-ups.ts";
import { splitSentences } from "../../../scripts/ingest/describe/split-sentences.ts";
import { readSample } from "./samples.ts";

describe("findFollowUps on the samples", () => {
  const { text } = readSample("leicestershire");

  it("000: the dated meeting, six months and a year, with due dates from the meeting date", () => {
    const agreed =
      "It was agreed that an update on progress with the Residential Design Brief be provided to the Committee at its meeting on 1 September and a further progress update be provided in a years’ time.";
    expect(findFollowUps(text, [], { meetingDate: "2020-01-09" })).toEqual([
      { text: agreed, due: "2020-09-01" },
      { text: agreed, period: "a year", due: "2021-01-09" },
      {
        text: "That an update on progress with the Residential Design Brief be provided to the Committee in six months;",
        period: "six months",
        due: "2020-07-09",
      },
      {
        text: "That a further progress update be provided to the Committee in a years’ time.",
        period: "a year",
        due: "2021-01-09",
      },
    ]);
  });

  it("000 without a meeting date: periods but no due dates", () => {
    const found = findFollowUps(text);
    expect(found.map((f) => f.period)).toEqual([undefined, "a year", "six months", "a year"]);
    expect(found.every((f) => f.due === undefined)).toBe(true);
  });

  it("002: reviewing the strategy in a year's time", () => {
    expect(findFollowUps(readSample("monmouthshire").text)).toEqual([
      { text: "The Committee look forward to reviewing the strategy in a years’ time.", period: "a year" },
    ]);
  });

  it("003: none ('in the future' is not a follow-up with a time)", () => {
    expect(findFollowUps(readSample("noCouncil").text)).toEqual([]);
  });
});

describe("findFollowUps forms", () => {
  const meeting = { meetingDate: "2020-11-30" };

  it.each([
    ["Officers to report back in 3 months.", "3 months", "2021-02-28"],
    ["A further report be provided within twelve months' time.", "twelve months", "2021-11-30"],
    ["An update be brought to the Panel in 6 weeks.", "6 weeks", "2021-01-11"],
    ["That the Committee receive an update in a year's time.", "a year", "2021-11-30"],
  ])("%j → %s, due %s", (sentence, period, due) => {
    expect(findFollowUps(sentence, [], meeting)).toEqual([{ text: sentence, period, due }]);
  });

  it("a yearless meeting date before this meeting is next year's", () => {
    expect(findFollowUps("An update be provided at the meeting on 12 January.", [], meeting)).toEqual([
      { text: "An update be provided at the meeting on 12 January.", due: "2021-01-12" },
    ]);
  });

  it("a request for the next meeting has no period or due date", () => {
    expect(findFollowUps("That an update be brought to its next meeting.")).toEqual([
      { text: "That an update be brought to its next meeting." },
    ]);
  });

  it("a period in news, not in a request, is not a follow-up", () => {
    expect(findFollowUps("It was reported that in six months referrals had risen.", [], meeting)).toEqual([]);
    expect(findFollowUps("Children had waited in care for six months.", [], meeting)).toEqual([]);
  });

  it("takes follow-ups from resolutions the text did not already hold", () => {
    const text = "b) That an update be provided to the Committee in six months;";
    const resolutions = [
      "That an update be provided to the Committee in six months;",
      "That officers report back in 3 months.",
    ];
    expect(findFollowUps(text, resolutions).map((f) => f.period)).toEqual(["six months", "3 months"]);
  });
});

describe("splitSentences", () => {
  it("joins broken lines, splits sentences and list items, drops labels", () => {
    const text =
      "The Committee noted\nthe report. It agreed:\n\na)    That the report be noted;\n\n ii) That an update be given.";
    expect(splitSentences(text)).toEqual([
      "The Committee noted the report.",
      "It agreed:",
      "That the report be noted;",
      "That an update be given.",
    ]);
  });
});

describe("addPeriod", () => {
  it("adds days, weeks, months and years, keeping to the month's last day", () => {
    expect(addPeriod("2020-01-31", 1, "month")).toBe("2020-02-29");
    expect(addPeriod("2021-08-31", 6, "month")).toBe("2022-02-28");
    expect(addPeriod("2020-02-29", 1, "year")).toBe("2021-02-28");
    expect(addPeriod("2020-12-25", 2, "week")).toBe("2021-01-08");
    expect(addPeriod("2020-12-31", 1, "day")).toBe("2021-01-01");
  });

  it("reads counts written as words or digits", () => {
    expect(countFromWords("a")).toBe(1);
    expect(countFromWords("Six")).toBe(6);
    expect(countFromWords("18")).toBe(18);
    expect(countFromWords("several")).toBeUndefined();
  });
});
