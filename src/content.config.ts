import { defineCollection } from "astro:content";
import { minutesLoader } from "./content/minutes-loader.ts";
import { minutesItemSchema } from "./schema/minutes-item.ts";

// scripts/build.ts and the integration tests point ARCHIVE_CONTENT_DIR at another folder.
/** Every minutes item the ingest wrote; one schema, shared with the ingest's validation. */
const minutes = defineCollection({
  loader: minutesLoader(process.env["ARCHIVE_CONTENT_DIR"] ?? "content/minutes"),
  schema: minutesItemSchema,
});

export const collections = { minutes };
