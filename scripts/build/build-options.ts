/** Command-line options of `npm run build`, checked and normalised once. */
import { parseArgs } from "node:util";
import { ingestDefaults, siteDefaults } from "../paths.ts";

export interface BuildOptions {
  inputDir: string;
  contentDir: string;
  reportFile: string;
  outDir: string;
  /** Path the site is served under, always with leading and trailing "/". */
  base: string;
  /** Absolute origin for feeds, sitemap and canonical links. */
  site: string;
  /** Fail the build when any input file is rejected. */
  strict: boolean;
  /** Bundle each search shard's result fragments into shared files above this many pages (fewer files for capped hosts). */
  maxFragments: number | undefined;
  /** Fit the site in this many files, for hosts that cap it (plan-file-budget.ts). */
  maxFiles: number | undefined;
  verbose: boolean;
}

export const buildUsage = `Usage: npm run build -- [options]
  --input DIR    raw minutes folder (default ${ingestDefaults.inputDir}, the sample archive)
  --out DIR      where the finished site goes (default ${siteDefaults.outDir})
  --content DIR  where the generated Markdown goes (default ${ingestDefaults.outputDir})
  --report FILE  where the ingest report goes (default ${ingestDefaults.reportFile})
  --base PATH    sub-path the site is served under, e.g. /minutes/ (default /)
  --site URL     public origin for feeds, sitemap and citations (default https://example.org)
  --strict       fail when any input file is rejected (default: build the rest, list them)
  --max-fragments N
                 bundle search result fragments into shared files above N pages per shard, for
                 hosts that cap a site's file count (default: one small file per item)
  --max-files N  fit the whole site in at most N files (e.g. 20000 for Cloudflare Pages): bundles
                 search fragments, lengthens listing pages and, if still needed, puts each
                 council's items of a year on one shared page; the build fails rather than exceed N
  --verbose      show Astro's own log`;

export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/gu, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

function readCount(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--${option} must be a whole number above 0, got ${value}`);
  return count;
}

export function readBuildOptions(argv: string[]): BuildOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: "string", default: ingestDefaults.inputDir },
      out: { type: "string", default: siteDefaults.outDir },
      content: { type: "string", default: ingestDefaults.outputDir },
      report: { type: "string", default: ingestDefaults.reportFile },
      base: { type: "string", default: process.env["ARCHIVE_BASE"] ?? "/" },
      site: { type: "string", default: process.env["ARCHIVE_SITE"] ?? "https://example.org" },
      strict: { type: "boolean", default: false },
      "max-fragments": { type: "string" },
      "max-files": { type: "string" },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  const site = new URL(values.site);
  if (site.protocol !== "https:" && site.protocol !== "http:")
    throw new Error(`--site must be an http(s) URL, got ${values.site}`);
  return {
    inputDir: values.input,
    contentDir: values.content,
    reportFile: values.report,
    outDir: values.out,
    base: normaliseBase(values.base),
    site: site.origin,
    strict: values.strict,
    maxFragments: readCount("max-fragments", values["max-fragments"]),
    maxFiles: readCount("max-files", values["max-files"]),
    verbose: values.verbose,
  };
}
