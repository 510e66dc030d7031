/**
 * Assembles one item's frontmatter from three sources, in order of trust:
 * the manifest row, metadata printed in the text, and what the describe step
 * inferred. Every value not from the manifest is marked in `provenance`.
 */
import type { MinutesItemInput, Provenance } from "../../src/schema/minutes-item.ts";
import type { Description } from "./describe/describe-item.ts";
import type { ManifestRow } from "./manifest.ts";
import type { ParsedItem } from "./types.ts";

export interface ItemSource {
  parsed: ParsedItem;
  slug: string;
  sourceFile: string;
  sourceSha256: string;
  /** 1-based position of the item in its file. */
  part: number;
  manifest: ManifestRow | undefined;
}

type Field = "council" | "councilCode" | "committee" | "meetingDate" | "itemNumber";

/** Picks the manifest's value over the text's, and records where the chosen value came from. */
function choose(
  field: Field,
  fromManifest: string | undefined,
  fromText: string | undefined,
  provenance: Record<string, Provenance>,
): string | undefined {
  if (fromManifest !== undefined && fromManifest !== "") {
    provenance[field] = "manifest";
    return fromManifest;
  }
  if (fromText !== undefined && fromText !== "") {
    provenance[field] = "text";
    return fromText;
  }
  return undefined;
}

/** Drops undefined values so the YAML holds only what is known (keys keep their order). */
function defined<T extends Record<string, unknown>>(record: T): T {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(record)) if (record[key] !== undefined) kept[key] = record[key];
  return kept as T;
}

/** The meeting date decides follow-up due dates, so it is settled before the describe step runs. */
export function meetingDateOf(parsed: ParsedItem, manifest: ManifestRow | undefined): string | undefined {
  return manifest?.meetingDate ?? parsed.found.meetingDate;
}

export function buildFrontmatter(source: ItemSource, description: Description): MinutesItemInput {
  const { parsed, manifest } = source;
  const provenance: Record<string, Provenance> = {};
  const councilFromManifest = manifest?.council;
  const council = choose("council", councilFromManifest, description.council, provenance);
  // A GSS code inferred for another council than the manifest names would be a false claim.
  const inferredCode =
    councilFromManifest && councilFromManifest !== description.council ? undefined : description.councilCode;
  const councilCode = choose("councilCode", manifest?.councilCode, inferredCode, provenance);
  return defined({
    title: parsed.title,
    description: parsed.description,
    slug: source.slug,
    sourceFile: source.sourceFile,
    sourceSha256: source.sourceSha256,
    sourcePart: source.part,
    sourceLine: parsed.startLine,
    sourceUrl: manifest?.sourceUrl,
    retrieved: manifest?.retrieved,
    council,
    councilCode,
    committee: choose("committee", manifest?.committee, parsed.found.committee, provenance),
    meetingDate: choose("meetingDate", manifest?.meetingDate, parsed.found.meetingDate, provenance),
    meetingId: manifest?.meetingId,
    itemId: manifest?.itemId,
    itemNumber: choose("itemNumber", manifest?.itemNumber, parsed.found.itemNumber, provenance),
    status: manifest?.status,
    language: manifest?.language ?? parsed.language,
    provenance,
    topics: description.topics,
    resolutions: parsed.resolutions,
    followUps: description.followUps,
    datesMentioned: description.datesMentioned,
    money: description.money,
    organisations: description.organisations,
    acronyms: description.acronyms,
    documents:
      manifest?.documents && manifest.documents.length > 0
        ? manifest.documents
        : parsed.documents.map((title) => ({ title })),
  });
}
