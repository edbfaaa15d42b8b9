// Journey: a submitted port whose ticket the carrier answers "not found" for a day is surfaced on the
// tracking view with what to do; the dealer follows it and sends a copy. Under a day, only the technical
// details mention it.
import { test, expect } from '../support/fixtures';
import { letterOfAuthorizationPdf } from '../support/harness';
import { message } from '../support/messages';

const technical = /\b(GET|POST|PUT|DELETE)\b|\/v2\/|\bHTTP\b|NotFound/;

test('a ticket the carrier has not found for a day is surfaced with what to do', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  tracking,
  language,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();
  // Set-up: the practice carrier takes the port, but answers "not found" for its status from then on.
  await portage.control('practice/faults', { statusNotFound: true });

  await app.go('new');
  await newRequest.onSipTrunk('Toronto');
  await editor.pasteNumbers('416 555 0177');
  await editor.fill({
    customerName: 'Pharmacie Gendron',
    accountNumber: '30017',
    streetNumber: '220',
    streetName: 'Queen Street East',
    city: 'Toronto',
    province: 'ON',
    postalCode: 'M5A 1S3',
    email: 'pharmacie@gendron.example',
  });
  await portage.stageFile('loa.pdf', letterOfAuthorizationPdf());
  await editor.attach('letterOfAuthorization', 'loa.pdf');
  await editor.expectSaved();
  await editor.openReview();
  await review.finalize();

  await tracking.openSent('Pharmacie Gendron');
  const ticket = await tracking.expectTicket();
  // The first "not found": only the technical details say so; nothing alarms the dealer yet.
  const details = await tracking.disclose('technical-details', 'technical.title');
  await expect(details.getByTestId('technical-not-found')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('not-found')).toHaveCount(0);

  // Set-up: a day passes, and the tracker asks again.
  await portage.control('clock/advance', { ms: 25 * 60 * 60_000 });
  await portage.control('tracking/poll');

  const card = page.getByTestId('not-found');
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(card).toContainText(message(language, 'tracking.notFound.title'));
  await expect(card).toContainText(message(language, 'tracking.notFound.call', { ticket }));
  await expect(card).toContainText(message(language, 'tracking.notFound.ifLost'));
  await expect(page.locator('.head [data-status]')).toHaveAttribute('data-status', 'needsAttention');
  await page.getByText(message(language, 'technical.title'), { exact: true }).click();
  expect(await tracking.mainText()).not.toMatch(technical);
  await app.screenshotAtSizes('tracking-not-found');

  // What to do, last step: send it again from a copy.
  await card.getByRole('button', { name: message(language, 'tracking.editCopy') }).click();
  await expect(editor.field('customer.name')).toHaveValue('Pharmacie Gendron');
  await expect(page.getByRole('link', { name: message(language, 'editor.review') })).toBeVisible();
});
