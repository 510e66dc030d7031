/**
 * Builds the real site from tests/fixtures/site-content/ (plus generated items
 * that make one council run to two pages) into a temporary folder, hosted
 * under /minutes/ so every link must respect the base path.
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildMarkdownSite } from "./build-markdown-site.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "tests/fixtures/site-content");

export const fixtureBase = "/minutes/";
export const fixtureSite = "https://archive.example.org";
/** Generated items for one council: more than a page of 50. */
export const paginationCouncil = {
  name: "Pagination Test Borough Council",
  slug: "pagination-test-borough-council",
  dated: 54,
};

export interface FixtureSite {
  outDir: string;
  /** Number of items written to the content folder. */
  itemCount: number;
  cleanup(): Promise<void>;
}

function generatedItem(index: number): string {
  // Dates step back a week at a time from 2019-12-30, so order is known; index 0 has no date.
  const date =
    index === 0
      ? undefined
      : new Date(Date.UTC(2019, 11, 30) - (index - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  return [
    "---",
    `title: Generated item ${index}`,
    `slug: pagination-${String(index).padStart(3, "0")}`,
    `sourceFile: gen_${index}.txt`,
    `sourceSha256: "${"ab".repeat(32)}"`,
    `council: ${paginationCouncil.name}`,
    "committee: Children's Services Scrutiny Panel",
    ...(date ? [`meetingDate: "${date}"`] : []),
    "topics: [workforce]",
    "---",
    `Generated body ${index}.`,
    "",
  ].join("\n");
}

const ingestReport = {
  files: [
    {
      file: "broken.txt",
      status: "rejected",
      messages: [{ file: "broken.txt", reason: "no minutes found", ruleId: "no-items", fatal: true }],
    },
  ],
  summary: { read: 12, written: 11, rejected: 1 },
};

export async function buildFixtureSite(): Promise<FixtureSite> {
  const work = await mkdtemp(path.join(tmpdir(), "archive-site-"));
  const contentDir = path.join(work, "content/minutes");
  const outDir = path.join(work, "dist");
  await mkdir(contentDir, { recursive: true });
  await cp(fixtures, contentDir, { recursive: true });
  const total = paginationCouncil.dated + 1;
  await Promise.all(
    Array.from({ length: total }, (_, index) =>
      writeFile(path.join(contentDir, `pagination-${index}.md`), generatedItem(index)),
    ),
  );
  await writeFile(path.join(work, "content/ingest-report.json"), JSON.stringify(ingestReport));
  const itemCount = (await readdir(contentDir)).filter((name) => name.endsWith(".md")).length;
  await buildMarkdownSite({
    contentDir,
    outDir,
    base: fixtureBase,
    site: fixtureSite,
    cacheDir: path.join(work, "astro-cache"),
    extraEnv: { SOURCE_DATE_EPOCH: "1700000000" },
  });
  return { outDir, itemCount, cleanup: () => rm(work, { recursive: true, force: true }) };
}
