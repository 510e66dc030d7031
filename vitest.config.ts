import { configDefaults, defineConfig } from "vitest/config";

// Unit tests are fast and pure; integration and end-to-end tests build real
// sites, so they run one file at a time (the machines have two cores).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/golden/**/*.test.ts"],
        },
      },
      {
        // The ingest's own end-to-end tests work on temporary folders and need no built site.
        test: {
          name: "ingest",
          include: ["tests/integration/ingest-*.test.ts"],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "tests/integration/ingest-*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
