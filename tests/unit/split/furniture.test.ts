import { describe, expect, it } from "vitest";
import { removeFurniture } from "../../../scripts/ingest/parse/page-forms/furniture.ts";
import { bodyText, splitFixture } from "./split-fixture.ts";
import { toSourceLines } from "./source-lines.ts";

describe("page furniture", () => {
  it("removes navigation, icon text, size labels and <AI> markers, reporting each", () => {
    const result = splitFixture("furniture-pdf-icon");
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.title).toBe("Unaccompanied asylum-seeking children");
    expect(result.items[0]?.documents).toEqual(["Transfer scheme briefing", "Quota table"]);
    expect(bodyText(result)).toEqual(["The Panel heard about the national transfer scheme quota."]);
    expect(result.removed.map((entry) => [entry.line, entry.text, entry.reason])).toEqual([
      [1, "skip navigation and tools", "navigation text"],
      [2, "Toggle mobile menu visibility", "navigation text"],
      [6, "<AI1>", "agenda item marker"],
      [8, "</AI1>", "agenda item marker"],
      [14, "pdf icon", "document icon text"],
      [18, "pdf icon PDF 74 KB", "document size label"],
      [19, "pdf icon PDF 1.5 MB", "document size label"],
    ]);
    expect(result.messages).toEqual([]);
  });

  it("never removes a line of minutes that only mentions the same words", () => {
    const lines = toSourceLines(
      [
        "Members asked officers to skip navigation and tools training this year.",
        "The PDF 74 KB limit on uploads was noted.",
        "A pdf icon was added to the portal.",
      ].join("\n"),
    );
    const { lines: kept, removed } = removeFurniture(lines);
    expect(kept).toEqual(lines);
    expect(removed).toEqual([]);
  });

  it("keeps the text around an inline marker, on its own line number", () => {
    const { lines, removed } = removeFurniture(toSourceLines("x\n<AI2>Fostering recruitment</AI2>"));
    expect(lines[1]).toEqual({ line: 2, text: "Fostering recruitment" });
    expect(removed.map((entry) => entry.text)).toEqual(["<AI2>", "</AI2>"]);
  });
});

describe("Welsh labels", () => {
  const result = splitFixture("welsh-labels");

  it("reads Eitem agenda, Cofnodion, Penderfyniad and Dogfennau ychwanegol", () => {
    expect(result.items).toHaveLength(1);
    const [item] = result.items;
    expect(item?.title).toBe("Strategaeth Gofal Maeth");
    expect(item?.language).toBe("cy");
    expect(bodyText(result)).toEqual(["Cafodd yr adroddiad ei gyflwyno gan Bennaeth y Gwasanaethau Plant."]);
    expect(item?.decision?.map((line) => line.text).filter(Boolean)).toEqual(["Penderfynwyd nodi'r adroddiad."]);
    expect(item?.documents).toEqual(["Adroddiad Gofal Maeth"]);
    expect(result.removed).toMatchObject([{ line: 15, text: "pdf eicon PDF 88 KB" }]);
  });
});
