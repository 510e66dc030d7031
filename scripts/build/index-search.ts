/**
 * Builds the search index from the ingest's output: one Pagefind index per
 * shard (items grouped newest-first by meeting year, see search-shards.ts),
 * written to <pagefindDir>/<shard>/, plus shards.json (the shard list the
 * search page reads) and synonyms.json (acronyms and expansions). Each item is
 * a custom record (search-records.ts) rather than its built page, so this runs
 * beside `astro build`; the build moves the folder to <site>/pagefind/.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { parse as parseYaml } from "yaml";
import { idToLabel } from "../../src/site/slugify.ts";
import { readItemSource, readSearchItems } from "./search-items.ts";
import { searchRecordOf } from "./search-records.ts";
import { planShards, type ShardPlan } from "./search-shards.ts";
import { readSynonyms } from "./search-synonyms.ts";
import { writeShardBundle } from "./search-write.ts";
import type { ShardManifest, ShardSummary } from "../../src/search/shard-manifest.ts";

export interface IndexSearchOptions {
  /** Folder the index is written to (emptied first); served as <site>/pagefind/. */
  pagefindDir: string;
  /** The ingest's output folder (content/minutes): every item in it is indexed. */
  contentDir: string;
  /** Acronym list, a YAML list of { short, expansion }; default data/acronyms.yaml; absent file means no synonyms. */
  acronymsFile?: string;
  /** Topic taxonomy (data/topics.yaml by default), for the labels topics are filtered and shown by. */
  topicsFile?: string;
  /** Largest number of items in one shard (default 2,500): the first search loads only the newest shard, see docs/search.md. */
  maxItemsPerShard?: number;
  /** Passed to Pagefind: above this many pages a shard's fragments are bundled into shared files. */
  maxFragments?: number;
  /** Receives progress lines; silent by default. */
  log?: (line: string) => void;
}

export interface IndexSummary {
  /** Items indexed across all shards. */
  pages: number;
  /** Their slugs: each must have its page at /items/<slug>/. */
  slugs: string[];
  shards: ShardSummary[];
  /** Acronym pairs written to synonyms.json. */
  synonyms: number;
  /** Files and bytes written under pagefind/. */
  files: number;
  bytes: number;
  /** Messages worth showing (skipped data, Pagefind errors), each naming its source. */
  warnings: string[];
}

const dataDir = path.join(import.meta.dirname, "..", "..", "data");

/** Topic id → the label readers see; ids missing from the taxonomy get a label made from the id, as on the pages. */
async function readTopicLabels(file: string): Promise<(id: string) => string> {
  const entries = parseYaml(await readFile(file, "utf8")) as { id: string; label: string }[];
  const labels = new Map(entries.map((entry) => [entry.id, entry.label]));
  return (id) => labels.get(id) ?? idToLabel(id);
}

/** Fixed so Welsh items share the English index: the search page asks one index per shard, not one per language. */
const indexLanguage = "en";

async function indexShard(
  plan: ShardPlan,
  files: ReadonlyMap<string, string>,
  topicLabel: (id: string) => string,
  outDir: string,
  maxFragments: number | undefined,
  summary: IndexSummary,
): Promise<number> {
  const config: pagefind.PagefindServiceConfig = { forceLanguage: indexLanguage };
  if (maxFragments !== undefined) config.maxFragments = maxFragments;
  const { index, errors } = await pagefind.createIndex(config);
  if (!index) throw new Error(`Pagefind could not create the index for shard ${plan.id}: ${errors.join("; ")}`);
  let indexed = 0;
  for (const slug of plan.slugs) {
    const file = files.get(slug) ?? "";
    const { item, body } = await readItemSource(file);
    const added = await index.addCustomRecord(searchRecordOf(item, body, topicLabel));
    for (const error of added.errors) summary.warnings.push(`${file}: Pagefind: ${error} (search-index-error)`);
    indexed += 1;
  }
  const built = await index.getFiles();
  for (const error of built.errors) summary.warnings.push(`shard ${plan.id}: Pagefind: ${error} (search-index-error)`);
  const written = await writeShardBundle(built.files, path.join(outDir, plan.id));
  await index.deleteIndex();
  summary.files += written.files;
  summary.bytes += written.bytes;
  return indexed;
}

async function writeJson(file: string, value: unknown, summary: IndexSummary): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(file, text);
  summary.files += 1;
  summary.bytes += Buffer.byteLength(text);
}

export async function indexSearch(options: IndexSearchOptions): Promise<IndexSummary> {
  const log = options.log ?? ((): void => undefined);
  const summary: IndexSummary = {
    pages: 0,
    slugs: [],
    shards: [],
    synonyms: 0,
    files: 0,
    bytes: 0,
    warnings: [],
  };
  const outDir = options.pagefindDir;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const items = await readSearchItems(options.contentDir);
  const files = new Map(items.map((item) => [item.slug, item.file]));
  const topicLabel = await readTopicLabels(options.topicsFile ?? path.join(dataDir, "topics.yaml"));
  summary.slugs = items.map((item) => item.slug);
  const plans = planShards(items, options.maxItemsPerShard ?? 2_500);
  try {
    for (const [position, plan] of plans.entries()) {
      log(`search: indexing shard ${position + 1} of ${plans.length} (${plan.id}, ${plan.slugs.length} items)`);
      const count = await indexShard(plan, files, topicLabel, outDir, options.maxFragments, summary);
      summary.pages += count;
      summary.shards.push({ id: plan.id, count, newestYear: plan.newestYear, oldestYear: plan.oldestYear });
    }
  } finally {
    await pagefind.close();
  }

  const manifest: ShardManifest = { version: 1, language: indexLanguage, shards: summary.shards };
  await writeJson(path.join(outDir, "shards.json"), manifest, summary);
  const acronyms = await readSynonyms(options.acronymsFile ?? path.join(dataDir, "acronyms.yaml"));
  summary.warnings.push(...acronyms.warnings);
  summary.synonyms = acronyms.synonyms.length;
  await writeJson(path.join(outDir, "synonyms.json"), acronyms.synonyms, summary);
  log(
    `search: ${summary.pages} pages in ${summary.shards.length} shard(s), ${summary.synonyms} synonyms, ${summary.files} files`,
  );
  return summary;
}
