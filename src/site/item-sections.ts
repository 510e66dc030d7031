/**
 * Where an item's sections sit on the page. On its own page the item's title is
 * the h1 and its sections are h2; on a shared page (site-layout.ts) the page's
 * title is the h1, each item's title an h2 and its sections h3, and every id
 * carries the item's slug so the page's ids stay unique.
 */
export interface SectionPlacement {
  /** Level of the section headings: 2 on an item's own page, 3 on a shared page. */
  headingLevel?: 2 | 3 | undefined;
  /** Put before every id, e.g. "<slug>-" on a shared page. */
  idPrefix?: string | undefined;
}

export type SectionHeading = "h2" | "h3" | "h4";

export function sectionHeading(placement: SectionPlacement): SectionHeading {
  return placement.headingLevel === 3 ? "h3" : "h2";
}

/** The level below the section headings, for a section's own parts. */
export function subsectionHeading(placement: SectionPlacement): SectionHeading {
  return placement.headingLevel === 3 ? "h4" : "h3";
}

export function sectionId(placement: SectionPlacement, id: string): string {
  return `${placement.idPrefix ?? ""}${id}`;
}

/**
 * aria-labelledby for a section: on an item's own page the section is a named region; on a shared
 * page it is a plain section, as fifty items' "Minutes" regions would be landmarks alike by name.
 */
export function sectionLabelledBy(placement: SectionPlacement, headingId: string): string | undefined {
  return placement.idPrefix ? undefined : headingId;
}
