// Undo through the revision history: the dealer opens "Earlier versions…" and goes back to one;
// the form shows what that version held.
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DraftForm from '../../src-renderer/components/editor/DraftForm.svelte';
import RevisionHistory from '../../src-renderer/components/editor/RevisionHistory.svelte';
import { DraftEditor } from '../../src-renderer/stores/draft-editor.svelte';
import { installPortageDouble, makeDraft } from './portage-double';

describe('Undo changes', () => {
  it('goes back to an earlier version of the draft', async () => {
    const current = {
      ...makeDraft('d1', 'sipTrunkDids', { customer: { name: 'Mauvais nom' } }),
      revision: 3,
    };
    const double = installPortageDouble([current]);
    double.history.set('d1', [
      current,
      { ...makeDraft('d1', 'sipTrunkDids', { customer: { name: 'Bon nom' } }), revision: 2 },
    ]);
    const editor = new DraftEditor(double.api);
    await editor.load('d1');
    render(RevisionHistory, { props: { editor } });
    render(DraftForm, { props: { editor } });
    // Opening a draft is not a change: nothing is waiting to be saved, so no new version is written.
    await tick();
    expect(editor.saveState).toBe('saved');

    await userEvent.click(screen.getByRole('button', { name: 'Earlier versions…' }));
    expect(screen.getByRole('button', { name: 'Earlier versions…' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await waitFor(() => expect(screen.getByText(/^Version 2 —/)).toBeTruthy());
    expect(screen.queryByText(/^Version 3 —/)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Go back to this version' }));

    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>(/^Customer name/).value).toBe('Bon nom'),
    );
    expect(double.drafts.get('d1')?.data.customer?.name).toBe('Bon nom');
  });
});
