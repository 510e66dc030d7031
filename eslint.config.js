// Flat config: type-aware TypeScript rules for scripts, tests and site code, and
// the Astro plugin's recommended rules for components and pages.
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist.*/",
      ".astro/",
      "node_modules/",
      "content/",
      "tests/fixtures/",
      ".bench/",
      ".build-staging/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...astro.configs.recommended,
  {
    files: ["**/*.astro", "**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Config files run in Node.
    files: ["*.mjs", "*.js"],
    languageOptions: { globals: { process: "readonly" } },
  },
);
