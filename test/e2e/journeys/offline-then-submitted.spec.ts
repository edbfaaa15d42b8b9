// Journeys 1 and 2: a DIDs request prepared while the carrier cannot be reached is finalized and waits
// in the outbox; when the carrier comes back it is submitted, gets a ticket, and its status reaches
// COMPLETED in the timeline.
import { test, expect } from '../support/fixtures';
import { letterOfAuthorizationPdf } from '../support/harness';
import { message } from '../support/messages';

const mixedFormats = '(613) 555-0123\n613.555.0124, +1 613 555 0125; 16135550126\t613-555-0127';

test('a DIDs request drafted with the carrier unreachable is queued, then submitted and completed', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  drafts,
  tracking,
  language,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();
  await portage.control('carrier/unreachable');

  await test.step('journey 1: create, paste, attach, fill, finalize → queued', async () => {
    await app.go('new');
    await app.screenshot('new-request');
    await newRequest.onSipTrunk('Ottawa');

    await editor.pasteNumbers(mixedFormats);
    await editor.expectNumberCount(5);
    await expect(editor.field('numbers.toPort')).toHaveValue(
      language === 'fr-CA'
        ? '613 555-0123\n613 555-0124\n613 555-0125\n613 555-0126\n613 555-0127'
        : '(613) 555-0123\n(613) 555-0124\n(613) 555-0125\n(613) 555-0126\n(613) 555-0127',
    );

    await editor.fill({
      customerName: 'Boulangerie Tremblay inc.',
      accountNumber: '4471-2290',
      streetNumber: '1200',
      streetName: 'rue Wellington',
      city: 'Ottawa',
      province: 'ON',
      postalCode: 'k1y2z8',
      email: 'commandes@tremblay.example',
    });
    await editor.field('address.city').focus();
    await expect(editor.field('address.postalCode')).toHaveValue('K1Y 2Z8');

    await portage.stageFile('lettre-autorisation.pdf', letterOfAuthorizationPdf());
    await editor.attach('letterOfAuthorization', 'lettre-autorisation.pdf');
    await editor.expectSaved();
    await app.screenshot('editor');

    await editor.openReview();
    await expect(page.getByTestId('operation')).toHaveText(
      message(language, 'review.operation.dids', {
        count: 5,
        pilot: language === 'fr-CA' ? '613 555-0100' : '(613) 555-0100',
      }),
    );
    await app.screenshot('review');
    await review.finalize();

    const id = /#\/drafts\/([^/]+)\/review/.exec(page.url())?.[1] ?? '';
    await app.go('outbox');
    await expect(page.getByTestId('outbox-item')).toHaveCount(1);
    await expect(page.getByTestId('outbox-item')).toContainText('Boulangerie Tremblay');
    await app.screenshot('outbox-queued');

    await app.go('drafts');
    await drafts.expectStatus(decodeURIComponent(id), 'queued');
    await app.screenshot('drafts');

    // Search as you type: by any number, by name; nothing found says so.
    await drafts.search('613 555 0125');
    await expect(drafts.rows()).toHaveCount(1);
    await drafts.search('zzz-nobody');
    await expect(drafts.rows()).toHaveCount(0);
    await expect(page.getByText(message(language, 'drafts.empty'))).toBeVisible();
    await drafts.search('tremblay');
    await expect(drafts.rows()).toHaveCount(1);
  });

  await test.step('journey 2: the carrier comes back → submitted, ticket, COMPLETED', async () => {
    const row = drafts.rows().first();
    const id = (await row.getAttribute('data-id')) ?? '';
    await portage.control('carrier/reachable');
    await drafts.expectStatus(id, 'submitted');
    await tracking.open(id);
    const ticket = await tracking.expectTicket();
    expect(ticket).toMatch(/\S+/);
    await tracking.expectTimelineReaches('COMPLETED');
    await app.screenshot('tracking-completed');
    const ports = await portage.receivedPorts();
    expect(ports).toHaveLength(1);
    expect(ports[0]?.path).toBe('/v2/NumberPorts/Inbound/DIDs');
    expect(ports[0]?.ticket).toBe(ticket);
  });
});
