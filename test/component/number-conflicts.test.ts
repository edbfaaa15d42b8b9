// The editor's warning when numbers to port are already in another active request: it names the request
// (its title and status) with a link to open it, and asks about the list as it is now, not as last saved.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import DraftForm from '../../src-renderer/components/editor/DraftForm.svelte';
import { DraftEditor } from '../../src-renderer/stores/draft-editor.svelte';
import { setLocale } from '../../src-renderer/i18n/i18n.svelte';
import { installPortageDouble, makeDraft } from './portage-double';

describe('Numbers in another active request', () => {
  it('names the other request, with its status and a link to open it', async () => {
    setLocale('en-CA');
    const double = installPortageDouble([
      makeDraft('mine', 'sipTrunkDids', { numbers: { toPort: ['6135550123', '613 555 0124', 'oops'] } }),
    ]);
    double.conflicts = [
      {
        id: 'other',
        kind: 'sipTrunkDids',
        title: 'Boulangerie Tremblay inc.',
        status: 'queued',
        numbers: ['6135550123', '6135550124'],
      },
    ];
    const editor = new DraftEditor(double.api);
    await editor.load('mine');
    render(DraftForm, { props: { editor } });

    const warning = await screen.findByTestId('number-conflicts');
    expect(warning.textContent).toContain('Already in another request.');
    expect(warning.textContent).toContain(
      '(613) 555-0123, (613) 555-0124 are already in “Boulangerie Tremblay inc.” (Queued).',
    );
    const link = screen.getByRole('link', { name: 'Open “Boulangerie Tremblay inc.”' });
    // A request on its way opens in its follow-up, as in the drafts list.
    expect(link.getAttribute('href')).toBe('#/outbox/other');
    // Only valid numbers are asked about, normalized; the draft itself is named so it is left out.
    expect(double.conflictChecks.at(-1)).toEqual({ id: 'mine', numbers: ['6135550123', '6135550124'] });
  });

  it('says nothing when no other request has the numbers, nor for a request already sent', async () => {
    setLocale('en-CA');
    const sent = { ...makeDraft('sent', 'sipTrunkDids', { numbers: { toPort: ['6135550123'] } }) };
    const double = installPortageDouble([
      makeDraft('alone', 'sipTrunkDids', { numbers: { toPort: ['6135550199'] } }),
      { ...sent, status: 'submitted', editable: false },
    ]);
    const editor = new DraftEditor(double.api);
    await editor.load('alone');
    const { unmount } = render(DraftForm, { props: { editor } });
    await waitFor(() => expect(double.conflictChecks).toHaveLength(1));
    expect(screen.queryByTestId('number-conflicts')).toBeNull();
    unmount();

    double.conflicts = [
      { id: 'x', kind: 'sipTrunkDids', title: 'X', status: 'draft', numbers: ['6135550123'] },
    ];
    const readOnly = new DraftEditor(double.api);
    await readOnly.load('sent');
    render(DraftForm, { props: { editor: readOnly } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.queryByTestId('number-conflicts')).toBeNull();
  });
});
