import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  defaultDataDir,
  loadDescribeData,
  readDescribeData,
} from "../../../scripts/ingest/describe/load-describe-data.ts";

const data = loadDescribeData();
const current = data.councils.filter((c) => c.ended === undefined);

describe("data/councils.csv", () => {
  it.each([
    ["welsh-principal-area", 22],
    ["scottish-council-area", 32],
    ["ni-district", 11],
    ["london-borough", 32],
    ["metropolitan-borough", 36],
    ["county", 21],
  ])("has the current %s councils (%d)", (kind, count) => {
    expect(current.filter((c) => c.kind === kind)).toHaveLength(count);
  });

  it("has the 153 English upper-tier councils that run children's services", () => {
    expect(current.filter((c) => c.code?.startsWith("E"))).toHaveLength(153);
  });

  it("has the recent reorganisations", () => {
    const names = new Set(current.map((c) => c.name));
    for (const name of [
      "North Yorkshire Council",
      "Cumberland Council",
      "Westmorland and Furness Council",
      "Somerset Council",
      "Buckinghamshire Council",
      "Dorset Council",
      "Bournemouth, Christchurch and Poole Council",
      "North Northamptonshire Council",
      "West Northamptonshire Council",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("has unique names and codes, each code of its nation's series", () => {
    const names = data.councils.map((c) => c.name);
    const codes = data.councils.flatMap((c) => (c.code === undefined ? [] : [c.code]));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(codes).size).toBe(codes.length);
    const prefixes: Record<string, string[]> = {
      county: ["E10"],
      unitary: ["E06"],
      "sui-generis": ["E06", "E09"],
      "metropolitan-borough": ["E08"],
      "london-borough": ["E09"],
      "welsh-principal-area": ["W06"],
      "scottish-council-area": ["S12"],
      "ni-district": ["N09"],
    };
    for (const council of data.councils) {
      if (council.code !== undefined) expect(prefixes[council.kind]).toContain(council.code.slice(0, 3));
    }
  });

  it("reads aliases, codes and end dates", () => {
    const monmouthshire = data.councils.find((c) => c.name === "Monmouthshire County Council");
    expect(monmouthshire).toMatchObject({ code: "W06000021", kind: "welsh-principal-area" });
    expect(monmouthshire?.aliases).toContain("Cyngor Sir Fynwy");
    expect(data.councils.find((c) => c.name === "Cumbria County Council")?.ended).toBe("2023-04-01");
  });
});

describe("data/topics.yaml", () => {
  it("has the required topics, each with phrases", () => {
    const ids = data.topics.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "residential-care",
      "fostering",
      "adoption-and-permanence",
      "care-leavers",
      "looked-after-children",
      "child-protection",
      "early-help",
      "send",
      "inspection",
      "workforce",
      "commissioning",
      "finance",
      "youth-justice",
      "corporate-parenting",
      "education",
      "mental-health",
      "exploitation",
      "unaccompanied-asylum-seeking-children",
      "disabled-children",
      "family-support",
      "safeguarding-partnership",
      "participation",
    ]) {
      expect(ids).toContain(id);
    }
    for (const topic of data.topics) expect(topic.strong.length).toBeGreaterThan(0);
  });
});

describe("data/acronyms.yaml and data/organisations.yaml", () => {
  it("lists each acronym and organisation once", () => {
    const shorts = data.acronyms.map((a) => a.short);
    expect(new Set(shorts).size).toBe(shorts.length);
    const names = data.organisations.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has the acronyms the sector uses, with standard expansions", () => {
    const expansion = (short: string) => data.acronyms.find((a) => a.short === short)?.expansion;
    expect(expansion("LAC")).toBe("Looked After Children");
    expect(expansion("CiC")).toBe("Children in Care");
    expect(expansion("UASC")).toBe("Unaccompanied Asylum-Seeking Children");
    expect(expansion("PA")).toBe("Personal Adviser");
    expect(expansion("DfE")).toBe("Department for Education");
  });
});

describe("readDescribeData", () => {
  it("caches: loading twice gives the same object", () => {
    expect(loadDescribeData()).toBe(data);
  });

  it("names the file and entry when an edit breaks a data file", () => {
    const dir = mkdtempSync(join(tmpdir(), "describe-data-"));
    try {
      cpSync(defaultDataDir, dir, { recursive: true });
      writeFileSync(join(dir, "topics.yaml"), "- id: Not Kebab\n  label: x\n  description: y\n  strong: [a]\n");
      expect(() => readDescribeData(dir)).toThrow(/data\/topics\.yaml: entry 0\.id .*kebab-case/);
      writeFileSync(join(dir, "topics.yaml"), "[]\n");
      writeFileSync(join(dir, "councils.csv"), "name,gss_code,kind,aliases,ended\nX Council,E1234,unitary,,\n");
      expect(() => readDescribeData(dir)).toThrow(/data\/councils\.csv: entry 0\.gss_code/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
