/**
 * npm run ingest -- [--input DIR] [--output DIR] [--report FILE]
 * Turns every raw minutes file in DIR into content/minutes/<slug>.md and writes
 * the report; exits 1 when any input was rejected (the good ones are still written).
 */
import { enableCompileCache } from "node:module";
import { parseArgs } from "node:util";
import { ingestDefaults } from "./paths.ts";

// Before the ingest code is loaded: the cache halves the time spent loading and type-stripping it.
enableCompileCache();
const { runIngest } = await import("./ingest/run-ingest.ts");
const { hasRejections, printIngestReport } = await import("./ingest/print-report.ts");

const { values } = parseArgs({
  options: {
    input: { type: "string", default: ingestDefaults.inputDir },
    output: { type: "string", default: ingestDefaults.outputDir },
    report: { type: "string", default: ingestDefaults.reportFile },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help) {
  console.log("Usage: npm run ingest -- [--input DIR] [--output DIR] [--report FILE]");
  process.exit(0);
}

const started = performance.now();
const { report, reused } = await runIngest({
  inputDir: values.input,
  outputDir: values.output,
  reportFile: values.report,
});
printIngestReport(report, values.output, (performance.now() - started) / 1000, reused);
if (hasRejections(report)) {
  console.error(`ingest: see ${values.report} for every rejected file and why.`);
  process.exitCode = 1;
}
