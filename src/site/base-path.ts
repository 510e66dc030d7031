/**
 * Every internal link goes through here so the archive works hosted under a
 * sub-path (e.g. https://example.org/minutes/). BASE_URL is the configured
 * `base` as written, with or without a trailing slash, so both are handled.
 */
const base = import.meta.env.BASE_URL.replace(/\/+$/, "");

/** "items/x/" → "/minutes/items/x/" (or "/items/x/" at the root). */
export function withBase(path: string): string {
  return `${base}/${path.replace(/^\/+/, "")}`;
}

/** An absolute URL for permalinks, citations and feeds; `site` comes from the config. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  const href = withBase(path);
  return site ? new URL(href, site).href : href;
}
