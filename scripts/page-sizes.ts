/**
 * npm run sizes -- [--dir dist]
 * Prints the size of one page of each type in a built site, raw and gzipped,
 * as a Markdown table (recorded in docs/page-sizes.md).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values } = parseArgs({ options: { dir: { type: "string", default: "dist" } } });
const dir = values.dir;

/** The first page found under a folder, so the table works for any archive. */
function firstPageUnder(folder: string): string | undefined {
  const root = path.join(dir, folder);
  if (!existsSync(root)) return undefined;
  const child = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0];
  return child === undefined ? undefined : path.join(folder, child, "index.html");
}

const pageTypes: [string, string | undefined][] = [
  ["Home", "index.html"],
  ["Item", firstPageUnder("items")],
  ["Councils A–Z", "councils/index.html"],
  ["One council", firstPageUnder("councils")],
  ["Committees", "committees/index.html"],
  ["Topics", "topics/index.html"],
  ["One topic", firstPageUnder("topics")],
  ["Years", "years/index.html"],
  ["Search (before any query)", "search/index.html"],
  ["About", "about/index.html"],
  ["Accessibility statement", "accessibility/index.html"],
  ["404", "404.html"],
];

const assets = readdirSync(path.join(dir, "_astro")).filter((name) => name.endsWith(".js") || name.endsWith(".css"));

console.log("| Page type | Example | Bytes | Gzipped |\n| --- | --- | ---: | ---: |");
for (const [label, file] of pageTypes) {
  if (file === undefined || !existsSync(path.join(dir, file))) continue;
  const bytes = readFileSync(path.join(dir, file));
  console.log(
    `| ${label} | \`${file}\` | ${bytes.length.toLocaleString("en-GB")} | ${gzipSync(bytes).length.toLocaleString("en-GB")} |`,
  );
}
console.log("\n| Script or stylesheet (in `_astro/`) | Bytes | Gzipped |\n| --- | ---: | ---: |");
for (const name of assets.sort()) {
  const bytes = readFileSync(path.join(dir, "_astro", name));
  console.log(
    `| \`${name}\` | ${bytes.length.toLocaleString("en-GB")} | ${gzipSync(bytes).length.toLocaleString("en-GB")} |`,
  );
}
