// @ts-check
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { astroCsp } from "./src/site/content-security-policy.ts";

// scripts/build.ts passes these from its --site, --base and output options; a
// plain `astro build` gets a root-hosted site written to dist/.
const site = process.env.ARCHIVE_SITE || "https://example.org";
const base = process.env.ARCHIVE_BASE || "/";
const outDir = process.env.ARCHIVE_OUT_DIR || "./dist";
// Separate caches let tests and benchmarks build side by side without sharing Astro's content store.
const cacheDir = process.env.ARCHIVE_CACHE_DIR || "./node_modules/.astro";

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
  // One data-store.json for 100,000 items outgrows V8's largest string; chunks do not.
  experimental: { collectionStorage: "chunked" },
  // The archive has no use for Astro's image service or prefetch; keep output plain.
  prefetch: false,
  // A CSP <meta> on every page, with hashes of the styles and scripts Astro emits (issue 6).
  security: { csp: astroCsp },
  // Minutes are rendered by marked, not Astro's Markdown; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
});
