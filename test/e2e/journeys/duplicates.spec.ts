// Mistakes caught before the carrier sees them: a number pasted twice is kept once and the box says so; a
// number another active request already ports is flagged in the editor, naming that request with a link to
// it; and "Finalize and queue" asks for an explicit confirmation before sending the same numbers again.
import { test, expect } from '../support/fixtures';
import { letterOfAuthorizationPdf } from '../support/harness';
import { message, type Language } from '../support/messages';

const shown = (language: Language, digits: string) =>
  language === 'fr-CA'
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)}-${digits.slice(6)}`
    : `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;

test('numbers already in another request are flagged, named, and sent again only when confirmed', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  drafts,
  language,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();

  // The customer's first request: two numbers, not sent yet.
  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  await editor.field('customer.name').fill('Boulangerie Tremblay inc.');
  await editor.pasteNumbers('613 555 0123\n613 555 0124');
  await editor.expectNumberCount(2);
  await editor.expectSaved();
  const first = editor.draftId();

  // A second request, pasted with one number twice and one the first request already ports.
  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  await editor.pasteNumbers('613 555 0124\n613-555-0125\n(613) 555-0125');
  await editor.expectNumberCount(2);
  await expect(page.getByTestId('numbers.toPort-kept-once')).toHaveText(
    message(language, 'numbers.keptOnce', { count: 1, list: shown(language, '6135550125') }),
  );
  const warning = page.getByTestId('number-conflicts');
  await expect(warning).toContainText(message(language, 'conflicts.title'));
  await expect(warning.getByTestId('number-conflict')).toContainText(
    message(language, 'conflicts.item', {
      count: 1,
      numbers: shown(language, '6135550124'),
      title: 'Boulangerie Tremblay inc.',
      status: message(language, 'status.draft'),
    }),
  );
  await editor.fill({
    customerName: 'Boulangerie Tremblay inc. (succursale)',
    accountNumber: '4471-2290',
    streetNumber: '1200',
    streetName: 'rue Wellington',
    city: 'Ottawa',
    province: 'ON',
    postalCode: 'K1Y 2Z8',
    email: 'commandes@tremblay.example',
  });
  await portage.stageFile('lettre-autorisation.pdf', letterOfAuthorizationPdf());
  await editor.attach('letterOfAuthorization', 'lettre-autorisation.pdf');
  await editor.expectSaved();
  const second = editor.draftId();
  await app.screenshotAtSizes('editor-number-conflicts');

  // The warning's link opens the other request, which names this one in turn.
  await warning
    .getByRole('link', { name: message(language, 'conflicts.open', { title: 'Boulangerie Tremblay inc.' }) })
    .click();
  await expect(editor.field('customer.name')).toHaveValue('Boulangerie Tremblay inc.');
  expect(editor.draftId()).toBe(first);
  await expect(page.getByTestId('number-conflicts')).toContainText('Boulangerie Tremblay inc. (succursale)');

  // Finalizing the second request asks first; nothing is queued until the dealer confirms. (The carrier
  // is out of reach, so a queued request stays in the outbox for the checks below.)
  await portage.control('carrier/unreachable');
  await app.go('drafts');
  await drafts.row(second).getByRole('link', { name: 'Boulangerie Tremblay inc. (succursale)' }).click();
  await editor.openReview();
  await page.getByRole('button', { name: message(language, 'review.finalize') }).click();
  const confirm = page.getByTestId('duplicates-confirm');
  await expect(confirm).toContainText(message(language, 'review.duplicates.explain'));
  await expect(confirm.getByTestId('number-conflict')).toHaveAttribute('data-id', first);
  await expect(page.getByTestId('finalized')).toHaveCount(0);
  await app.screenshotAtSizes('review-duplicates');
  await app.go('outbox');
  await expect(page.getByTestId('outbox-item')).toHaveCount(0);

  await app.go('drafts');
  await drafts.row(second).getByRole('link', { name: 'Boulangerie Tremblay inc. (succursale)' }).click();
  await editor.openReview();
  await page.getByRole('button', { name: message(language, 'review.finalize') }).click();
  await page
    .getByTestId('duplicates-confirm')
    .getByRole('button', { name: message(language, 'review.duplicates.confirm') })
    .click();
  await expect(page.getByTestId('finalized')).toHaveText(message(language, 'review.queued'));
  await app.go('outbox');
  await expect(page.getByTestId('outbox-item')).toHaveCount(1);
  await app.go('drafts');
  await drafts.expectStatus(second, 'queued');
  await drafts.expectStatus(first, 'draft');
});
