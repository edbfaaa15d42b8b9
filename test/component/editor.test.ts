// The draft editor: what the dealer types is saved on this computer (and says so), a failed save keeps
// the text and retries, errors show inline in the dealer's language, and a field path can be focused.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DraftForm from '../../src-renderer/components/editor/DraftForm.svelte';
import SaveIndicator from '../../src-renderer/components/editor/SaveIndicator.svelte';
import { DraftEditor } from '../../src-renderer/stores/draft-editor.svelte';
import { setLocale } from '../../src-renderer/i18n/i18n.svelte';
import { installPortageDouble, makeDraft } from './portage-double';

async function openEditor(data = {}) {
  const double = installPortageDouble([makeDraft('d1', 'sipTrunkDids', data)]);
  const editor = new DraftEditor(double.api, { delayMs: 30, retryMs: 60 });
  await editor.load('d1');
  return { double, editor };
}

describe('Draft editor', () => {
  it('autosaves what the dealer types and says it is saved on this computer', async () => {
    const { double, editor } = await openEditor();
    render(SaveIndicator, { props: { editor } });
    render(DraftForm, { props: { editor } });

    await userEvent.type(screen.getByLabelText(/^Customer name/), 'Boulangerie Tremblay');

    await waitFor(() => expect(double.saves.at(-1)?.data.customer?.name).toBe('Boulangerie Tremblay'));
    await waitFor(() =>
      expect(screen.getByTestId('save-indicator').textContent).toMatch(/Saved on this computer/),
    );
  });

  it('keeps the typed text when a save fails, says so, and saves it once it can', async () => {
    const { double, editor } = await openEditor();
    double.failSaves = true;
    render(SaveIndicator, { props: { editor } });
    render(DraftForm, { props: { editor } });

    const city = screen.getByLabelText<HTMLInputElement>(/^City/);
    await userEvent.type(city, 'Rimouski');

    await waitFor(() =>
      expect(screen.getByTestId('save-indicator').textContent).toContain('Could not save (disk is full)'),
    );
    expect(city.value).toBe('Rimouski');
    expect(editor.data.address.city).toBe('Rimouski');

    double.failSaves = false;
    await waitFor(() => expect(double.saves.at(-1)?.data.address?.city).toBe('Rimouski'));
    await waitFor(() => expect(screen.getByTestId('save-indicator').dataset.state).toBe('saved'));
  });

  it('shows the errors inline in French, marks the field invalid, and announces the count', async () => {
    setLocale('fr-CA');
    const { editor } = await openEditor({ address: { country: 'CA', postalCode: '12345' } });
    render(DraftForm, { props: { editor } });

    const postal = screen.getByLabelText(/^Code postal/);
    expect(postal.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (postal.getAttribute('aria-describedby') ?? '').split(' ');
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent ?? '');
    expect(messages.join(' ')).toMatch(/code postal canadien/i);
    expect(screen.getByTestId('issue-summary').textContent).toMatch(/erreurs?/);
    expect(screen.getByText(/doit correspondre à sa dernière facture/)).toBeTruthy();
  });

  it('opens with focus on the field at fault when given a path', async () => {
    const { editor } = await openEditor({ customer: { name: 'Tremblay' } });
    render(DraftForm, { props: { editor, focus: 'customer.accountNumber' } });

    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Account number/)));
  });

  it('brings back text typed after the last save when the window closed first', async () => {
    const double = installPortageDouble([makeDraft('d2', 'sipTrunkDids', { customer: { name: 'Old' } })]);
    // What the main process kept from the editor of a window that went away before its save.
    double.stashed.set('d2', { customer: { name: 'Typed before closing' } });
    const editor = new DraftEditor(double.api, { delayMs: 30 });
    await editor.load('d2');
    render(DraftForm, { props: { editor } });

    expect(screen.getByLabelText<HTMLInputElement>(/^Customer name/).value).toBe('Typed before closing');
    await waitFor(() => expect(double.saves.at(-1)?.data.customer?.name).toBe('Typed before closing'));
    expect(double.stashed.has('d2')).toBe(false);
  });

  it('stashes every change in the main process before its save, and keeps nothing in the page’s storage', async () => {
    const double = installPortageDouble([makeDraft('d3', 'sipTrunkDids', { customer: { name: '' } })]);
    const editor = new DraftEditor(double.api, { delayMs: 200 });
    await editor.load('d3');
    render(DraftForm, { props: { editor } });

    await userEvent.type(screen.getByLabelText(/^Customer name/), 'Gagnon');
    // Each keystroke went to the stash at once, with a growing edit count, well before the save.
    expect(double.stashes.at(-1)?.data.customer?.name).toBe('Gagnon');
    const edits = double.stashes.map((entry) => entry.stamp.edit);
    expect(edits).toEqual([...edits].sort((a, b) => a - b));
    expect(new Set(double.stashes.map((entry) => entry.stamp.session)).size).toBe(1);
    expect(double.saves).toHaveLength(0);

    await waitFor(() => expect(double.saves.at(-1)?.data.customer?.name).toBe('Gagnon'));
    expect(double.saves.at(-1)?.stash).toEqual(double.stashes.at(-1)?.stamp);
    expect(double.stashed.has('d3')).toBe(false);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('says "Required." only once the dealer has been in the field, or everywhere when sent to fix it', async () => {
    const { editor } = await openEditor();
    const view = render(DraftForm, { props: { editor } });

    expect(screen.queryAllByText('Required.')).toHaveLength(0);
    const name = screen.getByLabelText(/^Customer name/);
    await userEvent.click(name);
    await userEvent.tab();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Required.')).toHaveLength(1);
    view.unmount();

    render(DraftForm, { props: { editor, focus: 'customer.name' } });
    expect(screen.getAllByText('Required.').length).toBeGreaterThan(5);
  });
});
