// What the dealer found missing, now on the screen: a residential or business line has its account,
// plan, language and business group; a permanent call forward its account and plan; each number is a
// group of its own; yes/no questions can say No; the province comes from a list; other emails are
// checked as they are typed; every field is capped at its length; line passwords are set but never
// shown back.
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DraftForm from '../../src-renderer/components/editor/DraftForm.svelte';
import { DraftEditor } from '../../src-renderer/stores/draft-editor.svelte';
import { setLocale } from '../../src-renderer/i18n/i18n.svelte';
import type { DraftKind } from '../../src-main/shared/domain/catalogue';
import type { DraftData } from '../../src-main/shared/domain/draft';
import { installPortageDouble, makeDraft } from './portage-double';

async function open(kind: DraftKind, data: DraftData) {
  const double = installPortageDouble([makeDraft('d1', kind, data)]);
  const editor = new DraftEditor(double.api, { delayMs: 20 });
  await editor.load('d1');
  render(DraftForm, { props: { editor } });
  await tick();
  return { double, editor };
}

const twoNumbers = { numbers: { toPort: ['613 555 0177', '613 555 0178'] } };

describe('rows of the service section', () => {
  it('gives each residential line a group with its account, plan and language', async () => {
    const { double } = await open('residentialLine', twoNumbers);
    const line = screen.getByRole('group', { name: 'Line (613) 555-0177' });
    const account = within(line).getByRole('textbox', { name: /^ThinkTel account/ });
    expect(account.getAttribute('data-path')).toBe('service.lines.0.account');
    expect(account.getAttribute('maxlength')).toBe('19');
    await userEvent.type(account, '100200');
    await userEvent.type(within(line).getByRole('textbox', { name: /^Plan ID/ }), 'RES-BASIC');
    expect(within(line).getByRole('combobox', { name: /^Language/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Line (613) 555-0178' })).toBeTruthy();
    // A hint says where the dealer finds it.
    expect(line.textContent).toContain('as shown in uControl');
    await waitFor(() =>
      expect(double.saves.at(-1)?.data.service?.lines?.[0]).toMatchObject({
        number: '6135550177',
        account: '100200',
        planId: 'RES-BASIC',
      }),
    );
  });

  it('asks a business line for its business group too, and keeps the optional fields behind “More”', async () => {
    await open('businessLine', twoNumbers);
    const line = screen.getByRole('group', { name: 'Line (613) 555-0177' });
    expect(within(line).getByRole('textbox', { name: /^Business group ID/ })).toBeTruthy();
    const more = line.querySelector('details');
    expect(more?.open).toBe(false);
    expect(line.querySelector('[data-path="service.lines.0.callerName"]')?.getAttribute('maxlength')).toBe(
      '15',
    );
    expect(line.querySelector('[data-path="service.lines.0.extension"]')).not.toBeNull();
  });

  it('gives each permanent call forward its account and plan, with its destination', async () => {
    const { double } = await open('permanentCallForward', twoNumbers);
    const forward = screen.getByRole('group', { name: 'Forward of (613) 555-0178' });
    await userEvent.type(within(forward).getByRole('textbox', { name: /^Forwards to/ }), '613 555 0190');
    await userEvent.type(within(forward).getByRole('textbox', { name: /^ThinkTel account/ }), '500600');
    await userEvent.type(within(forward).getByRole('textbox', { name: /^Plan ID/ }), 'PCF');
    await waitFor(() =>
      expect(double.saves.at(-1)?.data.service?.forwards?.[1]).toMatchObject({
        account: '500600',
        planId: 'PCF',
        callForwardingNumber: '613 555 0190',
      }),
    );
  });

  it('flags a row whose number is no longer ported, and lets the dealer remove it', async () => {
    const { editor } = await open('residentialLine', {
      numbers: { toPort: ['613 555 0177'] },
      service: { lines: [{ number: '613 555 0177' }, { number: '613 555 0199', planId: 'typed' }] },
    });
    const stray = screen.getByRole('group', { name: 'Line (613) 555-0199' });
    expect(stray.textContent).toContain('is not among the numbers to port');
    await userEvent.click(within(stray).getByRole('button', { name: 'Remove this row' }));
    expect(editor.data.service.lines).toHaveLength(1);
  });
});

describe('yes/no questions, province, emails', () => {
  it('records an explicit No as false and “Not answered” as nothing', async () => {
    const { double } = await open('sipTrunkDids', {});
    const question = screen.getByRole('group', { name: /PRI or Megalink circuit\?/ });
    await userEvent.click(within(question).getByRole('radio', { name: 'Yes' }));
    const remain = screen.getByRole('group', { name: /stay active after the port/ });
    await userEvent.click(within(remain).getByRole('radio', { name: 'No' }));
    await waitFor(() =>
      expect(double.saves.at(-1)?.data.options).toEqual({
        isPriMegaLink: true,
        priMegalinkRemainActive: false,
      }),
    );
    await userEvent.click(within(remain).getByRole('radio', { name: 'Not answered' }));
    await waitFor(() => expect(double.saves.at(-1)?.data.options).toEqual({ isPriMegaLink: true }));
  });

  it('chooses the province from the country’s list, in the dealer’s language, and keeps an older typed value', async () => {
    setLocale('fr-CA');
    const { double } = await open('sipTrunkDids', { address: { country: 'CA', province: 'Quebec' } });
    const province = screen.getByRole<HTMLSelectElement>('combobox', { name: /^Province ou État/ });
    const options = [...province.options].map((option) => option.text);
    expect(options).toContain('Québec');
    expect(options).toContain('Colombie-Britannique');
    expect(options).not.toContain('Californie');
    expect(province.selectedOptions[0]?.text).toBe('«\u00a0Quebec\u00a0»');
    expect(document.body.textContent).toContain('Choisissez la province ou le territoire dans la liste.');
    await userEvent.selectOptions(province, 'Québec');
    await waitFor(() => expect(double.saves.at(-1)?.data.address?.province).toBe('QC'));
  });

  it('checks other emails as they are typed', async () => {
    await open('sipTrunkDids', {});
    const box = screen.getByRole('textbox', { name: /^Other emails/ });
    await userEvent.type(box, 'ok@example.ca{enter}pas-un-courriel');
    expect(box.parentElement?.textContent).toContain('“pas-un-courriel” is not an email address.');
  });
});

describe('entries of a list box over their cap', () => {
  it('stay in the box, said too long, and are saved only once they fit', async () => {
    const { double } = await open('sipTrunkDids', {});
    const box = screen.getByRole('textbox', { name: /^Numbers to port/ });
    await userEvent.type(box, '613 555 0123{enter}call the office after five and ask for Luc');
    expect(screen.getByTestId('numbers.toPort-too-long').textContent).toContain('ask for Luc');
    await userEvent.tab();
    await waitFor(() => expect(double.saves.at(-1)?.data.numbers?.toPort).toEqual(['6135550123']));
    expect((box as HTMLTextAreaElement).value).toContain('ask for Luc');
  });
});

describe('documents', () => {
  const loa = { sha256: 'b'.repeat(64), name: 'loa.pdf', mimeType: 'application/pdf', size: 5 };

  it('a toll-free draft never offers a slot its form cannot carry', async () => {
    await open('sipTrunkDids', { numbers: { toPort: ['1 800 555 0199'] } });
    expect(screen.queryByTestId('attach-letterOfAuthorization')).toBeNull();
    expect(screen.getByTestId('attach-respOrgForm')).toBeTruthy();
    expect(screen.getByTestId('attach-lastInvoice')).toBeTruthy();
  });

  it('shows files already in such a slot, not sent, with a way to remove them and none to add more', async () => {
    await open('sipTrunkDids', {
      numbers: { toPort: ['1 800 555 0199'] },
      attachments: { letterOfAuthorization: [loa] },
    });
    const slot = document.querySelector<HTMLElement>('[data-slot="letterOfAuthorization"]');
    if (!slot) throw new Error('the slot holding files is not shown');
    expect(slot.textContent).toContain('loa.pdf');
    expect(slot.textContent).toContain('Toll-free requests have no place for this');
    expect(within(slot).getByRole('button', { name: 'Remove these files' })).toBeTruthy();
    expect(screen.queryByTestId('attach-letterOfAuthorization')).toBeNull();
  });
});

describe('line passwords', () => {
  it('are set through a password box, then only said to be set, never shown back', async () => {
    const { double, editor } = await open('residentialLine', twoNumbers);
    const line = screen.getByRole('group', { name: 'Line (613) 555-0178' });
    const sip = within(line)
      .getAllByTestId('line-password')
      .find((element) => element.dataset.field === 'sipPassword');
    if (!sip) throw new Error('no SIP password control');
    expect(within(sip).getByTestId('password-state').textContent?.trim()).toBe('Not set');
    await userEvent.click(
      within(sip).getByRole('button', { name: /^Set: SIP password, Line \(613\) 555-0178/ }),
    );
    const input = within(sip).getByLabelText<HTMLInputElement>('New SIP password');
    expect(input.type).toBe('password');
    await userEvent.type(input, 'S3cret-line{enter}');
    await waitFor(() =>
      expect(within(sip).getByTestId('password-state').textContent?.trim()).toBe('Set (never shown)'),
    );
    expect(double.passwordCalls).toEqual([
      { draftId: 'd1', number: '6135550178', field: 'sipPassword', password: 'S3cret-line' },
    ]);
    // Not in the page, not in the draft the editor saves.
    expect(document.body.innerHTML).not.toContain('S3cret-line');
    expect(JSON.stringify(editor.data)).not.toContain('S3cret-line');
    expect(JSON.stringify(double.saves)).not.toContain('S3cret-line');
    expect(within(sip).queryByLabelText('New SIP password')).toBeNull();

    await userEvent.click(within(sip).getByRole('button', { name: /^Remove: SIP password/ }));
    await waitFor(() =>
      expect(within(sip).getByTestId('password-state').textContent?.trim()).toBe('Not set'),
    );
    expect(double.passwordCalls.at(-1)?.password).toBe('');
  });
});
