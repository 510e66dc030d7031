import { defineCollection } from "astro:content";
import { minutesContentDir } from "./content/content-dir.ts";
import { minutesLoader } from "./content/minutes-loader.ts";
import { minutesItemSchema } from "./schema/minutes-item.ts";

/** Every minutes item the ingest wrote; one schema, shared with the ingest's validation. */
const minutes = defineCollection({
  loader: minutesLoader(minutesContentDir()),
  schema: minutesItemSchema,
});

export const collections = { minutes };
