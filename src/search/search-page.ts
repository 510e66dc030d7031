/**
 * The search page's controller: reads the search from the address, runs it
 * when the index is ready, keeps the address in step (replaceState, debounced
 * while typing) and renders results, counts and filters as shards answer.
 */
import { withBase } from "../site/base-path.ts";
import { renderFilters } from "./render-filters.ts";
import { ResultsList } from "./results-list.ts";
import { runSearch } from "./run-search.ts";
import { progressMessage, resultCountMessage, shownMessage } from "./search-messages.ts";
import { findSearchElements, showUnavailable, type SearchElements } from "./search-elements.ts";
import {
  filterGroups,
  isRunnable,
  stateFromParams,
  stateToParams,
  type FilterGroup,
  type SearchState,
} from "./search-state.ts";
import type { PagefindModule } from "./pagefind-types.ts";
import type { ShardManifest } from "./shard-manifest.ts";
import { loadShardManifest } from "./shard-manifest-load.ts";
import { importRuntime, openShardInstances, type ShardInstances } from "./shard-instances.ts";
import type { ShardHit } from "./shard-search.ts";
import { warmUpSegmenter } from "./warm-up.ts";
import { openTermDirectory, type TermDirectory } from "./term-directory.ts";

const pageSize = 10;
const typingDelayMs = 250;
const pagefindRoot = withBase("pagefind/");

class SearchPage {
  #state: SearchState;
  #run = 0;
  #shown = pageSize;
  #hits: ShardHit[] = [];
  #typing: ReturnType<typeof setTimeout> | undefined;
  #instances: ShardInstances | undefined;
  readonly #results: ResultsList;
  readonly #runtime: Promise<PagefindModule>;
  readonly #directory: TermDirectory | undefined;

  readonly elements: SearchElements;
  readonly manifest: ShardManifest;

  constructor(elements: SearchElements, manifest: ShardManifest, runtime: Promise<PagefindModule>) {
    this.elements = elements;
    this.manifest = manifest;
    this.#runtime = runtime;
    this.#directory = manifest.terms
      ? openTermDirectory(manifest.terms, manifest.shards.length, pagefindRoot)
      : undefined;
    this.#state = stateFromParams(new URLSearchParams(location.search));
    this.#results = new ResultsList(elements.results);
    elements.query.value = this.#state.q;
    elements.sort.value = this.#state.sort;
    elements.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#update();
    });
    elements.query.addEventListener("input", () => {
      clearTimeout(this.#typing);
      this.#typing = setTimeout(() => this.#update(), typingDelayMs);
    });
    elements.sort.addEventListener("change", () => this.#update());
    elements.filters.addEventListener("change", (event) => this.#toggleFilter(event.target));
    elements.more.addEventListener("click", () => void this.#showMore());
  }

  start(): void {
    if (isRunnable(this.#state)) this.#searchNow();
  }

  #searchNow(): void {
    this.#search().catch((error: unknown) => showUnavailable(this.elements, error));
  }

  #toggleFilter(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement) || !(filterGroups as readonly string[]).includes(target.name)) return;
    const group = target.name as FilterGroup;
    const values = this.#state.filters[group].filter((value) => value !== target.value);
    this.#state.filters[group] = target.checked ? [...values, target.value] : values;
    this.#update();
  }

  #update(): void {
    clearTimeout(this.#typing);
    this.#state = {
      ...this.#state,
      q: this.elements.query.value,
      sort: this.elements.sort.value as SearchState["sort"],
    };
    const params = stateToParams(this.#state).toString();
    history.replaceState(history.state, "", `${location.pathname}${params ? `?${params}` : ""}`);
    this.#searchNow();
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const isCurrent = (): boolean => run === this.#run;
    const { status, progress, filters, more } = this.elements;
    this.#shown = pageSize;
    this.#results.reset();
    if (!isRunnable(this.#state)) {
      this.#hits = [];
      this.#results.clear();
      [status.textContent, progress.textContent, filters.hidden, more.hidden] = ["", "", true, true];
      return;
    }
    const instances = (this.#instances ??= openShardInstances(
      this.#runtime,
      pagefindRoot,
      withBase(""),
      this.manifest,
    ));
    const { shards, synonyms = [] } = this.manifest;
    for await (const answer of runSearch(this.#state, shards, synonyms, instances, this.#directory)) {
      if (!isCurrent()) return;
      this.#hits = answer.hits;
      if (!(await this.#render())) return;
      // For benchmarks: the moment a search first shows results (bytes fetched before it are the "first search").
      if (!answer.counts && answer.hits.length > 0) performance.mark("search:results-shown");
      progress.textContent = progressMessage(answer.next);
      // Announced once per search, when the count is final, so typing does not flood the screen reader.
      if (answer.hitsDone && !answer.counts) status.textContent = resultCountMessage(this.#state, answer.hits.length);
      if (answer.counts) renderFilters(filters, answer.counts, this.#state);
    }
  }

  async #render(): Promise<boolean> {
    const run = this.#run;
    const shown = await this.#results.show(this.#hits.slice(0, this.#shown), () => run === this.#run);
    if (shown) {
      this.elements.more.hidden = this.#hits.length <= this.#shown;
      this.elements.shown.textContent = shownMessage(Math.min(this.#shown, this.#hits.length), this.#hits.length);
    }
    return shown;
  }

  async #showMore(): Promise<void> {
    const firstNew = this.#shown;
    this.#shown += pageSize;
    if (await this.#render()) this.#results.focusResult(firstNew);
  }
}

async function main(): Promise<void> {
  const elements = findSearchElements();
  if (!elements) return;
  elements.notice.textContent = "Loading search…";
  // Started at once, beside shards.json (the page preloads both); awaited only by the first search.
  const runtime = importRuntime(pagefindRoot);
  runtime.catch(() => undefined);
  const manifest = loadShardManifest(pagefindRoot);
  warmUpSegmenter();
  try {
    const page = new SearchPage(elements, await manifest, runtime);
    elements.notice.textContent = "";
    elements.notice.hidden = true;
    for (const control of [elements.query, elements.sort, elements.submit]) control.disabled = false;
    page.start();
  } catch (error) {
    showUnavailable(elements, error);
  }
}

void main();
