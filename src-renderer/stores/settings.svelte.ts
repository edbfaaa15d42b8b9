// What the Settings view changes: the language and notifications (kept in `app.settings`, since the
// whole window follows them), the carrier account, the carrier lists, and moving drafts by file.
// Each call answers with what the view shows, in the dealer's language.
import type { Account, AccountTestResult, RetentionPeriod, Settings } from '../lib/api-types';
import { portage } from '../lib/portage';
import { t } from '../i18n/i18n.svelte';
import { app } from './app.svelte';

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  // The language switches at once; the main process keeps it for next time.
  app.settings = { ...app.settings, ...patch };
  app.applyLanguage();
  const result = await portage().settings.update(patch);
  if (result.ok) app.settings = result.value;
}

/** How many finished requests `period` would delete now (asked before the dealer confirms); null if unknown. */
export async function retentionPreview(period: RetentionPeriod): Promise<number | null> {
  const result = await portage().settings.retentionPreview({ period });
  return result.ok ? result.value.count : null;
}

/** Saves the retention period (the main process deletes at once what it says is due); null when saved. */
export async function saveRetention(period: RetentionPeriod): Promise<string | null> {
  const result = await portage().settings.update({ retention: period });
  if (!result.ok) return result.error.message;
  app.settings = result.value;
  return null;
}

/** The language select's value: a locale the app speaks, or anything else to follow the system. */
export function chooseLanguage(value: string): Promise<void> {
  return updateSettings({ language: value === 'fr-CA' || value === 'en-CA' ? value : null });
}

export const accountTestText = (result: AccountTestResult): string => t(`settings.test.${result}`);

export interface AccountInput {
  baseUrl: string;
  username: string;
  password: string;
  sessionOnly: boolean;
}

type AccountMessage = { tone: 'success' | 'error' | 'info'; text: string };

/**
 * The carrier account as the Settings view shows it, with the outcome of the last thing tried. Saving
 * tests the values typed first and saves when the carrier accepts them; otherwise it says why and offers
 * to save anyway. The account itself is kept in `app.account`, which the main process's event keeps fresh.
 */
export class AccountSettings {
  message = $state<AccountMessage | null>(null);
  /** A save whose connection test did not pass, kept until the dealer saves anyway or cancels. */
  untested = $state<AccountInput | null>(null);
  busy = $state(false);

  get account(): Account | null {
    return app.account;
  }

  /** Reads the stored account; answers with it to fill the form, or null when it could not be read. */
  async load(): Promise<Account | null> {
    const result = await portage().account.get();
    if (!result.ok) return null;
    app.account = result.value;
    return result.value;
  }

  /** Tests the values typed, then saves them if the carrier accepts them. True when saved. */
  async save(input: AccountInput): Promise<boolean> {
    this.untested = null;
    this.busy = true;
    this.message = { tone: 'info', text: t('settings.testing') };
    try {
      const tested = await portage().account.test(candidateOf(input));
      if (!tested.ok) {
        this.message = { tone: 'error', text: tested.error.message };
        return false;
      }
      if (tested.value.result !== 'ok') {
        this.untested = input;
        this.message = {
          tone: 'error',
          text: t('settings.testFailedSave', { result: accountTestText(tested.value.result) }),
        };
        return false;
      }
      return await this.#store(input, t('settings.savedTested'));
    } finally {
      this.busy = false;
    }
  }

  /** Saves the values whose test did not pass, as the dealer chose. True when saved. */
  async saveAnyway(): Promise<boolean> {
    const input = this.untested;
    if (!input) return false;
    this.untested = null;
    return this.#store(input, t('settings.savedUntested'));
  }

  cancelUntested(): void {
    this.untested = null;
    this.message = null;
  }

  async #store(input: AccountInput, done: string): Promise<boolean> {
    const result = await portage().account.set(input);
    if (!result.ok) {
      this.message = { tone: 'error', text: result.error.message };
      return false;
    }
    // At once in this window; the accountChanged event follows once practice mode has settled.
    app.accountChanged(result.value);
    this.message = { tone: 'success', text: done };
    return true;
  }

  /**
   * Tries the values typed (before saving them), or the saved account when `input` is null, and says
   * what the carrier answered. A test of the saved account is remembered: read it again for its line.
   */
  async test(input: AccountInput | null): Promise<void> {
    this.untested = null;
    this.busy = true;
    this.message = { tone: 'info', text: t('settings.testing') };
    try {
      const result = await (input ? portage().account.test(candidateOf(input)) : portage().account.test());
      if (!result.ok) {
        this.message = { tone: 'error', text: result.error.message };
        return;
      }
      this.message = {
        tone: result.value.result === 'ok' ? 'success' : 'error',
        text: accountTestText(result.value.result),
      };
      if (!input) await this.load();
    } finally {
      this.busy = false;
    }
  }

  /** Forgets the account (the view asks first); true when it is gone. */
  async remove(): Promise<boolean> {
    this.untested = null;
    const result = await portage().account.remove();
    if (!result.ok) {
      this.message = { tone: 'error', text: result.error.message };
      return false;
    }
    app.accountChanged(result.value);
    this.message = { tone: 'success', text: t('settings.removed') };
    return true;
  }
}

/** What a connection test needs: never the "session only" choice, which is about saving. */
function candidateOf(input: AccountInput): { baseUrl: string; username: string; password: string } {
  return { baseUrl: input.baseUrl, username: input.username, password: input.password };
}

/** Downloads the carrier lists again; answers with the lines to show (what failed, or that all did). */
export async function refreshCarrierLists(): Promise<string[]> {
  const { failed, error } = await app.refreshReference();
  if (error !== null) return [error];
  return failed.length
    ? failed.map(([kind, message]) => t('settings.refreshFailed', { list: t(`reference.${kind}`), message }))
    : [t('settings.refreshed')];
}

const exportPage = 500;
const exportMost = 5000;

/**
 * Saves every draft (up to 5,000, the most one file takes) to a file the dealer picks. Answers with the
 * line to show, or null when there is nothing to export.
 */
export async function exportAllDrafts(): Promise<string | null> {
  const api = portage();
  const ids: string[] = [];
  for (let offset = 0; ; offset += exportPage) {
    const page = await api.drafts.list({ limit: exportPage, offset });
    if (!page.ok) break;
    ids.push(...page.value.rows.map((row) => row.id));
    if (page.value.rows.length < exportPage || ids.length >= exportMost) break;
  }
  if (ids.length === 0) return null;
  const result = await api.transfer.export({ ids });
  if (!result.ok) return result.error.message;
  return result.value.saved ? t('settings.exported') : '';
}

/**
 * Adds the requests from a file the dealer picks; answers with the line to show: how many were new, how
 * many replaced an older copy here, and how many were already here (never copied).
 */
export async function importDrafts(): Promise<string> {
  const result = await portage().transfer.import();
  return result.ok ? t('settings.imported', { ...result.value }) : result.error.message;
}

/**
 * "Copy diagnostics": the main process writes the text (no customer data: counts, sizes, the log's
 * scrubbed last problems); this window puts it on the clipboard. Answers with the line to show.
 */
export async function copyDiagnostics(): Promise<{ tone: 'success' | 'error'; text: string }> {
  const result = await portage().app.diagnostics();
  if (!result.ok) return { tone: 'error', text: result.error.message };
  try {
    await navigator.clipboard.writeText(result.value.text);
    return { tone: 'success', text: t('settings.diagnosticsCopied') };
  } catch {
    // A clipboard refused (another app holding it): said so, never as if it had worked.
    return { tone: 'error', text: t('settings.diagnosticsNotCopied') };
  }
}
