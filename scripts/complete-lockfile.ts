/**
 * npm run lockfile:complete — after `npm install` on a machine whose registry
 * mirror holds only this platform's binaries, npm leaves the other platforms'
 * optional packages (Pagefind's and Astro's compiler binaries) out of
 * package-lock.json, and `npm ci` then refuses the lock as out of sync. This adds
 * the missing entries back as optional, as npm writes them with a full registry;
 * npm ci skips them on platforms they are not for.
 */
import { readFileSync, writeFileSync } from "node:fs";

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8")) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    lock.packages[key] = { version: range.replace(/^[\^~]/u, ""), ...(entry.dev ? { dev: true } : {}), optional: true };
    added.push(name);
  }
}
const sorted = Object.entries(lock.packages).sort(([a], [b]) =>
  a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0,
);
lock.packages = Object.fromEntries(sorted);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length > 0
    ? `package-lock.json: added ${added.length} optional entries (${added.join(", ")})`
    : "package-lock.json: complete",
);
