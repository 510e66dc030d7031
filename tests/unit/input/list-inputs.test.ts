/** listInputFolder: the inputs in a stable order, and the manifest names its listing saw for readManifest. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listInputFolder } from "../../../scripts/ingest/list-inputs.ts";
import { readManifest } from "../../../scripts/ingest/manifest.ts";

let folder = "";

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "inputs-"));
  for (const name of ["b.txt", "a.txt", ".hidden.txt", "manifest.csv", "Manifest.yaml"]) {
    writeFileSync(join(folder, name), name === "manifest.csv" ? "file,council\na.txt,Devon County Council\n" : "x\n");
  }
  mkdirSync(join(folder, "sub"));
  writeFileSync(join(folder, "sub", "manifest.yml"), "- file: a.txt\n");
  mkdirSync(join(folder, "manifest.yml"));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("listInputFolder", () => {
  it("lists the inputs, and the manifest names in the folder itself whatever kind of entry", async () => {
    for (const path of [folder, `${folder}/`]) {
      const { files, manifests } = await listInputFolder(path);
      expect(files).toEqual(["Manifest.yaml", "a.txt", "b.txt", "sub/manifest.yml"]);
      expect(manifests.sort()).toEqual(["manifest.csv", "manifest.yml"]);
    }
  });

  it("lets readManifest skip listing the folder again, with the same result", async () => {
    const single = join(folder, "sub");
    writeFileSync(join(single, "a.txt"), "x\n");
    for (const path of [folder, single]) {
      const { files, manifests } = await listInputFolder(path);
      const listedAgain = await readManifest(path, new Set(files));
      expect(await readManifest(path, new Set(files), manifests)).toEqual(listedAgain);
    }
    expect((await readManifest(single, new Set(["a.txt"]))).rows.get("a.txt")).toEqual({ file: "a.txt", line: 1 });
  });
});
