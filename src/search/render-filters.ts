/**
 * The filter checkboxes: one fieldset per group with a legend, a checkbox and
 * label per value with its count. Rebuilt after each search; the checkbox
 * that had focus gets it back, so ticking filters by keyboard keeps its place.
 */
import type { FilterCounts } from "./pagefind-types.ts";
import { filterGroups, type FilterGroup, type SearchState } from "./search-state.ts";

const legends: Record<FilterGroup, string> = {
  council: "Council",
  topic: "Topic",
  committee: "Committee",
  year: "Year",
};

/** Stable ids per value, so focus can be restored to "the same" checkbox after a rebuild. */
const ids = new Map<string, string>();
function idFor(group: FilterGroup, value: string): string {
  const key = `${group}\u0000${value}`;
  if (!ids.has(key)) ids.set(key, `search-filter-${group}-${ids.size + 1}`);
  return ids.get(key) ?? "";
}

function orderValues(group: FilterGroup, values: string[]): string[] {
  // Years newest first with "not known" last; other groups alphabetically.
  if (group === "year") {
    const isYear = (value: string): boolean => /^\d{4}$/.test(value);
    return values.sort(
      (a, b) => Number(isYear(b)) - Number(isYear(a)) || (isYear(a) ? b.localeCompare(a) : a.localeCompare(b)),
    );
  }
  return values.sort((a, b) => a.localeCompare(b, "en"));
}

function renderGroup(
  group: FilterGroup,
  counts: Record<string, number>,
  selected: string[],
): HTMLFieldSetElement | undefined {
  const values = orderValues(group, [...new Set([...Object.keys(counts), ...selected])]);
  if (values.length === 0) return undefined;
  const fieldset = document.createElement("fieldset");
  fieldset.className = "search-filter";
  const legend = document.createElement("legend");
  legend.textContent = legends[group];
  const list = document.createElement("ul");
  list.className = "search-filter__options";
  for (const value of values) {
    const option = document.createElement("li");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.name = group;
    input.value = value;
    input.id = idFor(group, value);
    input.checked = selected.includes(value);
    const label = document.createElement("label");
    label.htmlFor = input.id;
    const count = document.createElement("span");
    count.className = "search-filter__count";
    count.textContent = ` (${counts[value] ?? 0})`;
    label.append(value, count);
    option.append(input, label);
    list.append(option);
  }
  fieldset.append(legend, list);
  return fieldset;
}

export function renderFilters(container: HTMLElement, counts: FilterCounts, state: SearchState): void {
  const focusedId = container.contains(document.activeElement) ? document.activeElement?.id : undefined;
  const groups = filterGroups
    .map((group) => renderGroup(group, counts[group] ?? {}, state.filters[group]))
    .filter((fieldset): fieldset is HTMLFieldSetElement => fieldset !== undefined);
  container.replaceChildren(...groups);
  container.hidden = groups.length === 0;
  if (focusedId) document.getElementById(focusedId)?.focus();
}

/** Reads the ticked values back from the checkboxes. */
export function readFilters(container: HTMLElement): SearchState["filters"] {
  const filters = { council: [], topic: [], committee: [], year: [] } as SearchState["filters"];
  for (const input of container.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) {
    if ((filterGroups as readonly string[]).includes(input.name)) filters[input.name as FilterGroup].push(input.value);
  }
  return filters;
}
