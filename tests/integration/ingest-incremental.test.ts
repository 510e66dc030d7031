/**
 * The ingest re-parses only what changed: same bytes, same manifest row and
 * same ingest code reuse the previous output; the result is the same as a
 * fresh run.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runIngest } from "../../scripts/ingest/run-ingest.ts";
import { sampleDir } from "../support/samples.ts";

function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), "ingest-incremental-"));
  const inputDir = path.join(root, "raw");
  cpSync(sampleDir, inputDir, { recursive: true });
  return { inputDir, outputDir: path.join(root, "minutes"), reportFile: path.join(root, "report.json") };
}

const snapshot = (folder: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), "utf8")]),
  );

describe("incremental ingest", () => {
  it("reuses unchanged files, re-parses a changed one, and drops the output of a deleted one", async () => {
    const options = workspace();
    const first = await runIngest(options);
    expect(first.reused).toBe(0);
    const firstOutput = snapshot(options.outputDir);

    const second = await runIngest(options);
    expect(second.reused).toBe(3);
    expect(snapshot(options.outputDir)).toEqual(firstOutput);

    const [changed, removed] = readdirSync(options.inputDir).sort();
    appendFileSync(path.join(options.inputDir, changed ?? ""), "\nA new closing sentence was added.\n");
    rmSync(path.join(options.inputDir, removed ?? ""));
    const third = await runIngest(options);
    expect(third.reused).toBe(1);
    expect(third.report.summary.read).toBe(2);
    const output = snapshot(options.outputDir);
    expect(Object.keys(output)).toHaveLength(2);
    expect(Object.values(output).some((text) => text.includes("A new closing sentence was added."))).toBe(true);

    const fresh = workspace();
    cpSync(options.inputDir, fresh.inputDir, { recursive: true, force: true });
    rmSync(path.join(fresh.inputDir, removed ?? ""));
    await runIngest(fresh);
    expect(snapshot(fresh.outputDir)).toEqual(output);
  });
});
