// Journey 3: a pasted list mixing regular and toll-free numbers is split into two drafts, which go to
// the carrier's two different operations.
import { test, expect } from '../support/fixtures';
import { letterOfAuthorizationPdf } from '../support/harness';
import { message } from '../support/messages';

test('a mixed list is split into two drafts that reach the regular and toll-free operations', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  language,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onSipTrunk('Montréal');

  await editor.fill({
    customerName: 'Clinique Dentaire Laval',
    accountNumber: '88120',
    streetNumber: '45',
    streetName: 'boulevard Saint-Martin',
    city: 'Laval',
    province: 'QC',
    postalCode: 'H7N 1A1',
    email: 'admin@clinique.example',
  });
  await portage.stageFile('autorisation.pdf', letterOfAuthorizationPdf());
  await editor.attach('letterOfAuthorization', 'autorisation.pdf');
  await editor.pasteNumbers('514-555-0101, 514 555 0102\n1 800 555 0199');
  await editor.expectNumberCount(3);

  const notice = page.getByTestId('split-notice');
  await expect(notice).toContainText(message(language, 'split.explain', { regular: 2, tollFree: 1 }));
  await app.screenshot('editor-split');
  await notice.getByRole('button', { name: message(language, 'split.action') }).click();
  await expect(page.getByTestId('split-done')).toBeVisible();

  const hrefs = {
    regular: (await page.getByTestId('open-regular').getAttribute('href')) ?? '',
    tollFree: (await page.getByTestId('open-toll-free').getAttribute('href')) ?? '',
  };
  for (const which of ['regular', 'tollFree'] as const) {
    await page.evaluate((hash) => (window.location.hash = hash), hrefs[which]);
    await expect(editor.field('customer.name')).toHaveValue('Clinique Dentaire Laval');
    await editor.expectNumberCount(which === 'regular' ? 2 : 1);
    if (which === 'tollFree') {
      await portage.stageFile('resporg.pdf', letterOfAuthorizationPdf());
      await editor.attach('respOrgForm', 'resporg.pdf');
    }
    await editor.expectSaved();
    await editor.openReview();
    await review.finalize();
  }

  await expect
    .poll(async () => (await portage.receivedPorts()).map((port) => port.path).sort(), { timeout: 60_000 })
    .toEqual(['/v2/NumberPorts/Inbound/DIDs', '/v2/NumberPorts/Inbound/TollFree/DIDs']);
});
