/** A–Z sections for the councils index: groups under their first letter, the "not known" group on its own at the end. */
export interface LetterSection<T> {
  letter: string;
  /** Fragment id for the section's heading, e.g. "letter-a". */
  id: string;
  groups: T[];
}

export function groupsToLetterSections<T extends { label: string; known: boolean }>(
  groups: readonly T[],
): LetterSection<T>[] {
  const sections = new Map<string, T[]>();
  for (const group of groups) {
    const first = group.label.normalize("NFKD").charAt(0).toUpperCase();
    const letter = !group.known ? "Not known" : /[A-Z]/.test(first) ? first : "#";
    sections.set(letter, [...(sections.get(letter) ?? []), group]);
  }
  const idFor = (letter: string): string =>
    `letter-${letter === "#" ? "other" : letter.toLowerCase().replace(" ", "-")}`;
  return [...sections.entries()].map(([letter, list]) => ({ letter, id: idFor(letter), groups: list }));
}
