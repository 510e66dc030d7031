/**
 * Builds the search index from the ingest's output: one Pagefind index per
 * shard (items grouped newest-first by meeting year, see search-shards.ts),
 * written to <pagefindDir>/<shard>/, the term directory (which shards hold
 * which words, <pagefindDir>/terms/, see term-directory.ts) and shards.json:
 * the shard list, the directory's chunk list and the acronym pairs, all the
 * search page needs before its first search in one file. Each item is a
 * custom record (search-records.ts) rather than its built page, so this runs
 * beside `astro build`; the build moves the folder to <site>/pagefind/.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { parse as parseYaml } from "yaml";
import { defaultLayout, type SiteLayout } from "../../src/site/site-layout.ts";
import { idToLabel } from "../../src/site/slugify.ts";
import type { PlacedItem } from "./check-item-pages.ts";
import { readItemBody, readSearchItems, type SearchItem } from "./search-items.ts";
import { searchRecordOf } from "./search-records.ts";
import { planShards, type ShardPlan } from "./search-shards.ts";
import { readSynonyms } from "./search-synonyms.ts";
import {
  fingerprint,
  includeCharactersOf,
  pagefindVersion,
  readPreviousIndex,
  readShardBundle,
  recordsFile,
  writeShardBundle,
  writeSharedRuntime,
  type PreviousIndex,
} from "./search-write.ts";
import { buildTermDirectory, termDirectoryDefaults } from "./term-directory.ts";
import { indexWords } from "./term-directory-words.ts";
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
  /**
   * Largest number of items in the newest shard (default 500), which every first search loads and searches: Pagefind
   * scores every match before the first ten show, 30-57 ms for a common word at 1,000 items, 15-26 ms at 500.
   */
  firstShardItems?: number;
  /** Term directory key length and chunk size (defaults in term-directory.ts). */
  termKeyLength?: number;
  termChunkBytes?: number;
  /** Passed to Pagefind: above this many pages a shard's fragments are bundled into shared files. */
  maxFragments?: number;
  /** Where items are read on the site (their own pages by default), for the results' links. */
  layout?: SiteLayout;
  /** The items, when the caller has read them already (the file budget does); read from contentDir otherwise. */
  items?: SearchItem[];
  /** Receives progress lines; silent by default. */
  log?: (line: string) => void;
  /** Called as items are indexed, for a progress display. */
  onItems?: (done: number, total: number) => void;
  /**
   * The previous build's pagefind/ folder: a shard whose records are byte-identical to the ones it was
   * built from is copied from there instead of indexed again (same files; see records.json).
   */
  previousDir?: string;
}

export interface IndexSummary {
  /** Items indexed across all shards. */
  pages: number;
  /** Their slugs: each must have its page (or its section of a shared page). */
  slugs: string[];
  /** The same items with what places them on the site (scripts/build/check-item-pages.ts). */
  items: PlacedItem[];
  shards: ShardSummary[];
  /** Acronym pairs written to shards.json. */
  synonyms: number;
  /** Files and bytes written under pagefind/. */
  files: number;
  bytes: number;
  /** The term directory's chunk files and their bytes (included in files and bytes). */
  termFiles: number;
  termBytes: number;
  /** Shards copied unchanged from the previous build (previousDir). */
  reusedShards: number;
  /** Messages worth showing (skipped data, Pagefind errors), each naming its source. */
  warnings: string[];
}

/** The shards the items are indexed in, with the options' limits or the defaults. */
export function planSearchShards(
  items: readonly SearchItem[],
  options: Pick<IndexSearchOptions, "maxItemsPerShard" | "firstShardItems">,
): ShardPlan[] {
  const maxItemsPerShard = options.maxItemsPerShard ?? 2_500;
  return planShards(items, {
    maxItemsPerShard,
    firstShardItems: Math.min(options.firstShardItems ?? 500, maxItemsPerShard),
  });
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

interface ShardOutcome {
  indexed: number;
  words: Set<string>;
  includeCharacters: string[];
  entry: Uint8Array;
  meta: string;
  fingerprint: string;
  reused: boolean;
}

async function indexShard(
  plan: ShardPlan,
  context: {
    items: ReadonlyMap<string, SearchItem>;
    topicLabel: (id: string) => string;
    layout: SiteLayout;
    outDir: string;
    config: pagefind.PagefindServiceConfig;
    version: string;
    previous: PreviousIndex | undefined;
    summary: IndexSummary;
    onItem: () => void;
  },
): Promise<ShardOutcome> {
  const { summary } = context;
  const records: pagefind.CustomRecord[] = [];
  for (const slug of plan.slugs) {
    const source = context.items.get(slug);
    if (!source) throw new Error(`search: no item "${slug}" in the content folder`);
    records.push(searchRecordOf(source.item, await readItemBody(source.file), context.topicLabel, context.layout));
    context.onItem();
  }
  const print = fingerprint(records, context.config, context.version);
  // Same records, same Pagefind, same options: the previous build's files are what indexing would write again.
  const reusable =
    context.previous?.fingerprints[plan.id] === print
      ? await readShardBundle(path.join(context.previous.dir, plan.id))
      : undefined;
  let files = reusable;
  if (!files) {
    const { index, errors } = await pagefind.createIndex(context.config);
    if (!index) throw new Error(`Pagefind could not create the index for shard ${plan.id}: ${errors.join("; ")}`);
    // Sent at once rather than one round trip each: the service reads its messages in order and indexes
    // them one after another, so the index is the same, and the two processes overlap (10,000 items:
    // 44 s -> 34 s on its own, same files).
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    for (const [position, result] of added.entries()) {
      const file = context.items.get(plan.slugs[position] ?? "")?.file ?? "";
      for (const error of result.errors) summary.warnings.push(`${file}: Pagefind: ${error} (search-index-error)`);
    }
    const built = await index.getFiles();
    for (const error of built.errors)
      summary.warnings.push(`shard ${plan.id}: Pagefind: ${error} (search-index-error)`);
    await index.deleteIndex();
    files = built.files;
  }
  const written = await writeShardBundle(files, path.join(context.outDir, plan.id));
  // Only the first shard's copy is kept at the root; every shard's runtime is the same file.
  const runtime =
    summary.shards.length === 0
      ? await writeSharedRuntime(files, path.join(context.outDir, "pagefind.js"))
      : { files: 0, bytes: 0 };
  summary.files += written.files + runtime.files;
  summary.bytes += written.bytes + runtime.bytes;
  const entry = files.find((file) => file.path === "pagefind-entry.json")?.content ?? new Uint8Array();
  const meta = files.find((file) => file.path.endsWith(".pf_meta"))?.path ?? "";
  return {
    indexed: records.length,
    words: indexWords(files),
    includeCharacters: includeCharactersOf(files),
    entry,
    meta,
    fingerprint: print,
    reused: reusable !== undefined,
  };
}

async function writeJson(file: string, value: unknown, summary: IndexSummary): Promise<void> {
  // Compact: every first search downloads it.
  const text = `${JSON.stringify(value)}\n`;
  await writeFile(file, text);
  summary.files += 1;
  summary.bytes += Buffer.byteLength(text);
}

export async function indexSearch(options: IndexSearchOptions): Promise<IndexSummary> {
  const log = options.log ?? ((): void => undefined);
  const summary: IndexSummary = {
    pages: 0,
    slugs: [],
    items: [],
    shards: [],
    synonyms: 0,
    files: 0,
    bytes: 0,
    termFiles: 0,
    termBytes: 0,
    reusedShards: 0,
    warnings: [],
  };
  const outDir = options.pagefindDir;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const items = options.items ?? readSearchItems(options.contentDir);
  const bySlug = new Map(items.map((item) => [item.slug, item]));
  const topicLabel = await readTopicLabels(options.topicsFile ?? path.join(dataDir, "topics.yaml"));
  summary.slugs = items.map((item) => item.slug);
  summary.items = items.map(({ item }) => ({ slug: item.slug, council: item.council, meetingDate: item.meetingDate }));
  const plans = planSearchShards(items, options);
  const shardWords: Set<string>[] = [];
  const entries = createHash("sha256");
  const fingerprints: Record<string, string> = {};
  let includeCharacters: string[] = [];
  const config: pagefind.PagefindServiceConfig = { forceLanguage: indexLanguage };
  if (options.maxFragments !== undefined) config.maxFragments = options.maxFragments;
  let done = 0;
  const context = {
    items: bySlug,
    topicLabel,
    layout: options.layout ?? defaultLayout,
    outDir,
    config,
    version: await pagefindVersion(),
    previous: await readPreviousIndex(options.previousDir),
    summary,
    onItem: (): void => options.onItems?.((done += 1), items.length),
  };
  try {
    for (const [position, plan] of plans.entries()) {
      log(`search: indexing shard ${position + 1} of ${plans.length} (${plan.id}, ${plan.slugs.length} items)`);
      const shard = await indexShard(plan, context);
      summary.pages += shard.indexed;
      summary.reusedShards += shard.reused ? 1 : 0;
      summary.shards.push({
        id: plan.id,
        count: shard.indexed,
        newestYear: plan.newestYear,
        oldestYear: plan.oldestYear,
        meta: shard.meta,
      });
      shardWords.push(shard.words);
      entries.update(plan.id).update(shard.entry);
      fingerprints[plan.id] = shard.fingerprint;
      if (position === 0) includeCharacters = shard.includeCharacters;
    }
  } finally {
    await pagefind.close();
  }

  const directory = buildTermDirectory(shardWords, {
    keyLength: options.termKeyLength ?? termDirectoryDefaults.keyLength,
    chunkBytes: options.termChunkBytes ?? termDirectoryDefaults.chunkBytes,
    includeCharacters,
  });
  await mkdir(path.join(outDir, "terms"), { recursive: true });
  for (const file of directory.files) {
    await writeFile(path.join(outDir, file.path), file.text);
    summary.termFiles += 1;
    summary.termBytes += Buffer.byteLength(file.text);
  }
  summary.files += summary.termFiles;
  summary.bytes += summary.termBytes;

  const acronyms = await readSynonyms(options.acronymsFile ?? path.join(dataDir, "acronyms.yaml"));
  summary.warnings.push(...acronyms.warnings);
  summary.synonyms = acronyms.synonyms.length;
  const manifest: ShardManifest = {
    version: 1,
    language: indexLanguage,
    shards: summary.shards,
    cacheTag: entries.digest("hex").slice(0, 12),
    synonyms: acronyms.synonyms,
    terms: directory.manifest,
  };
  await writeJson(path.join(outDir, "shards.json"), manifest, summary);
  await writeJson(path.join(outDir, recordsFile), { pagefind: context.version, shards: fingerprints }, summary);
  log(
    `search: ${summary.pages} pages in ${summary.shards.length} shard(s), ${summary.synonyms} synonyms, ${summary.files} files (term directory: ${summary.termFiles} chunks, ${summary.termBytes} bytes)`,
  );
  return summary;
}
