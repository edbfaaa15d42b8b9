// What the whole window shares: app info (practice mode among it), the carrier account, settings and
// language, connectivity, the cached carrier lists and the outbox. Kept fresh by the main process's events:
// the practice banner follows the account the moment it is set or removed, from any window. Changing the settings is the settings
// store's business (settings.svelte.ts); this one only holds them and applies the language.
import { portage } from '../lib/portage';
import type { Account, AppInfo, Outbox, ReferenceData, ReferenceKind, Settings } from '../lib/api-types';
import { setLocale, supportedLocale } from '../i18n/i18n.svelte';

const emptyReference: ReferenceData = {
  sipTrunks: [],
  offerings: [],
  providers: [],
  holidays: [],
  npanxx: [],
  fetchedAt: { sipTrunks: null, offerings: null, providers: null, holidays: null, npanxx: null },
};

class AppState {
  ready = $state(false);
  info = $state<AppInfo | null>(null);
  /** The carrier account as last read or announced (Settings reads it; the event keeps it fresh). */
  account = $state<Account | null>(null);
  settings = $state<Settings>({ language: null, notifications: true });
  online = $state(true);
  reference = $state<ReferenceData>(emptyReference);
  outbox = $state<Outbox>({ paused: null, online: true, items: [], current: { kind: 'practice' } });
  /** Bumped when the main process says drafts changed, so lists refetch. */
  draftsVersion = $state(0);
  /** A wall clock ticking every few seconds, for "2 s ago" ages. */
  now = $state(Date.now());

  /** The oldest refresh among the cached lists, or null if one was never downloaded. */
  referenceOldest = $derived.by(() => {
    const dates = Object.values(this.reference.fetchedAt);
    if (dates.some((d) => d === null)) return null;
    return (dates as string[]).sort()[0] ?? null;
  });

  /** Reads what the whole window shows from the main process. */
  private async load(): Promise<void> {
    const api = portage();
    const [info, settings, reference, outbox] = await Promise.all([
      api.app.info(),
      api.settings.get(),
      api.reference.get(),
      api.outbox.list(),
    ]);
    if (info.ok) {
      this.info = info.value;
      this.online = info.value.online;
    }
    if (settings.ok) this.settings = settings.value;
    if (reference.ok) this.reference = reference.value;
    if (outbox.ok) this.outbox = outbox.value;
    this.applyLanguage();
  }

  /** After a backup was restored, everything behind the window changed: read it all again. */
  async reload(): Promise<void> {
    await this.load();
    this.draftsVersion += 1;
  }

  async start(): Promise<() => void> {
    const api = portage();
    await this.load();
    this.ready = true;

    const timer = setInterval(() => (this.now = Date.now()), 1000);
    const unsubscribers = [
      api.onConnectivityChanged(({ online }) => {
        this.online = online;
        if (online) void this.reloadReference();
      }),
      api.onOutboxChanged((next) => {
        this.outbox = next;
      }),
      api.onDraftsChanged(() => {
        this.draftsVersion += 1;
      }),
      api.onPortStatusChanged(() => {
        this.draftsVersion += 1;
      }),
      api.onAccountChanged((account) => this.accountChanged(account)),
    ];
    return () => {
      clearInterval(timer);
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }

  /** The account was set, changed or removed: practice mode (the banner) follows at once. */
  accountChanged(account: Account): void {
    this.account = account;
    if (this.info) this.info = { ...this.info, practiceMode: account.practiceMode };
  }

  applyLanguage(): void {
    setLocale(this.settings.language ?? supportedLocale(this.info?.systemLocale ?? navigator.language));
  }

  /** Downloads the carrier lists again; returns the lists that failed, each with its message. */
  async refreshReference(): Promise<{ failed: [ReferenceKind, string][]; error: string | null }> {
    const result = await portage().reference.refresh();
    if (!result.ok) return { failed: [], error: result.error.message };
    this.reference = result.value;
    return {
      failed: Object.entries(result.value.errors ?? {}) as [ReferenceKind, string][],
      error: null,
    };
  }

  async reloadReference(): Promise<void> {
    const result = await portage().reference.get();
    if (result.ok) this.reference = result.value;
  }
}

export const app = new AppState();
