/**
 * Shapes of the describe step: the editable data it reads (data/*.csv, data/*.yaml)
 * and the metadata it returns, which is a slice of the item frontmatter schema.
 */
import type { MinutesItem } from "../../../src/schema/minutes-item.ts";

export type CouncilKind =
  | "county"
  | "unitary"
  | "metropolitan-borough"
  | "london-borough"
  | "sui-generis"
  | "welsh-principal-area"
  | "scottish-council-area"
  | "ni-district";

/** One row of data/councils.csv. */
export interface Council {
  name: string;
  /** ONS/GSS code, absent when not known for certain. */
  code?: string;
  kind: CouncilKind;
  /** Other full names, area names, short forms, Welsh names. */
  aliases: string[];
  /** Day the council was abolished (YYYY-MM-DD); absent while it exists. */
  ended?: string;
}

/** One entry of data/topics.yaml. */
export interface Topic {
  id: string;
  label: string;
  description: string;
  /** Phrases that name the topic outright: one mention tags. */
  strong: string[];
  /** Phrases that point to it: two mentions tag (one in the title). */
  match: string[];
}

/** One entry of data/organisations.yaml. */
export interface Organisation {
  name: string;
  match: string[];
  /** Capitals must be as written: the name is also an ordinary phrase. */
  exactCase: boolean;
}

/** One entry of data/acronyms.yaml (for search synonyms; items list only acronyms their text defines). */
export interface AcronymEntry {
  short: string;
  expansion: string;
  also: string[];
  note?: string;
}

export interface DescribeData {
  councils: Council[];
  topics: Topic[];
  organisations: Organisation[];
  acronyms: AcronymEntry[];
}

export interface DescribeInput {
  title: string;
  /** The item's minutes text (its resolutions are usually inside it too). */
  text: string;
  resolutions: string[];
  /** Meeting date, YYYY-MM-DD, when known: gives yearless dates a year and follow-ups a due date. */
  meetingDate?: string;
}

/** What the describe step found: the metadata fields of the frontmatter schema. */
export type Description = Pick<
  MinutesItem,
  "council" | "councilCode" | "topics" | "datesMentioned" | "money" | "organisations" | "acronyms" | "followUps"
>;
