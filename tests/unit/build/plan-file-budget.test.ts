import { describe, expect, it } from "vitest";
import { bundledFragments, describeFilePlan, planFileBudget } from "../../../scripts/build/plan-file-budget.ts";
import type { ShardPlan } from "../../../scripts/build/search-shards.ts";

/** `count` items spread over `councils` councils and two years, each with two topics. */
function corpus(count: number, councils: number) {
  return Array.from({ length: count }, (_, index) => ({
    slug: `item-${index}`,
    council: `Council ${index % councils}`,
    committee: "Scrutiny Committee",
    topics: ["fostering", index % 2 === 0 ? "care-leavers" : "early-help"],
    meetingDate: `${2024 + (Math.floor(index / councils) % 2)}-05-01`,
  }));
}

const oneShard = (count: number): ShardPlan[] => [
  {
    id: "2025-2024",
    slugs: Array.from({ length: count }, (_, index) => `item-${index}`),
    newestYear: 2025,
    oldestYear: 2024,
  },
];

describe("planFileBudget", () => {
  it("keeps the default layout when the site fits", () => {
    const plan = planFileBudget({
      maxFiles: 100_000,
      items: corpus(500, 10),
      shards: oneShard(500),
      maxFragments: undefined,
      publicFiles: 1,
    });
    expect(plan.layout).toEqual({ itemPages: "own", listingPageSize: 50 });
    expect(plan.maxFragments).toBeUndefined();
  });

  it("bundles search fragments before touching the pages", () => {
    const items = corpus(2_000, 10);
    const roomy = planFileBudget({
      maxFiles: 100_000,
      items,
      shards: oneShard(2_000),
      maxFragments: undefined,
      publicFiles: 1,
    });
    // Just too few files for a fragment per item, plenty once they are bundled.
    const maxFiles = Math.ceil((roomy.estimate.total - 2_000 + bundledFragments + 200) / 0.95);
    const plan = planFileBudget({ maxFiles, items, shards: oneShard(2_000), maxFragments: undefined, publicFiles: 1 });
    expect(plan.layout).toEqual({ itemPages: "own", listingPageSize: 50 });
    // At least the minimum bundle count, grown into the ~200 files left over, never one file per item.
    expect(plan.maxFragments).toBeGreaterThan(bundledFragments + 150);
    expect(plan.maxFragments).toBeLessThanOrEqual(bundledFragments + 200);
    expect(plan.estimate.total).toBeLessThanOrEqual(maxFiles * 0.95);
  });

  it("shares item pages when even bundled fragments and long listings do not fit", () => {
    const items = corpus(2_000, 10);
    const plan = planFileBudget({
      maxFiles: 1_000,
      items,
      shards: oneShard(2_000),
      maxFragments: undefined,
      publicFiles: 1,
    });
    expect(plan.layout.itemPages).toBe("shared");
    // Ten councils over two years: twenty shared pages.
    expect(plan.estimate.itemPages).toBe(20);
    expect(plan.estimate.total).toBeLessThanOrEqual(950);
    expect(describeFilePlan(plan, 1_000)).toContain("items on 20 shared council-year pages");
  });

  it("keeps a --max-fragments the user gave", () => {
    const plan = planFileBudget({
      maxFiles: 1_000,
      items: corpus(2_000, 10),
      shards: oneShard(2_000),
      maxFragments: 7,
      publicFiles: 1,
    });
    expect(plan.maxFragments).toBe(7);
  });

  it("says how many files the most compact layout needs when nothing fits", () => {
    expect(() =>
      planFileBudget({
        maxFiles: 50,
        items: corpus(2_000, 10),
        shards: oneShard(2_000),
        maxFragments: undefined,
        publicFiles: 1,
      }),
    ).toThrow(/--max-files 50: even the most compact layout needs about \d+ files for 2000 items/);
  });
});
