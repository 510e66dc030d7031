/**
 * The archive's one typed collection: every minutes item the ingest wrote to
 * content/minutes (or $ARCHIVE_CONTENT_DIR), validated against
 * src/schema/minutes-item.ts, which types entry.data. A live collection, read
 * when the pages are built; see src/content/minutes-live-loader.ts for why.
 */
import { defineLiveCollection } from "astro:content";
import { minutesContentDir } from "./content/content-dir.ts";
import { minutesLiveLoader } from "./content/minutes-live-loader.ts";

const minutes = defineLiveCollection({ loader: minutesLiveLoader(minutesContentDir) });

export const collections = { minutes };
