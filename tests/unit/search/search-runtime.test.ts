import * as pagefind from "pagefind";
import { afterAll, describe, expect, test } from "vitest";
import { shortenInitPoll } from "../../../scripts/build/search-write.ts";

const poll = (ms: number): string =>
  `async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(${ms});}`;

afterAll(async () => {
  await pagefind.close();
});

describe("shortenInitPoll", () => {
  test("polls every 2 ms instead of 50 while the index loads", () => {
    expect(shortenInitPoll(`a;${poll(50)}b`)).toBe(`a;${poll(2)}b`);
  });

  test("leaves a runtime without that loop, or with it twice, as it is", () => {
    for (const runtime of ["other code", `${poll(50)}${poll(50)}`, poll(40)]) {
      expect(shortenInitPoll(runtime)).toBe(runtime);
    }
  });

  test("finds the loop in the installed Pagefind's runtime (else upgrading Pagefind lost the shorter poll)", async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error("Pagefind did not start");
    await index.addCustomRecord({ url: "/a/", content: "placement", language: "en" });
    const { files } = await index.getFiles();
    const runtime = new TextDecoder().decode(files.find((file) => file.path === "pagefind.js")?.content);
    expect(runtime).toContain(poll(50));
    expect(shortenInitPoll(runtime)).toContain(poll(2));
  });
});
