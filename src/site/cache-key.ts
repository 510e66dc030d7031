/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code are unchanged since the last build is not
 * rendered again; its previous output is reused. So a key must cover
 * everything the page shows that does not come from the code or the config:
 * the items' digests (read-minutes.ts) and every count, label and link taken
 * from other items, and nothing more (a key that changes too often only costs
 * time). Forgetting something would publish a stale page: an incremental build
 * must equal a full one, which tests/integration/incremental-build.test.ts
 * checks after adding, deleting and changing items.
 */
import { createHash } from "node:crypto";
import type { Item } from "./archive.ts";

export function cacheKeyOf(parts: unknown): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

/** A list of items as a page shows them: each item's digest covers all it can show. */
export function itemsKeyPart(items: readonly Item[]): string[] {
  return items.map((item) => item.digest);
}
