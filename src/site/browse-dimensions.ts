/**
 * The four ways into the archive. Each says how an item is keyed and what its
 * "not known" group is called; the wording is what readers see.
 */
import type { MinutesItem } from "../schema/minutes-item.ts";
import type { GroupOptions } from "./group-items.ts";
import { isoDateToYear } from "./format-date.ts";
import { nameToSlug } from "./slugify.ts";
import { topicInfo } from "./topic-taxonomy.ts";

type Keyed = { data: MinutesItem };

export const councilDimension: GroupOptions<Keyed> = {
  keysOf: ({ data }) => (data.council ? [{ key: data.council, label: data.council }] : []),
  unknown: { slug: "council-not-known", label: "Council not known" },
};

/** Committees are keyed with their council: two councils' "Scrutiny Committee" are different bodies. */
export const committeeDimension: GroupOptions<Keyed> = {
  keysOf: ({ data }) =>
    data.committee
      ? [
          {
            key: `${data.council ?? ""} ${data.committee}`,
            label: data.committee,
            detail: data.council ?? "Council not known",
          },
        ]
      : [],
  unknown: { slug: "committee-not-known", label: "Committee not known" },
};

export const topicDimension: GroupOptions<Keyed> = {
  keysOf: ({ data }) =>
    data.topics.map((id) => {
      const info = topicInfo(id);
      return info.description
        ? { key: id, slug: nameToSlug(id), label: info.label, detail: info.description }
        : { key: id, slug: nameToSlug(id), label: info.label };
    }),
  unknown: { slug: "no-topic", label: "No topic given" },
};

export const yearDimension: GroupOptions<Keyed> = {
  keysOf: ({ data }) => {
    const year = isoDateToYear(data.meetingDate);
    return year ? [{ key: year, slug: year, label: year }] : [];
  },
  unknown: { slug: "date-not-known", label: "Date not known" },
  order: (a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0),
};
