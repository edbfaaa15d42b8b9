// Settings' backups: the list, "Back up now", and restoring one (the view asks first). A restore replaces
// everything behind the window, so the whole window reads its data again afterwards (app.reload).
import type { BackupInfo, BackupList } from '../lib/api-types';
import { formatDateTime } from '../lib/format';
import { portage } from '../lib/portage';
import { i18n, t } from '../i18n/i18n.svelte';
import { app } from './app.svelte';

export class BackupsState {
  list = $state<BackupList | null>(null);
  /** `path`: a folder inside the data folder, shown after the text as it is on disk. */
  message = $state<{ tone: 'success' | 'error' | 'info'; text: string; path?: string } | null>(null);
  busy = $state(false);

  async load(): Promise<void> {
    const result = await portage().backups.list();
    if (result.ok) this.list = result.value;
    else this.message = { tone: 'error', text: result.error.message };
  }

  async backUpNow(): Promise<void> {
    this.busy = true;
    try {
      const result = await portage().backups.create();
      this.message = result.ok
        ? {
            tone: 'success',
            text: t('settings.backups.made', { date: formatDateTime(result.value.createdAt, i18n.locale) }),
          }
        : { tone: 'error', text: result.error.message };
      await this.load();
    } finally {
      this.busy = false;
    }
  }

  async restore(backup: BackupInfo): Promise<void> {
    this.busy = true;
    this.message = { tone: 'info', text: t('settings.backups.restoring') };
    try {
      const result = await portage().backups.restore({ id: backup.id });
      if (!result.ok) {
        this.message = { tone: 'error', text: result.error.message };
        return;
      }
      // The restored data may hold another language: read it all first, then say what happened in it.
      await app.reload();
      this.message = {
        tone: 'success',
        text: t('settings.backups.restored', {
          date: formatDateTime(result.value.restored.createdAt, i18n.locale),
        }),
        path: result.value.setAside,
      };
      await this.load();
    } finally {
      this.busy = false;
    }
  }
}
