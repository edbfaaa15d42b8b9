// A number whose NPA-NXX is not in the cached portable list is flagged as a warning; online, the
// carrier is asked and its answer replaces the guess.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DraftForm from '../../src-renderer/components/editor/DraftForm.svelte';
import { DraftEditor } from '../../src-renderer/stores/draft-editor.svelte';
import { app } from '../../src-renderer/stores/app.svelte';
import { installPortageDouble, makeDraft } from './portage-double';

describe('Portable prefixes', () => {
  it('flags a number outside the cached list and shows what the carrier says', async () => {
    const double = installPortageDouble([
      makeDraft('d1', 'sipTrunkDids', { numbers: { toPort: ['6135550123', '8195550101'] } }),
    ]);
    double.portable = true;
    app.reference = { ...app.reference, npanxx: [613555] };
    app.online = true;
    const editor = new DraftEditor(double.api);
    await editor.load('d1');
    render(DraftForm, { props: { editor } });

    const flags = screen.getByTestId('npanxx-flags');
    expect(flags.textContent).toContain('(819) 555-0101: its exchange (819555) is not in the carrier’s list');
    expect(flags.textContent).not.toContain('613');

    await userEvent.click(screen.getByRole('button', { name: 'Ask the carrier' }));
    await waitFor(() =>
      expect(flags.textContent).toContain('(819) 555-0101: the carrier confirms it can be ported.'),
    );
    expect(double.portableChecks).toEqual(['8195550101']);
  });

  it('offline, says the carrier will confirm later instead of offering to ask', async () => {
    const double = installPortageDouble([
      makeDraft('d2', 'sipTrunkDids', { numbers: { toPort: ['8195550101'] } }),
    ]);
    app.reference = { ...app.reference, npanxx: [613555] };
    app.online = false;
    const editor = new DraftEditor(double.api);
    await editor.load('d2');
    render(DraftForm, { props: { editor } });

    expect(screen.getByText('The carrier will confirm the numbers when you are back online.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ask the carrier' })).toBeNull();
  });
});
