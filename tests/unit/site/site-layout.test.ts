import { describe, expect, it } from "vitest";
import {
  defaultLayout,
  itemPageFileIn,
  itemPathIn,
  layoutFromEnv,
  sharedPageSlug,
  type SiteLayout,
} from "../../../src/site/site-layout.ts";
import { lowerHeadings } from "../../../src/content/minutes-body.ts";

const shared: SiteLayout = { itemPages: "shared", listingPageSize: 200 };
const item = { slug: "fostering-update-1a2b3c", council: "St. Helens Council", meetingDate: "2024-03-05" };

describe("site layout", () => {
  it("keeps one page per item by default", () => {
    expect(layoutFromEnv(undefined)).toEqual(defaultLayout);
    expect(layoutFromEnv("")).toEqual(defaultLayout);
    expect(itemPathIn(defaultLayout, item)).toBe("items/fostering-update-1a2b3c/");
    expect(itemPageFileIn(defaultLayout, item)).toBe("items/fostering-update-1a2b3c/index.html");
  });

  it("puts an item on its council's page for its year, at its own anchor", () => {
    expect(sharedPageSlug(item)).toBe("st-helens-council-2024");
    expect(itemPathIn(shared, item)).toBe("items/st-helens-council-2024/#fostering-update-1a2b3c");
    expect(itemPageFileIn(shared, item)).toBe("items/st-helens-council-2024/index.html");
  });

  it("names the shared page of items with no council or no date plainly", () => {
    expect(sharedPageSlug({ slug: "a" })).toBe("council-not-known-date-not-known");
    expect(sharedPageSlug({ slug: "a", council: "Ynys Môn", meetingDate: "2019-12-31" })).toBe("ynys-mon-2019");
  });

  it("reads the layout the build passes, and refuses one it cannot use", () => {
    expect(layoutFromEnv(JSON.stringify(shared))).toEqual(shared);
    expect(() => layoutFromEnv('{"itemPages":"some","listingPageSize":50}')).toThrow(/not a site layout/);
    expect(() => layoutFromEnv('{"itemPages":"own","listingPageSize":0}')).toThrow(/not a site layout/);
    expect(() => layoutFromEnv("{")).toThrow();
  });
});

describe("lowerHeadings", () => {
  it("moves every heading tag down, and nothing else", () => {
    const html = '<h2>Budget</h2>\n<p>The &lt;h2&gt; tag and h2 text stay.</p>\n<h3 class="x">Detail</h3><h6>Deep</h6>';
    expect(lowerHeadings(html, 1)).toBe(
      '<h3>Budget</h3>\n<p>The &lt;h2&gt; tag and h2 text stay.</p>\n<h4 class="x">Detail</h4><h6>Deep</h6>',
    );
    expect(lowerHeadings(html, 0)).toBe(html);
  });
});
