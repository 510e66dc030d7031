/** What the numbers were measured on: CPU, memory, load, and the versions that matter. */
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import path from "node:path";

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  /** 1-minute load average when the run started and ended: the machine may be shared. */
  loadAtStart: number;
  loadAtEnd?: number;
  node: string;
  astro: string;
  pagefind: string;
  chromium?: string;
}

// Read from node_modules directly: some packages (pagefind) do not export their package.json.
const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(path.resolve("node_modules", name, "package.json"), "utf8")) as { version: string }).version;

export function machineInfo(): MachineInfo {
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAtStart: Number(loadavg()[0]?.toFixed(2)),
    node: process.version,
    astro: versionOf("astro"),
    pagefind: versionOf("pagefind"),
  };
}
