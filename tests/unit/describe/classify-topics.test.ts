import { describe, expect, it } from "vitest";
import { classifyTopics, scoreTopics, TOPIC_THRESHOLD } from "../../../scripts/ingest/describe/classify-topics.ts";
import { loadDescribeData } from "../../../scripts/ingest/describe/load-describe-data.ts";
import { blankRoleTitles } from "../../../scripts/ingest/describe/role-titles.ts";
import type { Topic } from "../../../scripts/ingest/describe/types.ts";
import { readSample } from "./samples.ts";

const { topics } = loadDescribeData();
const classify = (title: string, text: string) => classifyTopics(title, text, topics);

describe("classifyTopics on the samples", () => {
  it("000 (Leicestershire) is about residential care, commissioning and finance", () => {
    const { title, text } = readSample("leicestershire");
    expect(classify(title, text)).toEqual(expect.arrayContaining(["residential-care", "commissioning", "finance"]));
  });

  it("003 is about inspection, care leavers, early help and residential care", () => {
    const { title, text } = readSample("noCouncil");
    expect(classify(title, text)).toEqual(
      expect.arrayContaining(["inspection", "care-leavers", "early-help", "residential-care"]),
    );
  });

  it("003 is not tagged education only because of a job title", () => {
    const { title, text } = readSample("noCouncil");
    expect(classify(title, text)).not.toContain("education");
  });

  it("002 (Monmouthshire) is about looked-after children and permanence", () => {
    const { title, text } = readSample("monmouthshire");
    expect(classify(title, text)).toEqual(expect.arrayContaining(["looked-after-children", "adoption-and-permanence"]));
  });
});

describe("classifyTopics rules", () => {
  const sample: Topic[] = [
    { id: "fostering", label: "Fostering", description: "d", strong: ["foster care"], match: ["carer"] },
    { id: "send", label: "SEND", description: "d", strong: ["SEND"], match: [] },
  ];

  it("one general phrase in the text is a passing mention and does not tag", () => {
    expect(classifyTopics("", "The carer attended.", sample)).toEqual([]);
    expect(classifyTopics("", "The carer and another carer attended.", sample)).toEqual(["fostering"]);
  });

  it("one general phrase in the title weighs enough to tag", () => {
    expect(classifyTopics("Support for carers", "Nothing more.", sample)).toEqual(["fostering"]);
  });

  it("one strong phrase tags", () => {
    expect(classifyTopics("", "Foster care was discussed.", sample)).toEqual(["fostering"]);
  });

  it("matches acronym phrases case-sensitively: 'send' the verb is not SEND", () => {
    expect(classifyTopics("", "We will send the report.", sample)).toEqual([]);
    expect(classifyTopics("", "The SEND strategy.", sample)).toEqual(["send"]);
  });

  it("finds plurals and ignores case of ordinary phrases", () => {
    expect(classify("", "Two FOSTER CARERS and foster carers' views.")).toContain("fostering");
  });

  it("orders by score, ties in taxonomy order", () => {
    expect(classifyTopics("", "SEND and SEND. Foster care.", sample)).toEqual(["send", "fostering"]);
    expect(classifyTopics("", "SEND. Foster care.", sample)).toEqual(["fostering", "send"]);
  });

  it("a longer phrase of one topic hides a shorter phrase of another", () => {
    const scores = scoreTopics("", "an Education, Health and Care Plan", topics);
    expect(scores.get("send")).toBeGreaterThanOrEqual(TOPIC_THRESHOLD);
    expect(scores.get("education")).toBe(0);
  });

  it("tags nothing in text about nothing in the taxonomy", () => {
    expect(classify("Apologies for absence", "Apologies were received from Councillor Smith.")).toEqual([]);
  });
});

describe("blankRoleTitles", () => {
  it("blanks job titles and keeps the text's length", () => {
    const text = "The Portfolio Holder for Children, Education, Skills and Early Help presented the report.";
    const blanked = blankRoleTitles(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain("Early Help");
    expect(blanked).toContain("presented the report.");
  });

  it("leaves ordinary sentences alone", () => {
    const text = "Early help and foster care were discussed by the Director.";
    expect(blankRoleTitles(text)).toBe(text);
  });
});
