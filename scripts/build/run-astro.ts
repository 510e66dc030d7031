/**
 * Runs `astro build` in a child process, so the build script can report its
 * time and peak memory on their own and a crash in Astro cannot leave the
 * orchestrator in a half-finished state.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

export interface AstroBuildOptions {
  contentDir: string;
  reportFile: string;
  outDir: string;
  base: string;
  site: string;
  /** Show Astro's own log lines (off in CI and in tests, where the summary is enough). */
  verbose: boolean;
}

export interface StepUsage {
  seconds: number;
  /** Peak resident memory of the child, in MiB. */
  peakMiB: number;
}

const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
const peakMemoryReporter = new URL("./report-peak-memory.ts", import.meta.url).pathname;

export function runAstroBuild(options: AstroBuildOptions): Promise<StepUsage> {
  const started = performance.now();
  const env = {
    ...process.env,
    ARCHIVE_CONTENT_DIR: options.contentDir,
    ARCHIVE_REPORT_FILE: options.reportFile,
    ARCHIVE_OUT_DIR: options.outDir,
    ARCHIVE_BASE: options.base,
    ARCHIVE_SITE: options.site,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", peakMemoryReporter, astroBin, "build"], {
      env,
      stdio: ["ignore", options.verbose ? "inherit" : "pipe", "pipe", "pipe"],
    });
    let peakMiB = 0;
    let errors = "";
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
      if (options.verbose) process.stderr.write(chunk);
    });
    child.stdio[3]?.on("data", (chunk: Buffer) => (peakMiB = Number(chunk.toString().trim()) || peakMiB));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) return resolve({ seconds: (performance.now() - started) / 1000, peakMiB });
      reject(new Error(`astro build failed (exit code ${code}).\n${options.verbose ? "" : output.slice(-4000)}${errors.slice(-4000)}`));
    });
  });
}
