// The journeys' fixtures: the language of the project, a fresh harness per test (its own data folder),
// and the page objects.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { openHarness, type HarnessHandle } from './harness';
import type { Language } from './messages';
import { AppPage } from '../pages/app-page';
import { EditorPage } from '../pages/editor-page';
import { NewRequestPage } from '../pages/new-request-page';
import { ReviewPage } from '../pages/review-page';
import { TrackingPage } from '../pages/tracking-page';
import { DraftsPage } from '../pages/drafts-page';
import { OutboxPage } from '../pages/outbox-page';
import { SettingsPage } from '../pages/settings-page';

interface Fixtures {
  language: Language;
  /** How long each practice status step lasts (SUBMITTED → CONFIRMED → COMPLETED); `test.use` to change. */
  statusStepMs: number;
  dataDir: string;
  portage: HarnessHandle;
  app: AppPage;
  drafts: DraftsPage;
  newRequest: NewRequestPage;
  editor: EditorPage;
  review: ReviewPage;
  tracking: TrackingPage;
  settings: SettingsPage;
  outbox: OutboxPage;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  language: async ({}, use, testInfo) => {
    await use((testInfo.project.metadata as { language?: Language }).language ?? 'en-CA');
  },
  // eslint-disable-next-line no-empty-pattern -- as above: this fixture depends on nothing
  dataDir: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'portage-e2e-')));
  },
  statusStepMs: [700, { option: true }],
  portage: async ({ dataDir, statusStepMs }, use) => {
    const handle = await openHarness({ dataDir, statusStepMs });
    await use(handle);
    await handle.close();
  },
  app: async ({ page, language }, use) => {
    // The strict CSP (script-src 'self'; style-src 'self') must never be violated, and the app must
    // never throw: both are collected during the journey and checked at its end.
    const problems: string[] = [];
    page.on('console', (entry) => {
      if (/Content Security Policy/i.test(entry.text())) problems.push(entry.text());
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await use(new AppPage(page, language));
    expect(problems).toEqual([]);
  },
  drafts: async ({ page, language }, use) => use(new DraftsPage(page, language)),
  newRequest: async ({ page }, use) => use(new NewRequestPage(page)),
  editor: async ({ page, language }, use) => use(new EditorPage(page, language)),
  review: async ({ page, language }, use) => use(new ReviewPage(page, language)),
  tracking: async ({ page, language }, use) => use(new TrackingPage(page, language)),
  settings: async ({ page, language }, use) => use(new SettingsPage(page, language)),
  outbox: async ({ page, language }, use) => use(new OutboxPage(page, language)),
});

export { expect } from '@playwright/test';
