import { describe, expect, it } from "vitest";
import { describeItem } from "../../../scripts/ingest/describe/describe-item.ts";
import { loadDescribeData } from "../../../scripts/ingest/describe/load-describe-data.ts";
import { minutesItemSchema } from "../../../src/schema/minutes-item.ts";
import { readSample } from "./samples.ts";

const data = loadDescribeData();
const descriptionSchema = minutesItemSchema
  .pick({
    council: true,
    councilCode: true,
    topics: true,
    datesMentioned: true,
    money: true,
    organisations: true,
    acronyms: true,
    followUps: true,
  })
  .strict();

describe("describeItem", () => {
  it("describes the Leicestershire sample", () => {
    const { title, text } = readSample("leicestershire");
    const description = describeItem({ title, text, resolutions: [], meetingDate: "2020-01-09" }, data);
    expect(description).toMatchObject({
      council: "Leicestershire County Council",
      councilCode: "E10000018",
      datesMentioned: ["2020-03-24", "2020-09-01"],
      money: [
        { text: "£450,000", pounds: 450_000 },
        { text: "£411,840", pounds: 411_840 },
      ],
      organisations: ["Action for Children", "Barnardo's"],
      acronyms: [{ short: "ART", expansion: "Assessment and Resource Team" }],
    });
    expect(description.topics).toEqual(expect.arrayContaining(["residential-care", "commissioning", "finance"]));
    expect(description.followUps.map((f) => f.due)).toEqual(["2020-09-01", "2021-01-09", "2020-07-09", "2021-01-09"]);
  });

  it("describes the Monmouthshire sample", () => {
    const { title, text } = readSample("monmouthshire");
    const description = describeItem({ title, text, resolutions: [] }, data);
    expect(description).toMatchObject({
      council: "Monmouthshire County Council",
      councilCode: "W06000021",
      datesMentioned: [],
      money: [],
      organisations: [],
      acronyms: [],
      followUps: [{ text: "The Committee look forward to reviewing the strategy in a years’ time.", period: "a year" }],
    });
  });

  it("claims no council for sample 003, and leaves the fields out rather than empty", () => {
    const { title, text } = readSample("noCouncil");
    const description = describeItem({ title, text, resolutions: [] }, data);
    expect(description).not.toHaveProperty("council");
    expect(description).not.toHaveProperty("councilCode");
    expect(description.organisations).toEqual(["Ofsted"]);
    expect(description.topics).toEqual(
      expect.arrayContaining(["inspection", "care-leavers", "early-help", "residential-care"]),
    );
  });

  it("uses the title too: a council named only in the title is found", () => {
    const description = describeItem(
      { title: "Cardiff Council Corporate Parenting Annual Report", text: "The report was noted.", resolutions: [] },
      data,
    );
    expect(description.council).toBe("Cardiff Council");
    expect(description.topics).toContain("corporate-parenting");
  });

  it("fits the frontmatter schema for every sample", () => {
    for (const name of ["leicestershire", "monmouthshire", "noCouncil"] as const) {
      const { title, text } = readSample(name);
      const description = describeItem({ title, text, resolutions: [], meetingDate: "2022-06-30" }, data);
      expect(descriptionSchema.parse(description)).toEqual(description);
    }
  });

  it("is deterministic", () => {
    const { title, text } = readSample("noCouncil");
    const input = { title, text, resolutions: ["That an update be given in six months."], meetingDate: "2022-06-30" };
    expect(JSON.stringify(describeItem(input, data))).toBe(JSON.stringify(describeItem(input, data)));
  });
});
