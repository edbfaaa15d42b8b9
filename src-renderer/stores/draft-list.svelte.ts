// The drafts list as pages fetched on demand: with 10,000 drafts only the pages under the visible rows
// are asked for, and only the visible rows are rendered.
import type { DraftListQuery, DraftSummary, PortageApi } from '../lib/api-types';
import { portage } from '../lib/portage';

export const pageSize = 100;

/** The query the home view opens with. */
export const homeQuery: DraftListQuery = { sort: 'updated', direction: 'desc', archived: false };

type ListAnswer = Awaited<ReturnType<PortageApi['drafts']['list']>>;
// A hand-off between start-up and the view, never rendered.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const prefetched = new Map<string, Promise<ListAnswer>>();
const keyOf = (query: DraftListQuery): string =>
  JSON.stringify(
    Object.entries(query)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * Asks for the home view's first page while the app is still starting (settings, language, carrier
 * lists), so the rows are there as soon as the view mounts. Used once; a later query asks again.
 */
export function prefetchHomePage(api: PortageApi = portage()): void {
  const query = { ...homeQuery, limit: pageSize, offset: 0 };
  prefetched.set(keyOf(query), api.drafts.list(query));
}

export class DraftListState {
  total = $state<number | null>(null);
  pages = $state<Record<number, DraftSummary[]>>({});
  error = $state<string | null>(null);

  #api: PortageApi;
  #query: DraftListQuery = {};
  #generation = 0;
  // Bookkeeping only, never rendered.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #loading = new Set<number>();

  constructor(api: PortageApi = portage()) {
    this.#api = api;
  }

  /** Starts over with a new query; the first page is fetched at once. */
  async reset(query: DraftListQuery): Promise<void> {
    this.#query = query;
    this.#generation += 1;
    this.#loading.clear();
    this.pages = {};
    await this.ensure(0, pageSize - 1, true);
  }

  /** Refetches the pages already shown, keeping the scroll position (after an event or an action). */
  async refresh(): Promise<void> {
    const loaded = Object.keys(this.pages).map(Number);
    this.#generation += 1;
    this.#loading.clear();
    const generation = this.#generation;
    const fetched = await Promise.all(
      (loaded.length ? loaded : [0]).map((page) => this.#fetch(page, generation)),
    );
    if (generation !== this.#generation) return;
    const next: Record<number, DraftSummary[]> = {};
    for (const result of fetched) if (result) next[result.page] = result.rows;
    this.pages = next;
  }

  rowAt(index: number): DraftSummary | undefined {
    return this.pages[Math.floor(index / pageSize)]?.[index % pageSize];
  }

  /** Makes sure the rows first..last are loaded (or loading). */
  async ensure(first: number, last: number, force = false): Promise<void> {
    const generation = this.#generation;
    const wanted: number[] = [];
    for (
      let page = Math.floor(first / pageSize);
      page <= Math.floor(Math.max(first, last) / pageSize);
      page++
    ) {
      if (!force && (this.pages[page] || this.#loading.has(page))) continue;
      if (this.total !== null && !force && page * pageSize >= this.total) continue;
      wanted.push(page);
    }
    await Promise.all(
      wanted.map(async (page) => {
        this.#loading.add(page);
        const result = await this.#fetch(page, generation);
        this.#loading.delete(page);
        if (!result || generation !== this.#generation) return;
        this.pages = { ...this.pages, [page]: result.rows };
      }),
    );
  }

  async #fetch(page: number, generation: number): Promise<{ page: number; rows: DraftSummary[] } | null> {
    const query = { ...this.#query, limit: pageSize, offset: page * pageSize };
    const key = keyOf(query);
    const early = prefetched.get(key);
    prefetched.delete(key);
    const result = await (early ?? this.#api.drafts.list(query));
    if (generation !== this.#generation) return null;
    if (!result.ok) {
      this.error = result.error.message;
      return null;
    }
    this.error = null;
    this.total = result.value.total;
    return { page, rows: result.value.rows };
  }
}
