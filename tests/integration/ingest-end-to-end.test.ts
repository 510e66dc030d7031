/**
 * The ingest end to end through runIngest, on temporary folders: the same
 * inputs give byte-identical content and report (fresh or re-run over its own
 * output); every bad-input fixture is either written correctly or rejected with
 * its rule id while the good files are still written; output whose source is
 * gone is removed; a frontmatter-like block in a raw file sets no metadata.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { afterAll, describe, expect, it } from "vitest";
import { loadDescribeData } from "../../scripts/ingest/describe/load-describe-data.ts";
import { ingestFile } from "../../scripts/ingest/ingest-file.ts";
import type { IngestReport } from "../../scripts/ingest/report.ts";
import { runIngest } from "../../scripts/ingest/run-ingest.ts";
import { hashTree } from "../support/hash-tree.ts";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A fresh input folder holding the golden and bad-input fixtures, plus output and report paths. */
function workspace(extra: Record<string, string | Uint8Array> = {}) {
  const root = mkdtempSync(path.join(tmpdir(), "ingest-e2e-"));
  roots.push(root);
  const inputDir = path.join(root, "raw");
  cpSync(path.join(fixtures, "golden"), inputDir, { recursive: true, filter: (source) => !source.endsWith(".md") });
  for (const name of readdirSync(path.join(fixtures, "bad-input"))) {
    if (name !== "README.md" && name !== "generate.ts")
      cpSync(path.join(fixtures, "bad-input", name), path.join(inputDir, name));
  }
  for (const [name, contents] of Object.entries(extra)) writeFileSync(path.join(inputDir, name), contents);
  return { inputDir, outputDir: path.join(root, "minutes"), reportFile: path.join(root, "report.json") };
}

const fileReport = (report: IngestReport, file: string) => report.files.find((entry) => entry.file === file);
const readItem = (dir: string, slug: string) => matter(readFileSync(path.join(dir, `${slug}.md`), "utf8"));

describe("determinism", () => {
  it("ingestFile gives byte-identical output twice for every golden fixture", () => {
    const data = loadDescribeData();
    for (const name of readdirSync(path.join(fixtures, "golden")).filter((file) => file.endsWith(".txt"))) {
      const bytes = new Uint8Array(readFileSync(path.join(fixtures, "golden", name)));
      const [first, second] = [ingestFile(bytes, name, undefined, data), ingestFile(bytes, name, undefined, data)];
      expect(JSON.stringify(second), name).toBe(JSON.stringify(first));
    }
  });

  it("runIngest gives byte-identical content and report, fresh and re-run over its own output", async () => {
    const [a, b] = [workspace(), workspace()];
    await runIngest(a);
    await runIngest(b);
    const [treeA, treeB] = [await hashTree(a.outputDir), await hashTree(b.outputDir)];
    expect(treeA.size).toBeGreaterThan(30);
    expect([...treeB]).toEqual([...treeA]);
    expect(readFileSync(b.reportFile, "utf8")).toBe(readFileSync(a.reportFile, "utf8"));

    const rerun = await runIngest(a);
    expect(rerun.reused).toBeGreaterThan(0);
    expect([...(await hashTree(a.outputDir))]).toEqual([...treeA]);
    expect(readFileSync(a.reportFile, "utf8")).toBe(readFileSync(b.reportFile, "utf8"));
  });
});

describe("bad input through the whole ingest", async () => {
  const options = workspace({ "too-large.txt": "Agenda item\n\nBig\n\nMinutes:\n\n".padEnd(3 * 1024 * 1024, "x ") });
  const { report } = await runIngest(options);

  it.each([
    ["empty.txt", "empty-file"],
    ["whitespace-only.txt", "empty-file"],
    ["binary.bin", "unsupported-file-type"],
    ["binary-in-disguise.txt", "binary-file"],
    ["utf16le-no-bom.txt", "binary-file"],
    ["too-large.txt", "file-too-large"],
  ])("%s is rejected with %s and writes nothing", (file, ruleId) => {
    const entry = fileReport(report, file);
    expect(entry).toMatchObject({ status: "rejected", items: [] });
    expect(entry?.messages.filter((message) => message.fatal).map((message) => message.ruleId)).toEqual([ruleId]);
  });

  // The same minutes in every encoding and line ending: each written, with the same body and the £ and ’ intact.
  const same = [
    "utf8-bom.txt",
    "utf16le-bom.txt",
    "utf16be-bom.txt",
    "crlf.txt",
    "cr-only.txt",
    "windows-1252.txt",
    "c1-controls.txt",
    "frontmatter-like.txt",
  ];
  it.each(same)("%s is written with its title, resolution and £1.2m intact", (file) => {
    const entry = fileReport(report, file);
    expect(entry?.status).toBe("written");
    expect(entry?.items).toHaveLength(1);
    const item = readItem(options.outputDir, entry?.items[0] ?? "");
    expect(item.data).toMatchObject({
      title: "Placement Sufficiency Strategy",
      sourceFile: file,
      resolutions: ["That the report be noted."],
    });
    // The frontmatter-like block stays at the top as text; the rest is the same page.
    expect(
      item.content.endsWith(readItem(options.outputDir, fileReport(report, "crlf.txt")?.items[0] ?? "").content),
    ).toBe(true);
    expect(item.content).toContain("Director of Children’s Services on the £1.2m placement budget.");
  });

  it("writes the mixed-encoding and NBSP-padded files with their own titles and lists", () => {
    const mixed = readItem(options.outputDir, fileReport(report, "mixed-encoding.txt")?.items[0] ?? "");
    expect(mixed.data.title).toBe("Children’s Homes: Ofsted Update");
    const padded = readItem(options.outputDir, fileReport(report, "nbsp-padding.txt")?.items[0] ?? "");
    expect(padded.content).toContain(
      "- i) The number of children in care had risen by 4%.\n- ii) The Virtual School had been praised.",
    );
  });

  it("still writes every golden file beside the rejected ones", () => {
    for (const name of readdirSync(path.join(fixtures, "golden")).filter((file) => file.endsWith(".txt"))) {
      expect(fileReport(report, name)?.status, name).toBe("written");
    }
    expect(report.summary.rejected).toBe(6);
  });
});

describe("a raw file cannot set its own metadata", () => {
  it("takes title and council from the text, not from a frontmatter-like block", async () => {
    const raw =
      "---\ntitle: Evil Title\ncouncil: Nowhere Borough Council\nslug: evil\n---\nAgenda item\n\nCorporate Parenting Pledge\n\nMinutes:\n\nThe Board agreed the pledge with Leicestershire County Council.\n";
    const options = workspace({ "pledge.txt": raw });
    const { report } = await runIngest(options);
    const entry = fileReport(report, "pledge.txt");
    expect(entry?.messages.map((message) => message.ruleId)).toContain("frontmatter-in-raw");
    expect(entry?.items.some((slug) => slug.startsWith("evil"))).toBe(false);
    const item = readItem(options.outputDir, entry?.items[0] ?? "");
    expect(item.data).toMatchObject({ title: "Corporate Parenting Pledge", council: "Leicestershire County Council" });
    expect(item.content).toContain("title: Evil Title");
  });
});

describe("output whose source is gone", () => {
  it("is removed on the next run, and nothing else changes", async () => {
    const options = workspace();
    const first = await runIngest(options);
    const gone = fileReport(first.report, "welsh-item-page.txt")?.items ?? [];
    expect(gone).toHaveLength(1);
    const before = await hashTree(options.outputDir);
    rmSync(path.join(options.inputDir, "welsh-item-page.txt"));
    const second = await runIngest(options);
    const after = await hashTree(options.outputDir);
    expect(after.has(`${gone[0]}.md`)).toBe(false);
    expect(fileReport(second.report, "welsh-item-page.txt")).toBeUndefined();
    const unchanged = [...before].filter(([file]) => file !== `${gone[0]}.md` && !file.startsWith("."));
    expect(unchanged.every(([file, hash]) => after.get(file) === hash)).toBe(true);
  });
});
