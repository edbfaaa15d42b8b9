// The review names every problem by its section and field, in the dealer's words, as a link to that
// field in the editor; it shows the losing carrier, contacts, comments and documents; and "Finalize"
// with problems shows the list with its count and puts the focus on the first problem.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ReviewView from '../../src-renderer/views/ReviewView.svelte';
import { setLocale } from '../../src-renderer/i18n/i18n.svelte';
import { installPortageDouble, makeDraft } from './portage-double';

const data = {
  customer: { name: 'Boulangerie Tremblay', accountNumber: '4471' },
  losingCarrier: { providerId: null, reseller: 'Revendeur inc.' },
  numbers: { toPort: ['613 555 0177'] },
  contacts: { email: 'portage@example.ca', submitterFirstName: 'Marie', submitterLastName: 'Tremblay' },
  comments: { portTeam: 'Merci!' },
  attachments: {
    lastInvoice: [{ sha256: 'a'.repeat(64), name: 'facture.pdf', mimeType: 'application/pdf', size: 10 }],
  },
  service: { lines: [{ number: '613 555 0177', planId: 'RES', locale: 2 as const }] },
};

describe('Review', () => {
  it('names each problem by section, row and field, linked to the field', async () => {
    installPortageDouble([makeDraft('d1', 'residentialLine', data)]);
    render(ReviewView, { props: { id: 'd1' } });
    const blocking = await screen.findByTestId('blocking');
    const account = within(blocking).getByRole('link', {
      name: 'Service details › Line (613) 555-0177 › ThinkTel account — Required.',
    });
    expect(account.getAttribute('href')).toBe('#/drafts/d1?focus=service.lines.0.account');
    expect(
      within(blocking).getByRole('link', { name: /^Service address › Street number — Required\./ }),
    ).toBeTruthy();
    expect(blocking.textContent).toMatch(/Fix these before finalizing: \(\d+ problems\)/);
  });

  it('shows the losing carrier, contacts, comments and documents', async () => {
    setLocale('fr-CA');
    installPortageDouble([makeDraft('d1', 'residentialLine', data)]);
    render(ReviewView, { props: { id: 'd1' } });
    expect((await screen.findByTestId('review-losing-carrier')).textContent).toContain('Revendeur inc.');
    expect(screen.getByTestId('review-contacts').textContent).toContain('portage@example.ca');
    expect(screen.getByTestId('review-contacts').textContent).toContain('Marie Tremblay');
    expect(screen.getByTestId('review-comments').textContent).toContain(
      'Pour l’équipe de portage\u00a0: Merci!',
    );
    expect(screen.getByTestId('review-documents').textContent).toContain('facture.pdf');
    expect(
      screen.getByRole('link', {
        name: /^Détails du service › Ligne 613 555-0177 › Compte ThinkTel — Obligatoire\./,
      }),
    ).toBeTruthy();
  });

  it('answers “Finalize” with problems by showing them, focus on the first', async () => {
    installPortageDouble([makeDraft('d1', 'residentialLine', data)]);
    render(ReviewView, { props: { id: 'd1' } });
    await userEvent.click(await screen.findByRole('button', { name: 'Finalize and queue' }));
    const first = within(screen.getByTestId('blocking-list')).getAllByRole('link')[0];
    await waitFor(() => expect(document.activeElement).toBe(first));
  });
});
