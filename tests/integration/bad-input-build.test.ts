/**
 * Every bad-input fixture through the whole build, as a user's messy folder
 * would go: each file either becomes a page that reads correctly or is listed
 * as rejected with its reason, the rest of the site still builds, the about
 * page counts the rejections, and --strict turns them into a failed build.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { IngestReport } from "../../scripts/ingest/report.ts";
import { buildSite, projectRoot } from "../support/build-site.ts";

const fixtures = path.join(projectRoot, "tests/fixtures/bad-input");
const input = mkdtempSync(path.join(tmpdir(), "bad-input-build-"));
for (const name of readdirSync(fixtures).filter((file) => file !== "README.md" && file !== "generate.ts")) {
  cpSync(path.join(fixtures, name), path.join(input, name));
}
writeFileSync(path.join(input, "too-large.txt"), `Agenda item\n\nHuge\n\nMinutes:\n\n${"word ".repeat(500_000)}\n`);

const rejected: Record<string, string> = {
  "binary.bin": "unsupported-file-type",
  "binary-in-disguise.txt": "binary-file",
  "empty.txt": "empty-file",
  "whitespace-only.txt": "empty-file",
  "utf16le-no-bom.txt": "binary-file",
  "too-large.txt": "file-too-large",
};

describe("a folder of bad inputs through the build", () => {
  const site = buildSite(input);
  const report = JSON.parse(readFileSync(site.reportFile, "utf8")) as IngestReport;
  const entry = (file: string) => report.files.find((candidate) => candidate.file === file);

  it("builds the good files and finishes, listing the rejected ones", () => {
    expect(site.exitCode, site.log).toBe(0);
    expect(report.files.map((file) => file.file).sort()).toEqual(readdirSync(input).sort());
  });

  it.each(Object.entries(rejected))("rejects %s with %s, naming the file in the log", (file, ruleId) => {
    expect(entry(file)?.status).toBe("rejected");
    expect(
      entry(file)
        ?.messages.filter((message) => message.fatal)
        .map((message) => message.ruleId),
    ).toEqual([ruleId]);
    expect(site.log).toContain(`${file}:`);
  });

  it("turns every other fixture into a page whose text arrived intact", () => {
    const written = report.files.filter((file) => !(file.file in rejected));
    expect(written.length).toBeGreaterThanOrEqual(10);
    for (const file of written) {
      expect(file.status, file.file).toBe("written");
      for (const slug of file.items) {
        const page = readFileSync(path.join(site.outDir, "items", slug, "index.html"), "utf8");
        expect(page, file.file).not.toContain("\uFFFD");
      }
    }
    const windows = readFileSync(
      path.join(site.outDir, "items", entry("windows-1252.txt")?.items[0] ?? "", "index.html"),
      "utf8",
    );
    expect(windows).toContain("£");
    expect(windows).toContain("’");
  });

  it("keeps a raw file's frontmatter-like block as text: it sets no metadata", () => {
    const slug = entry("frontmatter-like.txt")?.items[0] ?? "";
    expect(slug).not.toBe("evil");
    const page = readFileSync(path.join(site.outDir, "items", slug, "index.html"), "utf8");
    expect(page).not.toMatch(/<h1[^>]*>evil<\/h1>/u);
    expect(page).toContain("title: evil");
  });

  it("says on the about page how many inputs were rejected", () => {
    const about = readFileSync(path.join(site.outDir, "about", "index.html"), "utf8");
    expect(about.replace(/<[^>]+>/gu, " ").replace(/\s+/gu, " ")).toMatch(
      new RegExp(`Source files rejected ${Object.keys(rejected).length}\\b`, "u"),
    );
  });

  it("fails with --strict and leaves no site behind", () => {
    const strict = buildSite(input, { extraArgs: ["--strict"] });
    expect(strict.exitCode).toBe(1);
    expect(strict.log).toContain("stopping (--strict)");
    expect(() => readdirSync(strict.outDir)).toThrow();
  });
});
