/** Default locations, relative to the project root (npm scripts run there). */
export const ingestDefaults = {
  /** The embedded sample archive. */
  inputDir: "content/raw",
  outputDir: "content/minutes",
  reportFile: "content/ingest-report.json",
} as const;

export const siteDefaults = {
  outDir: "dist",
} as const;
