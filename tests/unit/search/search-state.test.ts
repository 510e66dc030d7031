import { describe, expect, test } from "vitest";
import {
  emptyFilters,
  isRunnable,
  sameState,
  stateFromParams,
  stateToParams,
} from "../../../src/search/search-state.ts";

const parse = (query: string) => stateFromParams(new URLSearchParams(query));

describe("search state in the address", () => {
  test("reads the query, repeated filters and the sort", () => {
    expect(parse("q=foster&council=Kent+County+Council&council=Dorset+Council&year=2023&sort=newest")).toEqual({
      q: "foster",
      filters: { ...emptyFilters(), council: ["Kent County Council", "Dorset Council"], year: ["2023"] },
      sort: "newest",
    });
  });

  test("an unknown sort falls back to relevance; blank and repeated values are dropped", () => {
    const state = parse("q=x&sort=sideways&topic=&topic=Fostering&topic=Fostering");
    expect(state.sort).toBe("relevance");
    expect(state.filters.topic).toEqual(["Fostering"]);
  });

  test("writes only what differs from the default, in a fixed order", () => {
    expect(stateToParams(parse("sort=relevance&year=2020&q=LAC&council=B&council=A")).toString()).toBe(
      "q=LAC&council=A&council=B&year=2020",
    );
    expect(stateToParams(parse("")).toString()).toBe("");
  });

  test("round-trips, so a shared address reopens the same search", () => {
    const address = "q=looked+after+children&council=Kent+County+Council&topic=Finance&sort=oldest";
    expect(stateToParams(parse(address)).toString()).toBe(address);
    expect(
      sameState(parse(address), parse("sort=oldest&topic=Finance&council=Kent+County+Council&q=looked+after+children")),
    ).toBe(true);
  });

  test("filters alone are a search; an empty address is not", () => {
    expect(isRunnable(parse("year=2021"))).toBe(true);
    expect(isRunnable(parse("q=+++"))).toBe(false);
  });
});
