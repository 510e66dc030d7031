/**
 * Watches a process and its descendants through /proc (Linux): for each
 * process, when it was first and last seen, its command line, its peak
 * resident memory (VmHWM, exact even between samples) and the largest
 * resident size seen (VmRSS, for a phase of a long-lived process).
 * Used to measure Pagefind's own binary, which no preload can reach.
 */
import { readFileSync, readdirSync } from "node:fs";

export interface ProcessRecord {
  pid: number;
  parent: number;
  command: string;
  /** ms since the watch started. */
  firstSeen: number;
  lastSeen: number;
  peakKiB: number;
  /** Largest VmRSS seen in each named window (see `mark`), in KiB. */
  rssByWindow: Map<string, number>;
}

export interface TreeWatch {
  /** Starts a named window: later RSS samples count towards it. */
  mark(window: string): void;
  /** Peak VmHWM of `pid` as last read, in KiB (0 when never seen). */
  peakOf(pid: number): number;
  stop(): ProcessRecord[];
}

function readStatus(pid: number): { hwm: number; rss: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    return { hwm: field("VmHWM"), rss: field("VmRSS") };
  } catch {
    return undefined;
  }
}

function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command may hold spaces and brackets: the parent pid follows the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // Gone between listing and reading.
    }
  }
  return parents;
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
  } catch {
    return "";
  }
}

export function watchTree(rootPid: number, intervalMs = 200): TreeWatch {
  const started = performance.now();
  const records = new Map<number, ProcessRecord>();
  let window = "start";
  const sample = (): void => {
    const parents = parentsByPid();
    const inTree = new Set([rootPid]);
    // Parents may list after children: repeat until no process joins.
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, parent] of parents) {
        if (!inTree.has(pid) && inTree.has(parent)) {
          inTree.add(pid);
          grew = true;
        }
      }
    }
    const now = performance.now() - started;
    for (const pid of inTree) {
      const status = readStatus(pid);
      if (status === undefined) continue;
      let record = records.get(pid);
      if (record === undefined) {
        record = {
          pid,
          parent: parents.get(pid) ?? 0,
          command: commandOf(pid),
          firstSeen: now,
          lastSeen: now,
          peakKiB: 0,
          rssByWindow: new Map(),
        };
        records.set(pid, record);
      }
      record.lastSeen = now;
      record.peakKiB = Math.max(record.peakKiB, status.hwm);
      record.rssByWindow.set(window, Math.max(record.rssByWindow.get(window) ?? 0, status.rss));
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    mark(name) {
      sample();
      window = name;
    },
    peakOf: (pid) => records.get(pid)?.peakKiB ?? 0,
    stop() {
      clearInterval(timer);
      return [...records.values()];
    },
  };
}
