// The paperwork Portage prepares, through the screen alone: the dealer names their business and the new
// RespOrg in Settings; the customer signs the letter of authorization (or, for toll-free numbers, the
// RespOrg change authorization) by drawing on the dealer's screen; changing the customer's name after
// signing puts the letter out of date and blocks finalize until it is signed again; the review says who
// signed; the practice carrier receives the signed PDF, whose text holds the accented customer and every
// number. The dealer previews the letter in the app, in either language, page by page (the pictures PDF.js
// draws and their text for screen readers), and the card and the preview fit both window sizes. The whole
// path, from a customer's spreadsheet to the carrier, is letter-of-authorization.spec.ts.
import { test, expect } from '../support/fixtures';
import { pdfText, printedNumber } from '../support/pdf-text';
import { message } from '../support/messages';
import { PaperworkPage } from '../pages/paperwork-page';
import { quebecCustomer } from '../support/quebec-customer';
import { auditViolations } from '../support/axe';
import type { Screens } from '../support/requests';

const customer = quebecCustomer;

/**
 * The dealer's settings for the documents (named as the customer's agent, the new RespOrg), then a SIP
 * trunk request for the accented customer with `numbers` pasted, saved.
 */
async function customerRequest(
  { app, portage, newRequest, editor }: Omit<Screens, 'review' | 'language'>,
  paperwork: PaperworkPage,
  numbers: string[],
): Promise<void> {
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('settings');
  await paperwork.setUp('Télécom Laurentides inc.', 'TKT01');
  await app.go('new');
  await newRequest.onSipTrunk('Montréal');
  await editor.fill(customer);
  await editor.pasteNumbers(numbers.join('\n'));
  await editor.expectNumberCount(numbers.length);
  await editor.expectSaved();
}

test('a letter of authorization signed on screen reaches the carrier with the accented customer and every number', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  language,
}) => {
  const paperwork = new PaperworkPage(page, language);
  const numbers = ['5145550101', '5145550102', '5145550103', '4385550104'];
  await customerRequest({ app, portage, newRequest, editor }, paperwork, numbers);

  await paperwork.signByDrawing({ name: 'Hélène Côté', title: 'Présidente' });
  await paperwork.expectSignedBy('Hélène Côté');
  await app.screenshot('paperwork-signed');

  // A field printed on the letter changes: it is out of date, and the review refuses to finalize.
  await editor.field('customer.name').fill('Société Générale du Québec');
  await expect(page.getByTestId('paperwork-status')).toHaveText(
    message(language, 'paperwork.outOfDate', { name: 'Hélène Côté' }),
  );
  await editor.expectSaved();
  await app.screenshot('paperwork-out-of-date');
  await editor.openReview();
  await expect(page.getByTestId('blocking-list')).toBeVisible();
  await page.goBack();
  await editor.field('customer.name').fill(customer.customerName);
  await editor.expectSaved();
  await paperwork.signByDrawing({ name: 'Hélène Côté', title: 'Présidente' }, true);
  await paperwork.expectSignedBy('Hélène Côté');
  await expect(page.getByTestId('paperwork-status')).not.toHaveClass(/issue-error/);

  await editor.openReview();
  await expect(page.getByTestId('review-signatures')).toContainText('Hélène Côté (Présidente)');
  await app.screenshot('paperwork-review');
  await review.finalize();

  await expect.poll(async () => (await portage.receivedPorts()).length, { timeout: 60_000 }).toBe(1);
  const [port] = await portage.receivedPorts();
  const form = (port?.body as { PortForm: { FileLetterOfAuthorization?: { Base64Contents: string }[] } })
    .PortForm;
  const letters = form.FileLetterOfAuthorization ?? [];
  expect(letters).toHaveLength(1);
  const text = pdfText(letters[0]?.Base64Contents ?? '');
  expect(text).toContain(customer.customerName);
  expect(text).toContain('Montréal');
  for (const number of numbers) {
    expect(text).toContain(printedNumber(number));
  }
});

test('a toll-free request gets its RespOrg authorization signed on screen and sent as the RespOrg form', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  language,
}) => {
  const paperwork = new PaperworkPage(page, language);
  await customerRequest({ app, portage, newRequest, editor }, paperwork, [
    '1 800 555 0199',
    '1 888 555 0142',
  ]);
  await expect(page.getByTestId('paperwork').getByRole('heading')).toHaveText(
    message(language, 'paperwork.title.respOrgForm'),
  );
  await paperwork.signByDrawing({ name: 'Hélène Côté', title: 'Présidente' });
  await paperwork.expectSignedBy('Hélène Côté');
  await editor.openReview();
  await expect(page.getByTestId('review-signatures')).toContainText('Hélène Côté (Présidente)');
  await review.finalize();

  await expect.poll(async () => (await portage.receivedPorts()).length, { timeout: 60_000 }).toBe(1);
  const [port] = await portage.receivedPorts();
  expect(port?.path).toBe('/v2/NumberPorts/Inbound/TollFree/DIDs');
  const form = (port?.body as { PortForm: { FileRespOrgForm?: { Base64Contents: string }[] } }).PortForm;
  const text = pdfText(form.FileRespOrgForm?.[0]?.Base64Contents ?? '');
  expect(text).toContain(customer.customerName);
  expect(text).toContain('TKT01');
  expect(text).toContain('800 555-0199');
});

test('the dealer previews the letter of authorization in the app, in French then English, and closes it with Escape', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  language,
}) => {
  const paperwork = new PaperworkPage(page, language);
  // Enough numbers that they go to an annex: a document of more than one page.
  const numbers = Array.from({ length: 24 }, (_, i) => `5145550${String(101 + i)}`);
  await customerRequest({ app, portage, newRequest, editor }, paperwork, numbers);

  // The card, closed and with the signing form open, fits both window sizes.
  const card = page.getByTestId('paperwork');
  await app.screenshotAtSizes('paperwork-card', { element: card });
  await card.getByRole('button', { name: message(language, 'paperwork.sign') }).click();
  await expect(card.getByTestId('signature-pad')).toBeVisible();
  await app.screenshotAtSizes('paperwork-card-signing', { element: card });
  await card.getByRole('button', { name: message(language, 'paperwork.cancel') }).click();

  // A customer in Quebec: the document is in French first.
  const pages = await paperwork.openPreview();
  expect(pages).toBe(2);
  // Focus moved into the dialog, onto its first button.
  await expect(
    paperwork.previewDialog().getByRole('button', { name: message(language, 'paperwork.preview.close') }),
  ).toBeFocused();
  const french = await paperwork.previewText();
  expect(french).toContain(customer.customerName);
  expect(french).toContain('Montréal');
  expect(french).toContain(printedNumber('5145550101'));
  expect(french).toContain(printedNumber('5145550124'));
  expect(french).toContain('Transfert de numéros de téléphone vers ThinkTel');
  await app.screenshotAtSizes('paperwork-preview-fr', { window: true });
  // The keyboard scrolls the pages from where the focus is: End shows the last page's caption.
  const lastCaption = paperwork
    .previewDialog()
    .getByText(message(language, 'paperwork.preview.page', { page: pages, count: pages }), { exact: true });
  await expect(lastCaption).not.toBeInViewport();
  await page.keyboard.press('End');
  await expect(lastCaption).toBeInViewport();
  await app.screenshot('paperwork-preview-last-page', { window: true });
  // The open dialog passes axe's WCAG A and AA rules (names, alt text, contrast).
  expect(await auditViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(paperwork.previewDialog()).toBeHidden();
  await expect(paperwork.previewButton).toBeFocused();

  await paperwork.chooseDocumentLanguage('en-CA');
  await paperwork.openPreview();
  const english = await paperwork.previewText();
  expect(english).toContain(customer.customerName);
  // English prints the area code in brackets: (514) 555-0102.
  expect(english).toContain('(514) 555-0102');
  expect(english).toContain('Transfer of telephone numbers to ThinkTel');
  expect(english).not.toContain('Transfert de numéros');
  await app.screenshotAtSizes('paperwork-preview-en', { window: true });
  await page.keyboard.press('Escape');
  await expect(paperwork.previewDialog()).toBeHidden();
  await expect(paperwork.previewButton).toBeFocused();
});
