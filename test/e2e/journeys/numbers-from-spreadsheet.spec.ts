// Numbers from a spreadsheet (issue 12, §2): the dealer imports a customer's 300-row XLSX that mixes
// regular and toll-free numbers, with invalid rows and duplicates, through the screen alone: choose the
// file, see the guessed columns, read the report row by row, and get two requests, one regular and one
// toll-free. (The integrator joins this with the letter-of-authorization half of the journey.)
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { auditViolations } from '../support/axe';
import { screenshotDir } from '../pages/app-page';
import { message } from '../support/messages';
import { ImportPage } from '../pages/import-page';
import { numberSheet, xlsxOf } from '../../support/number-sheets';

test('numbers from a spreadsheet: a 300-row XLSX mixing regular and toll-free numbers makes two requests, with a report of the invalid rows and duplicates', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  language,
}) => {
  const importer = new ImportPage(page, language);
  // 295 good rows (250 regular, 45 toll-free), 3 invalid, 2 repeating a number above: 300 rows.
  const sheet = numberSheet({ regular: 250, tollFree: 45, invalid: 3, duplicates: 2, language });
  expect(sheet.rows.length - 1).toBe(300);

  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onSipTrunk('Montréal');
  await editor.field('customer.name').fill('Société Générale du Québec Inc.');
  await editor.expectSaved();

  await test.step('choose the file: the columns are guessed from the headers', async () => {
    await app.screenshotAtSizes('editor-import-button');
    await importer.openFromEditor();
    await portage.stageFile('numeros-client.xlsx', await xlsxOf(sheet.rows));
    await importer.choose();
    await expect(page.getByTestId('import-file')).toHaveText(
      message(language, 'intake.fileSummary', { name: 'numeros-client.xlsx', rows: 301, columns: 2 }),
    );
    await expect(importer.hasHeader()).toBeChecked();
    await expect(importer.column('A')).toHaveValue('number');
    await expect(importer.column('B')).toHaveValue('label');
    await app.screenshotAtSizes('import-mapping');
    expect(await auditViolations(page)).toEqual([]);
  });

  await test.step('the report, row by row', async () => {
    await importer.check();
    await expect(page.getByTestId('import-summary')).toHaveText(
      message(language, 'intake.report.summary', {
        checked: 300,
        importable: 295,
        regular: 250,
        tollFree: 45,
      }),
    );
    await expect(importer.count('invalid')).toHaveText(
      message(language, 'intake.report.count.invalid', { count: 3 }),
    );
    await expect(importer.count('duplicate')).toHaveText(
      message(language, 'intake.report.count.duplicate', { count: 2 }),
    );
    await expect(page.getByTestId('import-split')).toHaveText(message(language, 'intake.report.split'));
    // Exactly the five rows with a problem are listed, each where the file has it, none added.
    await expect(page.getByTestId('import-rows').locator('tbody tr')).toHaveCount(5);
    for (const row of [...sheet.invalidRows, ...sheet.duplicateRows]) {
      await expect(importer.reportRow(row)).toContainText(message(language, 'intake.report.notAdded'));
    }
    const [firstDuplicate] = sheet.duplicateRows;
    await expect(importer.reportRow(firstDuplicate ?? 0)).toContainText(
      message(language, 'intake.problem.duplicate', { row: 2 }),
    );
    await app.screenshotAtSizes('import-report');
    expect(await auditViolations(page)).toEqual([]);
  });

  await test.step('two requests: the regular numbers here, the toll-free ones in a new request', async () => {
    await importer.apply(295, true);
    await expect(page.getByTestId('import-done')).toContainText(
      message(language, 'intake.done.split', { count: 295, regular: 250, tollFree: 45 }),
    );
    await app.screenshotAtSizes('import-done');
    expect(await auditViolations(page)).toEqual([]);

    // The second link read before following the first: the done step is gone once the view is left.
    const tollFreeHref = (await page.getByTestId('open-toll-free').getAttribute('href')) ?? '';
    await page.getByTestId('open-regular').click();
    await expect(editor.field('customer.name')).toHaveValue('Société Générale du Québec Inc.');
    await editor.expectNumberCount(250);
    await editor.expectSaved();

    // The numbers out as CSV for the customer's records, through the save dialog.
    await page.getByRole('button', { name: message(language, 'numbers.exportCsv') }).click();
    await expect(page.getByText(message(language, 'numbers.exported'))).toBeVisible();
    const [saved] = await portage.control<{ name: string; base64: string }[]>(
      'dialogs/saved',
      undefined,
      'GET',
    );
    const csv = Buffer.from(saved?.base64 ?? '', 'base64').toString('utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // A header, then the 250 regular numbers, each once.
    expect(lines).toHaveLength(251);
    const [first] = sheet.regular;
    expect(lines[1]).toContain(
      language === 'fr-CA'
        ? `${first?.slice(0, 3)} ${first?.slice(3, 6)}-${first?.slice(6)}`
        : `(${first?.slice(0, 3)}) ${first?.slice(3, 6)}-${first?.slice(6)}`,
    );
    // The editor holds 250 rows here: a picture of the numbers' toolbar, not of the whole page.
    await page
      .getByTestId('export-numbers')
      .locator('..')
      .screenshot({ path: join(screenshotDir, `numbers-exported.${language}.png`) });
    await page.evaluate((hash) => (window.location.hash = hash), tollFreeHref);
    await expect(editor.field('customer.name')).toHaveValue('Société Générale du Québec Inc.');
    await editor.expectNumberCount(45);
  });
});

test('numbers from a spreadsheet: the dealer corrects the guessed columns of a CSV without headers', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  language,
}) => {
  const importer = new ImportPage(page, language);
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onSipTrunk('Montréal');
  await editor.field('customer.name').fill('Clinique Dentaire Laval');
  await editor.expectSaved();

  await importer.openFromEditor();
  // French Excel's CSV: semicolons, no header, the label first and a note nobody wants imported.
  await portage.stageFile(
    'liste.csv',
    new TextEncoder().encode(
      'Accueil;514 555 0101;à garder\r\nBureau 2;514 555 0102;\r\nSalle B;514 555 0103;\r\n',
    ),
  );
  await importer.choose();
  // Guessed: no header, the numbers in column B, the rest left out.
  await expect(importer.hasHeader()).not.toBeChecked();
  await expect(importer.column('B')).toHaveValue('number');
  await expect(importer.column('A')).toHaveValue('');

  // Column C taken for the numbers lets go of column B: one column per field, and the screen says so.
  await importer.column('C').selectOption('number');
  await expect(importer.column('B')).toHaveValue('');
  await importer.column('C').selectOption('');
  await expect(page.getByRole('alert')).toHaveText(message(language, 'intake.mapping.noNumber'));
  await expect(page.getByRole('button', { name: message(language, 'intake.check') })).toBeDisabled();
  await importer.column('B').selectOption('number');
  await importer.column('A').selectOption('label');

  await importer.check();
  await expect(page.getByText(message(language, 'intake.report.allGood'))).toBeVisible();
  await importer.apply(3, false);
  await expect(page.getByTestId('import-done')).toContainText(
    message(language, 'intake.done.one', { count: 3 }),
  );
  await page.getByTestId('open-request').click();
  await editor.expectNumberCount(3);
  await expect(editor.field('service.dids.0.label')).toHaveValue('Accueil');
  await expect(editor.field('service.dids.2.label')).toHaveValue('Salle B');
});
