// No customer data in clear anywhere: the dealer types a customer's name and a comment into a request,
// attaches a letter of authorization with the customer's name in it, sends it and follows it to
// COMPLETED, all from the screen, in a Chromium whose profile lives inside the data folder (a persistent
// context, as Electron keeps its own profile in the app's folder). Then every file of the data folder,
// the profile included, is scanned byte by byte for those words, as text, UTF-16, base64 (each
// alignment), URL-encoded and JSON-escaped: while the app runs (database, WAL, the practice carrier's
// file, Chromium's storage) and again once it has stopped. They are found nowhere.
//
// The scan is shown to read Chromium's files: the draft's id, which is no one's data but is in the
// page's address, is found there in clear.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumArgs } from '../../../playwright.config';
import { test, expect } from '../support/fixtures';
import { findInClear, scannedSize } from '../../support/clear-text-scan';
import { AppPage } from '../pages/app-page';
import { EditorPage } from '../pages/editor-page';
import { SettingsPage } from '../pages/settings-page';
import { NewRequestPage } from '../pages/new-request-page';
import { ReviewPage } from '../pages/review-page';
import { TrackingPage } from '../pages/tracking-page';
import { followUntilCompleted, letterWith, prepareAndSend } from '../support/sent-request';

test('what the dealer types and attaches is nowhere in clear in the data folder or the browser profile', async ({
  portage,
  dataDir,
  language,
}) => {
  const tag = randomBytes(4).toString('hex');
  const words = {
    name: `Quincaillerie Zebulon ${tag}`,
    comment: `Appeler Monique au poste ${tag}`,
    letter: `Autorisation signee par Zebulon ${tag}`,
  };
  const needles = Object.values(words);
  const profile = join(dataDir, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  let context: BrowserContext | null = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: chromiumArgs,
    locale: language,
    viewport: { width: 1360, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const app = new AppPage(page, language);
    const steps = {
      app,
      newRequest: new NewRequestPage(page),
      editor: new EditorPage(page, language),
      review: new ReviewPage(page, language),
      tracking: new TrackingPage(page, language),
      portage,
    };
    await app.open(portage);
    await app.refreshCarrierLists();
    const id = await prepareAndSend(steps, {
      customerName: words.name,
      comment: words.comment,
      letter: { name: 'autorisation.pdf', content: letterWith(words.letter) },
    });
    await followUntilCompleted(steps, id);
    await expect(page.getByText(words.name).first()).toBeVisible();

    // A backup made from Settings, so the scan reads one; and the log file the session wrote.
    await app.go('settings');
    await new SettingsPage(page, language).backUpNow();
    const filled = (folder: string) =>
      readdirSync(join(dataDir, folder)).filter((file) => statSync(join(dataDir, folder, file)).size > 0);
    expect(filled('backups').length).toBeGreaterThan(0);
    expect(filled('logs').length).toBeGreaterThan(0);

    // While the app runs: its database and WAL, the backup, the log, the practice carrier's file,
    // Chromium's storage.
    expect(findInClear(dataDir, needles)).toEqual([]);

    await context.close();
    context = null;
    await portage.close();

    // Once everything has stopped and flushed its files.
    const size = scannedSize(dataDir);
    expect(size.files).toBeGreaterThan(10);
    expect(findInClear(dataDir, needles)).toEqual([]);
    expect(findInClear(profile, [id]).length).toBeGreaterThan(0);
  } finally {
    await context?.close();
  }
});
