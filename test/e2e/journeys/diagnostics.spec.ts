// "Copy diagnostics": a dealer who needs help copies, from Settings, a text for support. It says which
// version runs, on what system, how large the data is and how many rows each table holds; it carries
// nothing of the customers typed in before (read back from the clipboard through the page).
import { test, expect } from '../support/fixtures';
import { message } from '../support/messages';

test('copies diagnostics for support from Settings, with nothing of the customer in them', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  language,
}) => {
  const customer = 'Quincaillerie Lemieux-Dufresne';
  const email = 'achats@lemieux-dufresne.example';
  // Reading the clipboard back in the test needs the permission; the app only writes to it.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);

  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  await editor.pasteNumbers('613 555 0177');
  await editor.field('customer.name').fill(customer);
  await editor.field('contacts.email').fill(email);
  await editor.field('address.streetName').fill('boulevard Saint-Joseph');
  await editor.field('address.city').fill('Gatineau');
  await editor.expectSaved();

  await app.go('settings');
  // The version Settings shows is the one the text must name.
  const shown = await page.getByText(/^Version \S+$/).textContent();
  const version = (shown ?? '').replace(/^Version /, '');
  expect(version).not.toBe('');
  await page
    .getByRole('button', { name: message(language, 'settings.copyDiagnostics'), exact: true })
    .click();
  await expect(page.getByTestId('diagnostics-message')).toHaveText(
    message(language, 'settings.diagnosticsCopied'),
  );
  const text = await page.evaluate(() => navigator.clipboard.readText());
  // What support needs: the version, the system, the database and its row counts, in the dealer's language.
  expect(text).toContain(language === 'fr-CA' ? 'Diagnostic de Portage' : 'Portage diagnostics');
  expect(text).toContain(version);
  expect(text).toMatch(/\bdrafts 1\b/);
  // Nothing of the customer: name, e-mail, street, city, number in any form.
  for (const secret of [customer, 'Lemieux', email, 'Saint-Joseph', 'Gatineau', '5550177', '555 0177']) {
    expect(text).not.toContain(secret);
  }
  await app.screenshotAtSizes('settings-diagnostics');
});
