import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { patchRuntime, runtimePatches } from "../../../scripts/build/pagefind-runtime-patches.ts";

const poll = (ms: number): string =>
  `async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(${ms});}`;
const fetchCall = "const response=await fetch(queued.input);";

let installedRuntime = "";

beforeAll(async () => {
  const { index } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error("Pagefind did not start");
  await index.addCustomRecord({ url: "/a/", content: "placement", language: "en" });
  const { files } = await index.getFiles();
  installedRuntime = new TextDecoder().decode(files.find((file) => file.path === "pagefind.js")?.content);
});

afterAll(async () => {
  await pagefind.close();
});

describe("patchRuntime", () => {
  test("polls every 2 ms instead of 50 while the index loads", () => {
    const { runtime, applied } = patchRuntime(`a;${poll(50)}b`);
    expect(runtime).toBe(`a;${poll(2)}b`);
    expect(applied).toEqual(["init poll every 2 ms"]);
  });

  test("inflates fetched gzip bodies natively, with its helper defined before the runtime's code", () => {
    const { runtime, applied } = patchRuntime(`x;${fetchCall}y`);
    expect(applied).toEqual(["native gzip inflate"]);
    expect(runtime).toMatch(/^const inflateGzipResponse=async\(response\)=>\{.*DecompressionStream\("gzip"\).*\};\n/);
    expect(runtime.endsWith("x;const response=await inflateGzipResponse(await fetch(queued.input));y")).toBe(true);
  });

  test("leaves code it does not find exactly once as it is", () => {
    for (const runtime of ["other code", `${poll(50)}${poll(50)}`, poll(40), `${fetchCall}${fetchCall}`]) {
      expect(patchRuntime(runtime)).toEqual({ runtime, applied: [] });
    }
  });

  test("applies every patch to the installed Pagefind's runtime (else upgrading Pagefind lost one)", () => {
    expect(installedRuntime).toContain(poll(50));
    const { runtime, applied } = patchRuntime(installedRuntime);
    expect(applied).toEqual(runtimePatches.map((patch) => patch.name));
    expect(runtime).toContain(poll(2));
    expect(runtime).not.toContain(fetchCall);
  });
});

describe("the native inflate helper", () => {
  // The prelude is loaded as the module code it is in the page: Node has the same Response, Blob and
  // DecompressionStream as the browser.
  type Inflate = (response: Response) => Promise<Response>;
  let inflate: Inflate;
  beforeAll(async () => {
    const helper = runtimePatches.find((patch) => patch.name === "native gzip inflate")?.prelude ?? "";
    const folder = await mkdtemp(path.join(tmpdir(), "inflate-helper-"));
    const file = path.join(folder, "helper.mjs");
    await writeFile(file, `${helper}export { inflateGzipResponse };\n`);
    ({ inflateGzipResponse: inflate } = (await import(pathToFileURL(file).href)) as { inflateGzipResponse: Inflate });
    await rm(folder, { recursive: true, force: true });
  });

  test("turns a gzip body into the bytes it holds, keeping status and headers", async () => {
    const original = new TextEncoder().encode("pagefind_dcd and the index");
    const response = await inflate(new Response(gzipSync(original), { headers: { "x-test": "kept" } }));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(original);
    expect(response.headers.get("x-test")).toBe("kept");
  });

  test("inflates a body that arrives in small chunks", async () => {
    const original = new TextEncoder().encode("pagefind_dcd ".repeat(500));
    const gzipped = gzipSync(original);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < gzipped.length; at += 3) controller.enqueue(gzipped.subarray(at, at + 3));
        controller.close();
      },
    });
    const response = await inflate(new Response(chunks));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(original);
  });

  test("passes other bodies and failed responses through unchanged", async () => {
    const plain = await inflate(new Response('{"version":"1.6.0"}'));
    expect(await plain.json()).toEqual({ version: "1.6.0" });
    const missing = new Response("not found", { status: 404 });
    expect(await inflate(missing)).toBe(missing);
  });
});
