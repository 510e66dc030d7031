/**
 * Runs on every item page: costs nothing unless ?highlight= is present. The
 * dynamic import also keeps Astro from inlining this script (it inlines small
 * scripts without imports), which a strict CSP would block.
 */
const terms = new URLSearchParams(location.search).getAll("highlight");
if (terms.some((term) => term.trim())) {
  void import("./highlight-terms.ts").then(({ highlightTerms }) => {
    const region = document.querySelector<HTMLElement>("[data-pagefind-body]");
    if (region) highlightTerms(region, terms);
  });
}
