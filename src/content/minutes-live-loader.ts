/**
 * The minutes as an Astro live content collection (src/live.config.ts). A
 * live collection has no data store: Astro's build-time store cost 20 s of a
 * 64 s build at 10,000 items and most of its memory at 100,000
 * (docs/benchmarks.md), only to hand back the frontmatter read-minutes.ts
 * reads directly. The loader validates every file against the item schema;
 * no `schema` is declared on the collection, because Astro would re-validate
 * every entry on every call and report only the first bad file.
 */
import type { LiveLoader } from "astro/loaders";
import type { MinutesItem } from "../schema/minutes-item.ts";
import { readMinutesEntries, readMinutesEntry, type MinutesEntry } from "./read-minutes.ts";

export interface MinutesEntryData {
  frontmatter: MinutesItem;
  /** Digest of the whole file, for the incremental build's cache keys. */
  digest: string;
}

const toLiveEntry = ({ id, data, digest }: MinutesEntry): { id: string; data: MinutesEntryData } => ({
  id,
  data: { frontmatter: data, digest },
});

export function minutesLiveLoader(folder: () => string): LiveLoader<MinutesEntryData, { id: string }> {
  return {
    name: "minutes-loader",
    loadCollection: () => Promise.resolve({ entries: readMinutesEntries(folder()).map(toLiveEntry) }),
    loadEntry: ({ filter }) => {
      const entry = readMinutesEntry(folder(), filter.id);
      return Promise.resolve(entry && toLiveEntry(entry));
    },
  };
}
