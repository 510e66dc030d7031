/**
 * Builds the test archive once per run, at the root and under a sub-path, and
 * hands the folders to the integration and end-to-end tests (vitest `inject`).
 */
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite, projectRoot, type BuiltSite } from "./build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    rootSite: BuiltSite;
    subPathSite: BuiltSite;
    archiveInput: string;
  }
}

/** The sample archive plus the fixture minutes under tests/fixtures/archive/. */
function assembleArchive(): string {
  const input = mkdtempSync(path.join(tmpdir(), "archive-input-"));
  cpSync(path.join(projectRoot, "content/raw"), input, { recursive: true });
  for (const name of readdirSync(path.join(projectRoot, "tests/fixtures/archive"))) {
    cpSync(path.join(projectRoot, "tests/fixtures/archive", name), path.join(input, name), { recursive: true });
  }
  return input;
}

export default function setup(project: TestProject): void {
  const archiveInput = assembleArchive();
  const rootSite = buildSite(archiveInput);
  if (rootSite.exitCode !== 0) throw new Error(`the test archive did not build:\n${rootSite.log}`);
  const subPathSite = buildSite(archiveInput, { base: "/minutes/" });
  if (subPathSite.exitCode !== 0)
    throw new Error(`the test archive did not build under /minutes/:\n${subPathSite.log}`);
  project.provide("rootSite", rootSite);
  project.provide("subPathSite", subPathSite);
  project.provide("archiveInput", archiveInput);
}
