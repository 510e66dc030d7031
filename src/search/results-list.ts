/**
 * Keeps the results list in step with the merged hits: loads each shown hit's
 * page data once, reuses the <li> already on screen for the same page, and
 * puts focus back on a result link that a re-ordering moved.
 */
import type { PagefindResultData } from "./pagefind-types.ts";
import { renderResult } from "./render-result.ts";
import type { ShardHit } from "./shard-search.ts";

export class ResultsList {
  readonly #list: HTMLOListElement;
  readonly #data = new Map<string, Promise<PagefindResultData>>();
  readonly #items = new Map<string, HTMLLIElement>();

  constructor(list: HTMLOListElement) {
    this.#list = list;
  }

  /** Shows `hits` in order; returns false when `isCurrent` says a newer search took over meanwhile. */
  async show(hits: readonly ShardHit[], isCurrent: () => boolean): Promise<boolean> {
    const data: PagefindResultData[] = [];
    const loads = hits.map((hit, index) => this.#load(hit).then((loaded) => (data[index] = loaded)));
    // A failure is thrown where the loop reaches it; until then it is not an unhandled rejection.
    for (const load of loads) load.catch(() => undefined);
    // An empty list fills in as the results' data arrives, in order, rather than once the last of the page
    // has (a cold first search fetches ten fragments over six connections). A list on screen is replaced in
    // one step, so a re-ordering never shows it shorter for a moment.
    const fillIn = this.#list.children.length === 0;
    for (const [index, load] of loads.entries()) {
      await load;
      if (!isCurrent()) return false;
      // When the next one is ready too, it is shown with this one.
      if (fillIn && data[index + 1] === undefined) this.#render(hits.slice(0, index + 1), data);
    }
    if (!fillIn) this.#render(hits, data);
    return true;
  }

  #render(hits: readonly ShardHit[], data: readonly PagefindResultData[]): void {
    const focused = this.#list.contains(document.activeElement) ? (document.activeElement as HTMLElement) : undefined;
    const items = hits.map((hit, index) => {
      const existing = this.#items.get(hit.key);
      if (existing) return existing;
      const item = renderResult(data[index] as PagefindResultData);
      this.#items.set(hit.key, item);
      return item;
    });
    const same =
      items.length === this.#list.children.length && items.every((item, index) => this.#list.children[index] === item);
    if (!same) this.#list.replaceChildren(...items);
    if (focused && document.activeElement !== focused && focused.isConnected) focused.focus();
  }

  /** Focuses the link of the result at `index`, e.g. the first one "Show more" added. */
  focusResult(index: number): void {
    this.#list.children[index]?.querySelector("a")?.focus();
  }

  /** Forgets loaded data before a new search: result links carry that search's ?highlight= terms. */
  reset(): void {
    this.#data.clear();
    this.#items.clear();
  }

  clear(): void {
    this.reset();
    this.#list.replaceChildren();
  }

  #load(hit: ShardHit): Promise<PagefindResultData> {
    let data = this.#data.get(hit.key);
    if (!data) {
      data = hit.load();
      this.#data.set(hit.key, data);
    }
    return data;
  }
}
