// Journey: a port the carrier recorded but whose answer never arrived, and that its lookups cannot settle,
// waits in "needs review" with what Portage knows in the dealer's language; the dealer takes the ticket
// the carrier has and the request is followed under it, never sent twice.
import { test, expect } from '../support/fixtures';
import { letterOfAuthorizationPdf } from '../support/harness';
import { message } from '../support/messages';
import { translate } from '../../../src-main/shared/domain/messages';

const technical = /\b(GET|POST|PUT|DELETE)\b|\/v2\/|\bHTTP\b|connectionDropped|lookup failed/;

test('a request the carrier may have waits for review; the dealer adopts the carrier’s ticket', async ({
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
  // Set-up: the practice carrier records the next port, then drops the connection before answering; and
  // its status lookups do not find the port. Its port orders list it, its number lookup does not: the
  // two lookups disagree, so Portage must not decide alone.
  await portage.control('practice/faults', { dropAfterRecord: 1, statusNotFound: true });

  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  await editor.pasteNumbers('613 555 0188');
  await editor.fill({
    customerName: 'Quincaillerie Lavoie',
    accountNumber: '88213',
    streetNumber: '45',
    streetName: 'rue Principale',
    city: 'Gatineau',
    province: 'QC',
    postalCode: 'J8X 2B4',
    email: 'info@lavoie.example',
  });
  await portage.stageFile('autorisation.pdf', letterOfAuthorizationPdf());
  await editor.attach('letterOfAuthorization', 'autorisation.pdf');
  await editor.expectSaved();
  await editor.openReview();
  await review.finalize();

  await tracking.openFromOutbox('Quincaillerie Lavoie');
  const card = page.getByTestId('needs-review');
  await expect(card).toBeVisible({ timeout: 60_000 });
  await expect(card).toContainText(message(language, 'tracking.reviewExplain'));

  // What we know, in the dealer's language: the port orders list a ticket, the numbers find none.
  const ports = await portage.receivedPorts();
  expect(ports).toHaveLength(1);
  const ticket = ports[0]?.ticket ?? '';
  const evidence = page.getByTestId('evidence');
  await expect(evidence).toContainText(
    translate(language, 'evidence.byReference.found', { count: 1, tickets: ticket }),
  );
  await expect(evidence).toContainText(translate(language, 'evidence.byNumber.none'));
  expect(await tracking.mainText()).not.toMatch(technical);
  await app.screenshotAtSizes('tracking-needs-review');

  // The outbox says it too.
  await app.go('outbox');
  await expect(page.getByTestId('outbox-item')).toHaveAttribute('data-state', 'needsReview');
  await expect(page.getByTestId('outbox-item')).toContainText(message(language, 'outbox.state.needsReview'));
  await app.screenshotAtSizes('outbox-needs-review');

  // The dealer takes the ticket the carrier has.
  await tracking.openFromOutbox('Quincaillerie Lavoie');
  await page.getByLabel(message(language, 'tracking.ticketInput')).fill(ticket);
  await page.getByRole('button', { name: message(language, 'tracking.adoptTicket') }).click();
  await expect(page.getByTestId('resolved')).toHaveText(message(language, 'tracking.resolved'));
  await expect(page.getByTestId('ticket')).toHaveText(ticket);
  await expect(page.getByTestId('needs-review')).toHaveCount(0);
  await expect(page.locator('.head [data-status]')).toHaveAttribute('data-status', 'submitted');
  // Sent once, followed under the carrier's ticket.
  expect(await portage.receivedPorts()).toHaveLength(1);
});
