import { describe, expect, it } from "vitest";
import { findCouncil } from "../../../scripts/ingest/describe/find-council.ts";
import { loadDescribeData } from "../../../scripts/ingest/describe/load-describe-data.ts";
import { readSample } from "./samples.ts";

const { councils } = loadDescribeData();
const find = (text: string, meetingDate?: string) =>
  findCouncil(text, councils, meetingDate === undefined ? {} : { meetingDate });

describe("findCouncil on the samples", () => {
  it("000: Leicestershire (area name plus 'the County Council')", () => {
    expect(find(readSample("leicestershire").text)).toEqual({
      name: "Leicestershire County Council",
      code: "E10000018",
    });
  });

  it("002: Monmouthshire (full name in the text)", () => {
    expect(find(readSample("monmouthshire").text)).toEqual({
      name: "Monmouthshire County Council",
      code: "W06000021",
    });
  });

  it("003: none, because the text names no council", () => {
    expect(find(readSample("noCouncil").text)).toBeUndefined();
  });
});

describe("findCouncil by full name", () => {
  it.each([
    ["Minutes of Leicestershire County Council", "Leicestershire County Council"],
    ["LEICESTERSHIRE COUNTY COUNCIL", "Leicestershire County Council"],
    ["Cyngor Sir Fynwy", "Monmouthshire County Council"],
    ["City of Cardiff Council", "Cardiff Council"],
    ["Bournemouth, Christchurch and Poole Council", "Bournemouth, Christchurch and Poole Council"],
    ["The London Borough of Hammersmith and Fulham", "London Borough of Hammersmith & Fulham"],
    ["North Somerset Council", "North Somerset Council"],
    ["Westmorland and Furness Council", "Westmorland and Furness Council"],
  ])("%s → %s", (text, name) => {
    expect(find(text)?.name).toBe(name);
  });

  it("picks the council named most often", () => {
    const text = "Leicestershire County Council ... Leicestershire County Council, with Rutland County Council";
    expect(find(text)?.name).toBe("Leicestershire County Council");
  });

  it("gives none when two councils are named equally often", () => {
    expect(find("Leicestershire County Council and Leicester City Council agreed")).toBeUndefined();
  });

  it("does not count a council abolished before the meeting", () => {
    expect(find("Northamptonshire County Council", "2019-05-01")?.code).toBe("E10000021");
    expect(find("Northamptonshire County Council", "2022-05-01")).toBeUndefined();
  });
});

describe("findCouncil by area name and reference", () => {
  it("matches the reference to the council's kind", () => {
    expect(find("Children in Leicester. The City Council agreed.")?.name).toBe("Leicester City Council");
    expect(find("Children in Leicester. The County Council agreed.")).toBeUndefined();
  });

  it("'Leicester' alone is never Leicestershire", () => {
    expect(find("Children in Leicester were placed. The County Council agreed.")?.name).not.toBe(
      "Leicestershire County Council",
    );
  });

  it("'the Council' alone names no council", () => {
    expect(find("The Council agreed to note the report.")).toBeUndefined();
  });

  it("an area needs a reference: a place name alone names no council", () => {
    expect(find("Children placed in Leicestershire and Derbyshire.")).toBeUndefined();
  });

  it("with the generic 'the Council' the area must come up twice", () => {
    expect(find("Placements in Cornwall. The Council agreed.")).toBeUndefined();
    expect(find("Placements in Cornwall. The Council agreed to review Cornwall's offer.")?.name).toBe(
      "Cornwall Council",
    );
  });

  it("a longer area name hides the shorter one inside it", () => {
    expect(find("Children in North Somerset. The County Council agreed.")).toBeUndefined();
  });

  it("uses the reference to tell a council from its successor", () => {
    expect(find("Children in Somerset. The County Council agreed.")?.code).toBe("E10000027");
    expect(find("Somerset children. The Council and Somerset partners agreed.", "2024-01-10")?.code).toBe("E06000066");
  });

  it("ignores names that are people or larger regions", () => {
    expect(find("Councillor Dudley spoke. Councillor Dudley asked the Council.")).toBeUndefined();
    expect(find("Greater Manchester partners. The City Council agreed.")).toBeUndefined();
  });

  it("does not read Newcastle-under-Lyme as Newcastle upon Tyne", () => {
    expect(find("Newcastle-under-Lyme schools. The City Council agreed.")).toBeUndefined();
  });

  it("gives none when two areas are named as often as each other", () => {
    expect(find("Leicestershire and Rutland children. The County Council agreed.")).toBeUndefined();
  });
});
