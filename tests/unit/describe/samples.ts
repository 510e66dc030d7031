/**
 * The three raw samples, cut into title and minutes text just enough for the
 * describe tests (the real split is the parser's job and is tested there).
 */
import { readFileSync } from "node:fs";

export interface Sample {
  title: string;
  text: string;
}

const files = {
  leicestershire: "000_210aec23ac9c1b66.txt",
  monmouthshire: "002_390e2da36e5b133c.txt",
  noCouncil: "003_f407cd4f4d02e7b1.txt",
} as const;

export function readSample(name: keyof typeof files): Sample {
  const raw = readFileSync(new URL(`../../../content/raw/${files[name]}`, import.meta.url), "utf8");
  const [head = "", rest = ""] = raw.split("Minutes:");
  const title = head.replace("Agenda item", "").trim().split("\n")[0] ?? "";
  const text = rest.split("Supporting documents:")[0] ?? "";
  return { title, text };
}
