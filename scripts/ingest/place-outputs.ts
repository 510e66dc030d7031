/**
 * Puts a file's outputs into the staging folder without ever replacing one: a
 * name that already exists there means another input's item wants the same
 * address. On any failure the names this file placed are taken back.
 */
import { linkSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** "missing": a file to link from was gone. */
export type Placed = "placed" | "missing" | { clash: string };

function failed(error: unknown, names: readonly string[], placedCount: number): Placed {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EEXIST") return { clash: names[placedCount] ?? "" };
  if (code === "ENOENT") return "missing";
  throw error;
}

/** Hard links: an unchanged file's previous output, reused without copying. */
export function linkOutputs(names: readonly string[], fromDir: string, stagingDir: string): Placed {
  const placed: string[] = [];
  try {
    for (const name of names) {
      linkSync(path.join(fromDir, name), path.join(stagingDir, name));
      placed.push(name);
    }
    return "placed";
  } catch (error) {
    for (const name of placed) rmSync(path.join(stagingDir, name), { force: true });
    return failed(error, names, placed.length);
  }
}

export function writeOutputs(outputs: ReadonlyMap<string, string>, stagingDir: string): Placed {
  const placed: string[] = [];
  try {
    for (const [name, contents] of outputs) {
      writeFileSync(path.join(stagingDir, name), contents, { flag: "wx" });
      placed.push(name);
    }
    return "placed";
  } catch (error) {
    for (const name of placed) rmSync(path.join(stagingDir, name), { force: true });
    return failed(error, [...outputs.keys()], placed.length);
  }
}
