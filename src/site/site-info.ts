/** Words used in the header, titles, feeds and citations, kept in one place. */
export const siteName = "Children's Social Care Scrutiny Archive";
export const siteSummary =
  "Minutes of UK council scrutiny meetings about children's social care, gathered in one place to read, search, cite and download.";

/** Where readers report problems and ask for corrections; set before launch (the accessibility statement relies on it). */
export const contact: { label: string; href: string } | undefined = undefined;
