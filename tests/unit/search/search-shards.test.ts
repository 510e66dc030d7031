import { describe, expect, test } from "vitest";
import { planShards, type ShardItem } from "../../../scripts/build/search-shards.ts";

const items = (year: number, count: number, prefix = `y${year}`): ShardItem[] =>
  Array.from({ length: count }, (_, index) => ({
    slug: `${prefix}-${index}`,
    meetingDate: `${year}-0${1 + (index % 9)}-1${index % 9}`,
  }));

describe("planShards", () => {
  test("a small archive is one shard, newest item first", () => {
    const plans = planShards([...items(2019, 2), ...items(2023, 1), { slug: "undated" }], 100);
    expect(plans.map((plan) => plan.id)).toEqual(["2023-2019", "undated"]);
    expect(plans[0]?.slugs[0]).toBe("y2023-0");
  });

  test("whole years are packed newest first while they fit", () => {
    const plans = planShards([...items(2024, 6), ...items(2023, 3), ...items(2022, 3), ...items(2021, 5)], 6);
    expect(plans.map((plan) => [plan.id, plan.slugs.length])).toEqual([
      ["2024", 6],
      ["2023-2022", 6],
      ["2021", 5],
    ]);
    expect(plans[1]).toMatchObject({ newestYear: 2023, oldestYear: 2022 });
  });

  test("a year bigger than a shard is split in date order; its last part takes the older years that fit", () => {
    const plans = planShards([...items(2024, 5), ...items(2023, 1), ...items(2022, 2)], 2);
    expect(plans.map((plan) => [plan.id, plan.slugs.length])).toEqual([
      ["2024-part1", 2],
      ["2024-part2", 2],
      ["2024-part3-2023", 2],
      ["2022", 2],
    ]);
    expect(plans[2]).toMatchObject({ newestYear: 2024, oldestYear: 2023 });
    const slugs = plans.flatMap((plan) => plan.slugs);
    expect(new Set(slugs).size).toBe(8);
    // Newest first throughout, so date-sorted shard lists can be concatenated.
    const dates = slugs.map(
      (slug) =>
        [...items(2024, 5), ...items(2023, 1), ...items(2022, 2)].find((i) => i.slug === slug)?.meetingDate ?? "",
    );
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test("the newest shard can be kept smaller than the rest", () => {
    const plans = planShards([...items(2024, 5), ...items(2023, 3), ...items(2022, 1)], {
      maxItemsPerShard: 4,
      firstShardItems: 2,
    });
    expect(plans.map((plan) => [plan.id, plan.slugs.length])).toEqual([
      ["2024-part1", 2],
      ["2024-part2", 3],
      ["2023-2022", 4],
    ]);
  });

  test("a small newest year is the first shard on its own", () => {
    const plans = planShards([...items(2024, 1), ...items(2023, 3)], { maxItemsPerShard: 10, firstShardItems: 2 });
    expect(plans.map((plan) => [plan.id, plan.slugs.length])).toEqual([
      ["2024", 1],
      ["2023", 3],
    ]);
  });

  test("undated items have their own shards, last", () => {
    const undated = Array.from({ length: 3 }, (_, index) => ({ slug: `u${index}` }));
    expect(planShards([...undated, ...items(2020, 1)], 2).map((plan) => [plan.id, plan.newestYear])).toEqual([
      ["2020", 2020],
      ["undated-part1", null],
      ["undated-part2", null],
    ]);
  });

  test("the plan does not depend on input order", () => {
    const all = [...items(2021, 4), ...items(2020, 3), { slug: "z" }, { slug: "a" }];
    expect(planShards([...all].reverse(), 3)).toEqual(planShards(all, 3));
  });

  test("rejects a limit that is not a positive whole number", () => {
    expect(() => planShards([], 0)).toThrow(/positive whole number/);
    expect(() => planShards([], { maxItemsPerShard: 5, firstShardItems: 0 })).toThrow(/firstShardItems/);
  });
});
