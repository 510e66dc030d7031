import { defineConfig } from "vitest/config";
export default defineConfig({
  root: "/work/main",
  test: { include: ["tests/golden/**/*.test.ts", "tests/integration/ingest-end-to-end.test.ts"], testTimeout: 120_000 },
});
