// Mixed regular and toll-free numbers: the notice explains why the carrier needs two requests and
// offers to split; after the split it links to both drafts.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SplitNotice from '../../src-renderer/components/editor/SplitNotice.svelte';
import { setLocale } from '../../src-renderer/i18n/i18n.svelte';
import { makeDraft } from './portage-double';

const mixed = ['6135550123', '6135550124', '8005550199'];

describe('SplitNotice', () => {
  it('explains the two requests with the counts and splits on request', async () => {
    const onsplit = vi.fn(async () => ({
      regular: makeDraft('reg', 'sipTrunkDids', {}),
      tollFree: makeDraft('tf', 'sipTrunkDids', {}),
    }));
    render(SplitNotice, { props: { kind: 'sipTrunkDids', numbers: mixed, onsplit } });

    expect(screen.getByText(/2 regular numbers and 1 toll-free number/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Split into two requests' }));

    expect(onsplit).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getByTestId('split-done')).toBeTruthy());
    expect(screen.getByRole('link', { name: 'Open the regular request' }).getAttribute('href')).toBe(
      '#/drafts/reg',
    );
    expect(screen.getByRole('link', { name: 'Open the toll-free request' }).getAttribute('href')).toBe(
      '#/drafts/tf',
    );
  });

  it('says plainly when the service takes no toll-free numbers, in French', () => {
    setLocale('fr-CA');
    render(SplitNotice, { props: { kind: 'residentialLine', numbers: mixed, onsplit: vi.fn() } });

    expect(screen.getByText(/n’accepte pas les numéros sans frais/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Séparer/ })).toBeNull();
  });

  it('stays silent when the numbers are all regular', () => {
    render(SplitNotice, { props: { kind: 'sipTrunkDids', numbers: ['6135550123'], onsplit: vi.fn() } });
    expect(screen.queryByTestId('split-notice')).toBeNull();
  });
});
