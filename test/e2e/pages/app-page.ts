// The app shell: opening it, moving between views, and saving a screenshot of the current view.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { HarnessHandle } from '../support/harness';
import { SettingsPage } from './settings-page';
import { dealerSizes, layoutProblems, settle } from '../support/layout';
import type { Language } from '../support/messages';

export const screenshotDir = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');

export type Section = 'drafts' | 'new' | 'outbox' | 'archived' | 'trash' | 'settings';

/** What a screenshot takes: the whole page (the default), the window only, or one element. */
export interface ScreenshotOptions {
  window?: boolean;
  element?: Locator;
}

export class AppPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  /** Opens the app (the token in the URL sets the session cookie) and waits for the shell. */
  async open(handle: HarnessHandle, hash = '#/drafts'): Promise<void> {
    await this.page.goto(`${handle.harness.url}${hash}`);
    await expect(this.page.locator('nav [data-nav="drafts"]')).toBeVisible();
    await expect(this.page.locator('main')).not.toHaveText(/^(Loading|Chargement)…$/);
    // The harness's computer speaks French; the English journeys choose English once (it is remembered).
    if ((await this.page.locator('html').getAttribute('lang')) !== this.language) {
      await this.page.evaluate(async (language) => {
        await window.portage.settings.update({ language });
      }, this.language);
      await this.page.reload();
    }
    await expect(this.page.locator('html')).toHaveAttribute('lang', this.language);
  }

  /**
   * Opens the app and gets it ready the way a dealer does, on the screen only: the language chosen in
   * Settings when the computer's is not the journey's, then the carrier lists downloaded with Settings'
   * "Refresh now". Ends on Settings.
   */
  async openFromScreen(handle: HarnessHandle): Promise<void> {
    await this.page.goto(`${handle.harness.url}#/drafts`);
    await expect(this.page.locator('nav [data-nav="drafts"]')).toBeVisible();
    await this.go('settings');
    const settings = new SettingsPage(this.page, this.language);
    if ((await this.page.locator('html').getAttribute('lang')) !== this.language) {
      await settings.chooseLanguage(this.language);
    }
    await settings.refreshCarrierLists();
  }

  async go(section: Section): Promise<void> {
    await this.page.locator(`nav [data-nav="${section}"]`).click();
  }

  /**
   * test/artifacts/screenshots/<name>.<language>.png: the whole page; with `window` only what the window
   * shows (a modal dialog is drawn over the window, not over the whole page); with `element` that part of
   * the page alone (a card in a long form, small enough to read in the picture).
   */
  async screenshot(name: string, options: ScreenshotOptions = {}): Promise<void> {
    mkdirSync(screenshotDir, { recursive: true });
    const path = join(screenshotDir, `${name}.${this.language}.png`);
    if (options.element) return void (await options.element.screenshot({ path }));
    // From the top, so the sticky editor header sits where the dealer sees it.
    if (!options.window) await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path, fullPage: !options.window });
  }

  /**
   * The current view at the two window sizes a dealer's laptop has, 1366×800 and 1024×700: its layout
   * checked at each (support/layout.ts: nothing cut off, nothing scrolling sideways, a sticky header no
   * taller than a fifth of the window) and saved as
   * test/artifacts/screenshots/<name>-<width>x<height>.<language>.png. The window goes back to its size after.
   * A layout problem fails the journey at its end (a soft assertion), so one run lists every view's.
   */
  async screenshotAtSizes(name: string, options: ScreenshotOptions = {}): Promise<void> {
    const before = this.page.viewportSize();
    for (const { width, height } of dealerSizes) {
      await this.page.setViewportSize({ width, height });
      await settle(this.page);
      const problems = await layoutProblems(this.page);
      expect.soft(problems, `layout of ${name} at ${width}×${height} in ${this.language}`).toEqual([]);
      await this.screenshot(`${name}-${width}x${height}`, options);
    }
    if (before) await this.page.setViewportSize(before);
  }

  /** Set-up only: downloads the carrier lists (SIP trunks, offerings, providers…) while reachable. */
  async refreshCarrierLists(): Promise<void> {
    const ok = await this.page.evaluate(async () => (await window.portage.reference.refresh()).ok);
    expect(ok).toBe(true);
    await this.page.reload();
    await expect(this.page.locator('nav [data-nav="drafts"]')).toBeVisible();
  }
}
