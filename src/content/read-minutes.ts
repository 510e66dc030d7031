/**
 * Reads the ingest's output (content/minutes/*.md) for the site build: each
 * file's frontmatter, validated against the one schema the ingest also uses,
 * and a digest of the file for the incremental build's cache keys. Bodies are
 * read again when their page is built (minutes-body.ts), so only frontmatter
 * is held for the whole build.
 *
 * The pages get these through the live collection in src/live.config.ts, not
 * a build-time collection: at 10,000 items Astro's content layer spent ~20 s
 * of a 64 s build keeping a second copy of every item in its data store
 * (serialised one character at a time into chunk files, then bundled into the
 * build) only to hand back the same frontmatter, and it grew to most of the
 * 4.7 GB peak at 100,000 (docs/benchmarks.md).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { minutesItemSchema, type MinutesItem } from "../schema/minutes-item.ts";

export interface MinutesEntry {
  /** The file name without `.md`. */
  id: string;
  data: MinutesItem;
  /** A digest of the whole file (frontmatter and body): equal digests, equal pages. */
  digest: string;
}

/** How many invalid files are described one by one before the rest are only counted. */
const listedProblems = 10;

function fileDigest(raw: string): string {
  return createHash("sha256").update(raw).digest("base64url");
}

export function readMinutesEntries(folder: string): MinutesEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((name) => name.endsWith(".md"))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const entries: MinutesEntry[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const filePath = path.join(folder, name);
    const raw = readFileSync(filePath, "utf8");
    let frontmatter: unknown;
    try {
      // Options disable gray-matter's cache, which would otherwise keep every file's text for the whole build.
      frontmatter = matter(raw, {}).data;
    } catch (error) {
      problems.push(`${filePath}: the frontmatter is not valid YAML (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
      continue;
    }
    const parsed = minutesItemSchema.safeParse(frontmatter);
    if (parsed.success) entries.push({ id: name.slice(0, -".md".length), data: parsed.data, digest: fileDigest(raw) });
    else
      problems.push(
        `${filePath}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "frontmatter"}: ${issue.message}`).join("; ")}`,
      );
  }
  if (problems.length > 0) {
    const more = problems.length > listedProblems ? `\n(and ${problems.length - listedProblems} more)` : "";
    throw new Error(
      `${problems.length} minutes file(s) cannot be read as minutes items (the schema is src/schema/minutes-item.ts); run the ingest again to rewrite them:\n${problems.slice(0, listedProblems).join("\n")}${more}`,
    );
  }
  return entries;
}

/** One item by id, or undefined when its file does not exist; an invalid file is an error naming it. */
export function readMinutesEntry(folder: string, id: string): MinutesEntry | undefined {
  const filePath = path.join(folder, `${id}.md`);
  let raw: string;
  try {
    raw = readFileSync(filePath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const parsed = minutesItemSchema.safeParse(matter(raw, {}).data);
  if (!parsed.success) {
    throw new Error(
      `${filePath} cannot be read as a minutes item (the schema is src/schema/minutes-item.ts): ${parsed.error.message}`,
    );
  }
  return { id, data: parsed.data, digest: fileDigest(raw) };
}
