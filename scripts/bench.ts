/**
 * npm run bench -- --items N [--check-all] [--no-incremental] [--repeats N] [-- build args, e.g. --max-files 20000]
 * npm run bench -- --table FILE...   (a Markdown table from saved result.json files)
 * Generates N synthetic raw minutes, builds them with the real build, and
 * measures time, memory, sizes and first searches in Chromium (issue 5).
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { formatMachine, formatResults } from "./bench/format-results.ts";
import { runBench, type BenchResult } from "./bench/run-bench.ts";

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    items: { type: "string", default: "1000" },
    "check-all": { type: "boolean", default: false },
    "no-incremental": { type: "boolean", default: false },
    repeats: { type: "string", default: "5" },
    table: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run bench -- --items N [--check-all] [--no-incremental] [--repeats N] [BUILD ARGS...]
       npm run bench -- --table .bench/n1000/result.json .bench/n10000/result.json
  --items N          raw files to generate and build (default 1000); work folder .bench/nN/
  --check-all        check every item's marker word (default: all up to 2,000 items, else 1,000 of them)
  --no-incremental   skip the rebuild after adding one file
  --repeats N        cold runs of each search measurement, median reported (default 5)
  BUILD ARGS         after a lone --, passed to scripts/build.ts, e.g. -- --max-files 20000`);
  process.exit(0);
}

if (values.table) {
  const results = await Promise.all(
    positionals.map(async (file) => JSON.parse(await readFile(file, "utf8")) as BenchResult),
  );
  console.log(formatResults(results));
  if (results[0]) console.log(`\n${formatMachine(results[0])}`);
  process.exit(0);
}

const items = Number(values.items);
if (!Number.isInteger(items) || items < 1) {
  console.error(`bench: --items must be a positive whole number, got ${values.items}`);
  process.exit(2);
}
const repeats = Number(values.repeats);
if (!Number.isInteger(repeats) || repeats < 1) {
  console.error(`bench: --repeats must be a positive whole number, got ${values.repeats}`);
  process.exit(2);
}
try {
  const result = await runBench({
    items,
    checkAll: values["check-all"],
    skipIncremental: values["no-incremental"],
    searchRepeats: repeats,
    buildArgs: positionals,
    log: (line) => console.error(line),
  });
  console.log(formatResults([result]));
  console.log(`\n${formatMachine(result)}\nFull result: .bench/n${items}/result.json`);
  if (result.markers.failures.length > 0) {
    console.error(
      `bench: ${result.markers.failures.length} marker(s) did not find exactly their item, e.g. ${JSON.stringify(result.markers.failures[0])}`,
    );
    process.exit(1);
  }
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
