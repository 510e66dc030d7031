/**
 * The one schema for a minutes item's frontmatter. The ingest validates what it
 * writes against it (so bad data fails there, naming the file) and the Astro
 * content collection uses it to type every page.
 */
import { z } from "zod";

/** ISO calendar date, YYYY-MM-DD, kept as a string so YAML never turns it into a timezone-shifted Date. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

/** Where a metadata value came from: a manifest row, or found in the minutes text. */
export const provenance = z.enum(["manifest", "text"]);
export type Provenance = z.infer<typeof provenance>;

export const supportingDocument = z.object({
  /** Document title as published. */
  title: z.string().min(1),
  /** Link to the document on the council's site, when known (http or https only: it becomes an href). */
  url: z.httpUrl().optional(),
});

export const followUp = z.object({
  /** The sentence that asks for the follow-up, as written. */
  text: z.string().min(1),
  /** The period asked for, e.g. "six months", "a year". */
  period: z.string().optional(),
  /** Meeting date plus the period, when the meeting date is known. */
  due: isoDate.optional(),
});

export const moneyAmount = z.object({
  /** The amount as written, e.g. "£411,840" or "£1.2m". */
  text: z.string(),
  /** The amount in whole pounds. */
  pounds: z.number().nonnegative(),
});

export const acronym = z.object({
  /** The short form, e.g. "ART". */
  short: z.string().min(1),
  /** The expansion, e.g. "Assessment and Resource Team". */
  expansion: z.string().min(1),
});

export const minutesItemSchema = z.object({
  /** Item title as printed in the minutes. */
  title: z.string().min(1),
  /** The optional line under the title (often "To consider the report of ..."). */
  description: z.string().optional(),
  /** Stable, readable, archive-unique identifier; the page lives at /items/<slug>/. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Raw file the item came from (name relative to the input folder). */
  sourceFile: z.string().min(1),
  /** sha256 of the raw file's bytes, so a reader can verify the source. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** 1-based position of the item within its raw file (whole-meeting pages hold several). */
  sourcePart: z.number().int().positive().default(1),
  /** Line of the raw file where the item starts. */
  sourceLine: z.number().int().positive().default(1),
  /** Address of the item on the council's website, when known. */
  sourceUrl: z.httpUrl().optional(),
  /** When the page was retrieved from the council's site. */
  retrieved: isoDate.optional(),
  /** Council name, from the bundled list of UK local authorities. */
  council: z.string().optional(),
  /** ONS/GSS code of the council, e.g. E10000018. */
  councilCode: z.string().optional(),
  /** Committee that met, e.g. "Children and Families Scrutiny Panel". */
  committee: z.string().optional(),
  /** Date of the meeting. */
  meetingDate: isoDate.optional(),
  /** Council committee system's meeting id. */
  meetingId: z.string().optional(),
  /** Council committee system's item id. */
  itemId: z.string().optional(),
  /** Item number as displayed, e.g. "8", "23/5", "CYP/15/24". */
  itemNumber: z.string().optional(),
  /** Whether the minutes are a draft or approved. */
  status: z.enum(["draft", "approved"]).optional(),
  /** Language of the page: English or Welsh. */
  language: z.enum(["en", "cy"]).default("en"),
  /** For each metadata field set above, where its value came from. */
  provenance: z.record(z.string(), provenance).default({}),
  /** Topic ids from data/topics.yaml. */
  topics: z.array(z.string()).default([]),
  /** Each resolution as written, in order. */
  resolutions: z.array(z.string()).default([]),
  /** Follow-ups the committee asked for, with due dates when computable. */
  followUps: z.array(followUp).default([]),
  /** Every date the text mentions, as ISO dates, in order of first mention. */
  datesMentioned: z.array(isoDate).default([]),
  /** Money amounts the text mentions. */
  money: z.array(moneyAmount).default([]),
  /** Organisations named in the text, from data/organisations.yaml. */
  organisations: z.array(z.string()).default([]),
  /** Acronyms the text defines, with their expansions. */
  acronyms: z.array(acronym).default([]),
  /** Supporting documents published with the item. */
  documents: z.array(supportingDocument).default([]),
});

export type MinutesItem = z.infer<typeof minutesItemSchema>;
export type MinutesItemInput = z.input<typeof minutesItemSchema>;
