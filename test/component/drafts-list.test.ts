// The drafts list with 10,000 drafts: only the rows in view exist in the page, pages are asked for
// as needed, and the count is written the way each language writes numbers.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import DraftsView from '../../src-renderer/views/DraftsView.svelte';
import { setLocale } from '../../src-renderer/i18n/i18n.svelte';
import type { DraftListQuery, DraftSummary, PortageApi } from '../../src-renderer/lib/api-types';

const total = 10_000;

function installList(): DraftListQuery[] {
  const queries: DraftListQuery[] = [];
  const row = (index: number): DraftSummary => ({
    id: `d${index}`,
    kind: 'sipTrunkDids',
    title: `Client ${index}`,
    customerName: `Client ${index}`,
    numbers: ['6135550123'],
    numberCount: 1,
    status: 'draft',
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    ticket: null,
    archived: false,
    practice: false,
  });
  const api = {
    drafts: {
      list: async (query: DraftListQuery) => {
        queries.push(query);
        const offset = query.offset ?? 0;
        const count = Math.max(0, Math.min(query.limit ?? 100, total - offset));
        return { ok: true, value: { total, rows: Array.from({ length: count }, (_, i) => row(offset + i)) } };
      },
    },
  };
  Object.defineProperty(window, 'portage', { value: api as unknown as PortageApi, configurable: true });
  return queries;
}

describe('Drafts list', () => {
  it('renders only the visible rows of 10,000 and asks for one page', async () => {
    const queries = installList();
    render(DraftsView, { props: { archived: false } });

    await waitFor(() => expect(screen.getAllByTestId('draft-row').length).toBeGreaterThan(5));
    expect(screen.getAllByTestId('draft-row').length).toBeLessThan(40);
    expect(screen.getByTestId('drafts-count').textContent).toContain('10,000 port requests');
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({
      limit: 100,
      offset: 0,
      sort: 'updated',
      direction: 'desc',
      archived: false,
    });
  });

  it('counts in French with a French thousands separator', async () => {
    setLocale('fr-CA');
    installList();
    render(DraftsView, { props: { archived: false } });
    await waitFor(() =>
      expect(screen.getByTestId('drafts-count').textContent).toMatch(/10\s000 demandes de portage/),
    );
  });
});
