/**
 * Builds the search index for a built site: one Pagefind index per shard
 * (items grouped newest-first by meeting year, see search-shards.ts), written
 * to <site>/pagefind/<shard>/, plus pagefind/shards.json (the shard list the
 * search page reads) and pagefind/synonyms.json (acronyms and expansions).
 * Runs after `astro build` and before the site is swapped into place.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { readSearchItems } from "./search-items.ts";
import { planShards, type ShardPlan } from "./search-shards.ts";
import { readSynonyms } from "./search-synonyms.ts";
import { writeShardBundle } from "./search-write.ts";
import type { ShardManifest, ShardSummary } from "../../src/search/shard-manifest.ts";

export interface IndexSearchOptions {
  /** The built site (astro's output folder); pagefind/ is written inside it. */
  siteDir: string;
  /** The ingest's output folder (content/minutes), read for slugs and meeting dates. */
  contentDir: string;
  /** Acronym list, a YAML list of { short, expansion }; absent means no synonyms. */
  acronymsFile?: string;
  /** Largest number of items in one shard (default 2,500): the first search loads only the newest shard, see docs/search.md. */
  maxItemsPerShard?: number;
  /** Passed to Pagefind: above this many pages a shard's fragments are bundled into shared files. */
  maxFragments?: number;
  /** Receives progress lines; silent by default. */
  log?: (line: string) => void;
}

export interface IndexSummary {
  /** Item pages indexed across all shards. */
  pages: number;
  shards: ShardSummary[];
  /** Acronym pairs written to synonyms.json. */
  synonyms: number;
  /** Files and bytes written under pagefind/. */
  files: number;
  bytes: number;
  /** Items whose page was not in the built site, so they are not searchable. */
  missingPages: string[];
  /** Messages worth showing (skipped data, Pagefind errors), each naming its source. */
  warnings: string[];
}

/** Fixed so Welsh items share the English index: the search page asks one index per shard, not one per language. */
const indexLanguage = "en";

async function indexShard(plan: ShardPlan, options: IndexSearchOptions, summary: IndexSummary): Promise<number> {
  const config: pagefind.PagefindServiceConfig = { forceLanguage: indexLanguage };
  if (options.maxFragments !== undefined) config.maxFragments = options.maxFragments;
  const { index, errors } = await pagefind.createIndex(config);
  if (!index) throw new Error(`Pagefind could not create the index for shard ${plan.id}: ${errors.join("; ")}`);
  let indexed = 0;
  for (const slug of plan.slugs) {
    const page = path.join(options.siteDir, "items", slug, "index.html");
    const content = await readFile(page, "utf8").catch(() => undefined);
    if (content === undefined) {
      summary.missingPages.push(slug);
      summary.warnings.push(
        `${page}: no built page for item "${slug}", so search cannot find it (search-page-missing)`,
      );
      continue;
    }
    // An explicit, base-free URL: the search page adds the site's base path at query time.
    const added = await index.addHTMLFile({ url: `/items/${slug}/`, content });
    for (const error of added.errors) summary.warnings.push(`${page}: Pagefind: ${error} (search-index-error)`);
    indexed += 1;
  }
  const built = await index.getFiles();
  for (const error of built.errors) summary.warnings.push(`shard ${plan.id}: Pagefind: ${error} (search-index-error)`);
  const written = await writeShardBundle(built.files, path.join(options.siteDir, "pagefind", plan.id));
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
    shards: [],
    synonyms: 0,
    files: 0,
    bytes: 0,
    missingPages: [],
    warnings: [],
  };
  const outDir = path.join(options.siteDir, "pagefind");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const plans = planShards(await readSearchItems(options.contentDir), options.maxItemsPerShard ?? 2_500);
  try {
    for (const [position, plan] of plans.entries()) {
      log(`search: indexing shard ${position + 1} of ${plans.length} (${plan.id}, ${plan.slugs.length} items)`);
      const count = await indexShard(plan, options, summary);
      summary.pages += count;
      summary.shards.push({ id: plan.id, count, newestYear: plan.newestYear, oldestYear: plan.oldestYear });
    }
  } finally {
    await pagefind.close();
  }

  const manifest: ShardManifest = { version: 1, language: indexLanguage, shards: summary.shards };
  await writeJson(path.join(outDir, "shards.json"), manifest, summary);
  const acronyms = await readSynonyms(options.acronymsFile ?? path.resolve("data", "acronyms.yaml"));
  summary.warnings.push(...acronyms.warnings);
  summary.synonyms = acronyms.synonyms.length;
  await writeJson(path.join(outDir, "synonyms.json"), acronyms.synonyms, summary);
  log(
    `search: ${summary.pages} pages in ${summary.shards.length} shard(s), ${summary.synonyms} synonyms, ${summary.files} files`,
  );
  return summary;
}
