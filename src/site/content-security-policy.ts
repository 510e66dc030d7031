/**
 * The site's Content-Security-Policy and security headers, in one place for
 * every way they are delivered: Astro's `security.csp` writes the policy into
 * each page's <meta> with hashes of the styles and scripts that page carries;
 * scripts/build/write-headers.ts writes the header form into _headers; and
 * docs/deploy.md quotes the same header values for nginx, CloudFront and the
 * rest (a test keeps the document in step with this file).
 *
 * Scraped minutes are untrusted text. The escaping ingest and the sanitiser
 * are the first walls; this policy is the one that holds if either ever fails:
 * no inline script, event-handler attribute or javascript: URL can run.
 */
import type { AstroUserConfig } from "astro";

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig["security"]>["csp"]>, boolean>;

/**
 * Script sources besides the hashes Astro adds per page. Pagefind's search
 * engine is WebAssembly, which needs 'wasm-unsafe-eval': it allows compiling
 * WebAssembly only, never eval() of JavaScript.
 */
const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/**
 * Every other directive, each fetch directive explicit rather than left to
 * default-src. Pagefind fetches its index (connect-src) and runs in the page
 * (noWorker, see src/search/shard-instances.ts), so no worker of any kind is
 * allowed.
 */
const sharedDirectives: NonNullable<AstroCsp["directives"]> = [
  "default-src 'self'",
  "base-uri 'none'",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "img-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "worker-src 'none'",
];

/** The `security.csp` value for astro.config.mjs: the meta policy, hashes added by Astro. */
export const astroCsp: AstroCsp = {
  algorithm: "SHA-256",
  directives: sharedDirectives,
  scriptDirective: { resources: scriptSources },
  styleDirective: { resources: ["'self'"] },
};

/**
 * The header form of the policy. It must not depend on the build, so hosts
 * configured by hand (nginx, CloudFront) can carry it unchanged:
 * - style-src allows inline styles because the per-page hashes are not known
 *   here. Browsers enforce every policy a page has, so on each HTML page the
 *   meta policy's hashes still decide which <style> runs; this only keeps the
 *   header from blocking the styles Astro inlines.
 * - script-src has no 'unsafe-inline' and no hashes: the site has no inline
 *   scripts, and the end-to-end tests fail if one appears.
 * - frame-ancestors works only in a header (a meta one is ignored): no framing,
 *   so the archive cannot be overlaid in a clickjacking page.
 */
export const headerPolicy = [
  ...sharedDirectives,
  `script-src ${scriptSources.join(" ")}`,
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Headers for every response. Omitted on purpose: Strict-Transport-Security,
 * which belongs to the host's HTTPS set-up (Netlify, Cloudflare and GitHub
 * Pages send their own), and Cross-Origin-Resource-Policy, since the feeds and
 * data files are meant to be reused by other sites.
 */
export const securityHeaders: readonly (readonly [name: string, value: string])[] = [
  ["Content-Security-Policy", headerPolicy],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), geolocation=(), microphone=(), payment=(), usb=(), browsing-topics=()"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  // For browsers that predate frame-ancestors.
  ["X-Frame-Options", "DENY"],
];

/** Astro's bundled files carry a content hash in their names, so they never change in place. */
export const immutableCacheControl = "public, max-age=31536000, immutable";
