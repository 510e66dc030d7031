/** The embedded sample archive, as the tests read it. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const sampleDir = path.resolve(import.meta.dirname, "../../content/raw");

export function readSample(prefix: string): { file: string; text: string } {
  const file = readdirSync(sampleDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no sample starting ${prefix} in ${sampleDir}`);
  return { file, text: readFileSync(path.join(sampleDir, file), "utf8") };
}
