// Playwright: the dealer's journeys in Debian's Chromium against the browser harness (the real renderer
// from dist/renderer, `window.portage` bridged to the real services and the practice carrier), once
// per language; and the same journeys in Electron where an Electron binary exists.
import { defineConfig } from '@playwright/test';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const browser = {
  browserName: 'chromium' as const,
  viewport: { width: 1360, height: 900 },
  launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  trace: 'retain-on-failure' as const,
  screenshot: 'only-on-failure' as const,
};

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  globalSetup: './test/e2e/global-setup.ts',
  // No retries: a journey that fails once is a failure.
  retries: 0,
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' }],
  ],
  projects: [
    {
      name: 'en-CA',
      testMatch: 'journeys/*.spec.ts',
      use: { ...browser, locale: 'en-CA' },
      metadata: { language: 'en-CA' },
    },
    {
      name: 'fr-CA',
      testMatch: 'journeys/*.spec.ts',
      use: { ...browser, locale: 'fr-CA' },
      metadata: { language: 'fr-CA' },
    },
    { name: 'electron', testMatch: 'electron/*.spec.ts' },
  ],
});
