/** How each browse dimension is named on its pages and in breadcrumbs. */
import type { DimensionName } from "./archive.ts";

export interface DimensionWords {
  /** Index page title and nav label, e.g. "Councils". */
  plural: string;
  /** Lower-case singular for sentences, e.g. "council". */
  singular: string;
}

export const dimensionWords: Record<DimensionName, DimensionWords> = {
  councils: { plural: "Councils", singular: "council" },
  committees: { plural: "Committees", singular: "committee" },
  topics: { plural: "Topics", singular: "topic" },
  years: { plural: "Years", singular: "year" },
};
