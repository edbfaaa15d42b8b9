// What the Settings view changes: the language and notifications (kept in `app.settings`, since the
// whole window follows them), the carrier account, the carrier lists, and moving drafts by file.
// Each call answers with what the view shows, in the dealer's language.
import type { Account, AccountTestResult, Settings } from '../lib/api-types';
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

/** The carrier account as the Settings view shows it, with the outcome of the last thing tried. */
export class AccountSettings {
  account = $state<Account | null>(null);
  message = $state<{ tone: 'success' | 'error'; text: string } | null>(null);

  /** Reads the stored account; answers with it to fill the form, or null when it could not be read. */
  async load(): Promise<Account | null> {
    const result = await portage().account.get();
    if (!result.ok) return null;
    this.account = result.value;
    return result.value;
  }

  async save(input: AccountInput): Promise<void> {
    const result = await portage().account.set(input);
    if (result.ok) {
      this.account = result.value;
      this.message = null;
    } else this.message = { tone: 'error', text: result.error.message };
  }

  /** Tries the stored account against the carrier, then reads it again for its "last tested" line. */
  async test(): Promise<void> {
    const result = await portage().account.test();
    if (!result.ok) {
      this.message = { tone: 'error', text: result.error.message };
      return;
    }
    this.message = {
      tone: result.value.result === 'ok' ? 'success' : 'error',
      text: accountTestText(result.value.result),
    };
    await this.load();
  }

  /** Forgets the account; true when it is gone. */
  async remove(): Promise<boolean> {
    const result = await portage().account.remove();
    if (result.ok) this.account = result.value;
    return result.ok;
  }
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
