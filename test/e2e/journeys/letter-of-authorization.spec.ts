// Issue 12's whole path, through the screen alone: a customer's 300-row spreadsheet mixing regular and
// toll-free numbers (3 invalid rows, 2 duplicates) becomes two requests; the customer, typed with its
// accents, signs the letter of authorization on the dealer's screen with the mouse; the review says who
// signed and when; the request is finalized and the practice carrier receives the signed PDF as
// FileLetterOfAuthorization, whose extracted text holds the accented customer and every regular number.
import { test, expect } from '../support/fixtures';
import { message } from '../support/messages';
import { pdfText, printedNumber } from '../support/pdf-text';
import { ImportPage } from '../pages/import-page';
import { PaperworkPage } from '../pages/paperwork-page';
import { quebecCustomer } from '../support/quebec-customer';
import { numberSheet, xlsxOf } from '../../support/number-sheets';

const customer = quebecCustomer;

test('letter of authorization: numbers from a 300-row spreadsheet, signed on screen, reach the carrier in the signed PDF', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  language,
}) => {
  const importer = new ImportPage(page, language);
  const paperwork = new PaperworkPage(page, language);
  // 295 good rows (250 regular, 45 toll-free), 3 invalid, 2 repeating a number above: 300 rows.
  const sheet = numberSheet({ regular: 250, tollFree: 45, invalid: 3, duplicates: 2, language });

  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('settings');
  await paperwork.setUp('Télécom Laurentides inc.', 'TKT01');
  await app.go('new');
  await newRequest.onSipTrunk('Montréal');
  await editor.fill(customer);
  await editor.expectSaved();

  await test.step('the spreadsheet: a report of the invalid rows and duplicates, and two requests', async () => {
    await importer.openFromEditor();
    await portage.stageFile('numeros-client.xlsx', await xlsxOf(sheet.rows));
    await importer.choose();
    await importer.check();
    await expect(importer.count('invalid')).toHaveText(
      message(language, 'intake.report.count.invalid', { count: 3 }),
    );
    await expect(importer.count('duplicate')).toHaveText(
      message(language, 'intake.report.count.duplicate', { count: 2 }),
    );
    await importer.apply(295, true);
    await expect(page.getByTestId('import-done')).toContainText(
      message(language, 'intake.done.split', { count: 295, regular: 250, tollFree: 45 }),
    );
    await page.getByTestId('open-regular').click();
    await expect(editor.field('customer.name')).toHaveValue(customer.customerName);
    await editor.expectNumberCount(250);
    await editor.expectSaved();
  });

  await test.step('signed on screen with the mouse; the review says who signed and when', async () => {
    await paperwork.signByDrawing({ name: 'Hélène Côté', title: 'Présidente' });
    await paperwork.expectSignedBy('Hélène Côté');
    await editor.openReview();
    const signatures = page.getByTestId('review-signatures');
    await expect(signatures).toContainText('Hélène Côté (Présidente)');
    // When: the review gives the signing's date (today, in the dealer's language).
    const today = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date());
    await expect(signatures).toContainText(today);
    await app.screenshotAtSizes('letter-of-authorization-review');
    await review.finalize();
  });

  await test.step('the carrier receives the signed letter: accented customer, every regular number', async () => {
    await expect.poll(async () => (await portage.receivedPorts()).length, { timeout: 60_000 }).toBe(1);
    const [port] = await portage.receivedPorts();
    const form = (port?.body as { PortForm: { FileLetterOfAuthorization?: { Base64Contents: string }[] } })
      .PortForm;
    const letters = form.FileLetterOfAuthorization ?? [];
    expect(letters).toHaveLength(1);
    const text = pdfText(letters[0]?.Base64Contents ?? '');
    expect(text).toContain(customer.customerName);
    expect(text).toContain('1234 rue Saint-Denis');
    expect(text).toContain('Montréal');
    expect(sheet.regular).toHaveLength(250);
    const missing = sheet.regular.filter((number) => !text.includes(printedNumber(number)));
    expect(missing).toEqual([]);
  });
});
