/**
 * Runs `astro build` in a child process, so the build script can report its
 * time and peak memory on their own and a crash in Astro cannot leave the
 * orchestrator in a half-finished state.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultLayout, layoutEnvName, type SiteLayout } from "../../src/site/site-layout.ts";

export interface AstroBuildOptions {
  contentDir: string;
  reportFile: string;
  outDir: string;
  base: string;
  site: string;
  /** Show Astro's own log lines (off in CI and in tests, where the summary is enough). */
  verbose: boolean;
  /** Called with the number of pages written so far, read from Astro's log. */
  onPages?: (pages: number) => void;
  /**
   * Astro's cache folder: the incremental build's manifest and its copies of the pages, which the
   * next build reuses. Builds side by side each need their own. Default: $ARCHIVE_CACHE_DIR, else
   * node_modules/.astro (as in astro.config.mjs).
   */
  cacheDir?: string;
  /**
   * Keep Astro's incremental-build cache, so the next build renders only changed pages (default true).
   * A one-off build (CI with no cache kept) saves ~10 % by turning it off.
   */
  incremental?: boolean;
  /** How items and listings are spread over pages (src/site/site-layout.ts); the default layout when absent. */
  layout?: SiteLayout;
  /** More environment for the child, e.g. SOURCE_DATE_EPOCH in tests. */
  extraEnv?: Record<string, string>;
}

export interface StepUsage {
  seconds: number;
  /** Peak resident memory of the child, in MiB. */
  peakMiB: number;
}

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const astroBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve("astro/package.json")),
  "bin",
  "astro.mjs",
);
const peakMemoryReporter = new URL("./report-peak-memory.ts", import.meta.url).pathname;
const outputLinks = new URL("./astro-output-links.ts", import.meta.url).pathname;

/**
 * Astro rewrites its cached page copies as it renders and saves the manifest that vouches for them
 * only at the end, so a build that stopped half way leaves copies the manifest does not describe.
 * A marker present from start to success tells the next build to start its cache afresh, as does
 * a change of site layout.
 */
function guardIncrementalCache(cacheDir: string, layout: string): { succeeded(): void } {
  const marker = path.join(cacheDir, "incremental-build.running");
  // Pages' cache keys cover their data, not the layout: links and page sizes change with it too.
  const layoutFile = path.join(cacheDir, "site-layout.json");
  const sameLayout = existsSync(layoutFile) && readFileSync(layoutFile, "utf8") === layout;
  if (existsSync(marker) || !sameLayout) {
    rmSync(path.join(cacheDir, "incremental-build.json"), { force: true });
    rmSync(path.join(cacheDir, "dist"), { recursive: true, force: true });
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(layoutFile, layout);
  writeFileSync(marker, "");
  return { succeeded: () => rmSync(marker, { force: true }) };
}

export function runAstroBuild(options: AstroBuildOptions): Promise<StepUsage> {
  const started = performance.now();
  const layout = JSON.stringify(options.layout ?? defaultLayout);
  const cacheDir = path.resolve(
    options.cacheDir ?? process.env["ARCHIVE_CACHE_DIR"] ?? path.join(projectRoot, "node_modules", ".astro"),
  );
  // Vite reads BASE_URL, MODE and friends from the environment and lets them override the
  // config, so a build started from a test runner (which sets them) would lose its --base.
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
  const env = {
    ...inherited,
    ARCHIVE_CONTENT_DIR: path.resolve(options.contentDir),
    ARCHIVE_REPORT_FILE: path.resolve(options.reportFile),
    ARCHIVE_OUT_DIR: path.resolve(options.outDir),
    ARCHIVE_BASE: options.base,
    ARCHIVE_SITE: options.site,
    ASTRO_TELEMETRY_DISABLED: "1",
    ARCHIVE_CACHE_DIR: cacheDir,
    [layoutEnvName]: layout,
    ...(options.incremental === false ? { ARCHIVE_INCREMENTAL: "0" } : {}),
    ...options.extraEnv,
  };
  return new Promise((resolve, reject) => {
    // Astro keeps its prerender chunks inside outDir only when outDir is under the working
    // directory (else in <cwd>/.astro/, shared by every build); so the child runs beside outDir.
    const outDir = path.resolve(options.outDir);
    mkdirSync(outDir, { recursive: true });
    let cache: ReturnType<typeof guardIncrementalCache>;
    try {
      cache = guardIncrementalCache(cacheDir, layout);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return reject(new Error(`astro build failed: its cache folder ${cacheDir} cannot be used (${reason}).`));
    }
    const preloads = ["--import", peakMemoryReporter, "--import", outputLinks];
    const child = spawn(process.execPath, [...preloads, astroBin, "build", "--root", projectRoot], {
      cwd: outDir,
      env,
      stdio: ["ignore", options.verbose ? "inherit" : "pipe", "pipe", "pipe"],
    });
    let peakMiB = 0;
    let errors = "";
    let output = "";
    let pages = 0;
    child.stdout?.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      // Astro logs one "├─ /path/index.html (+12ms)" line per generated page.
      pages += text.match(/[├└]─ \S+/gu)?.length ?? 0;
      options.onPages?.(pages);
      output = (output + text).slice(-20_000);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
      if (options.verbose) process.stderr.write(chunk);
    });
    child.stdio[3]?.on("data", (chunk: Buffer) => (peakMiB = Number(chunk.toString().trim()) || peakMiB));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) {
        cache.succeeded();
        return resolve({ seconds: (performance.now() - started) / 1000, peakMiB });
      }
      reject(
        new Error(
          `astro build failed (exit code ${code}).\n${options.verbose ? "" : output.slice(-4000)}${errors.slice(-4000)}`,
        ),
      );
    });
  });
}
