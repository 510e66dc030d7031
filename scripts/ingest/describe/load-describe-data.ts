/**
 * The one module that reads the data files. Everything else in describe/ is pure
 * and takes the DescribeData this returns. Each file is checked against a schema
 * so a mistake in an edit fails here, naming the file and the entry.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { AcronymEntry, Council, DescribeData } from "./types.ts";

export const defaultDataDir = fileURLToPath(new URL("../../../data/", import.meta.url));

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id");
const phrases = z.array(z.string().trim().min(1)).default([]);

const councilRow = z.object({
  name: z.string().trim().min(1),
  gss_code: z
    .string()
    .trim()
    .regex(/^(?:[EWSN]\d{8})?$/, "expected a GSS code such as E10000018, or nothing"),
  kind: z.enum([
    "county",
    "unitary",
    "metropolitan-borough",
    "london-borough",
    "sui-generis",
    "welsh-principal-area",
    "scottish-council-area",
    "ni-district",
  ]),
  aliases: z.string().default(""),
  ended: z
    .string()
    .trim()
    .regex(/^(?:\d{4}-\d{2}-\d{2})?$/, "expected YYYY-MM-DD or nothing")
    .default(""),
});

const topicsFile = z.array(
  z.object({
    id: kebab,
    label: z.string().min(1),
    description: z.string().min(1),
    strong: phrases,
    match: phrases,
  }),
);

const organisationsFile = z.array(
  z.object({ name: z.string().min(1), match: phrases, exactCase: z.boolean().default(false) }),
);

const acronymsFile = z.array(
  z.object({
    short: z.string().min(1),
    expansion: z.string().min(1),
    also: phrases,
    note: z.string().optional(),
  }),
);

// exactOptionalPropertyTypes: leave `note` out rather than set it to undefined.
function toAcronym(entry: z.infer<typeof acronymsFile>[number]): AcronymEntry {
  const { note, ...rest } = entry;
  return note === undefined ? rest : { ...rest, note };
}

function check<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.join(".") ?? "";
  throw new Error(
    `${file}: entry ${where} is not valid: ${issue?.message ?? "unknown problem"}. Fix the entry and run the ingest again.`,
  );
}

function toCouncil(row: z.infer<typeof councilRow>): Council {
  const council: Council = {
    name: row.name,
    kind: row.kind,
    aliases: row.aliases
      .split(";")
      .map((alias) => alias.trim())
      .filter((alias) => alias !== ""),
  };
  if (row.gss_code !== "") council.code = row.gss_code;
  if (row.ended !== "") council.ended = row.ended;
  return council;
}

function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}

/** Reads and checks the four data files in `dir` (default: the repository's data/). */
export function readDescribeData(dir: string = defaultDataDir): DescribeData {
  const rows: unknown = parseCsv(read(dir, "councils.csv"), { columns: true, skip_empty_lines: true, trim: true });
  const councils = check(z.array(councilRow), rows, "data/councils.csv").map(toCouncil);
  const topics = check(topicsFile, parseYaml(read(dir, "topics.yaml")), "data/topics.yaml");
  const organisations = check(organisationsFile, parseYaml(read(dir, "organisations.yaml")), "data/organisations.yaml");
  const acronyms = check(acronymsFile, parseYaml(read(dir, "acronyms.yaml")), "data/acronyms.yaml").map(toAcronym);
  return { councils, topics, organisations, acronyms };
}

const cache = new Map<string, DescribeData>();

/** Like readDescribeData, read once per folder: the ingest describes many items. */
export function loadDescribeData(dir: string = defaultDataDir): DescribeData {
  let data = cache.get(dir);
  if (data === undefined) {
    data = readDescribeData(dir);
    cache.set(dir, data);
  }
  return data;
}
