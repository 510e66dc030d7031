/** robots.txt with the sitemap's full address, which depends on the configured site and base (so not a file in public/). */
import type { APIRoute } from "astro";
import { absoluteUrl } from "../site/base-path.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("sitemap-index.xml", site)}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
