// What the composition root is built from: the data folder, the cipher, fetch, a clock, dialogs, a notifier,
// and the options the harness and the tests set.
import type { Clock } from '../carrier/clock';
import type { EventBus } from '../ipc/events';
import type { Dialogs, Notifier } from '../ipc/ports';
import type { TrackingSchedule } from '../outbox/tracking-schedule';
import type { PracticeCarrierOptions } from '../practice-carrier/server';
import type { Cipher } from '../secrets/cipher';
import type { RestoreResult } from '../shared/domain/backups';
import type { LogLine } from '../shared/domain/log-line';

export interface ServicesOptions {
  dataDir: string;
  cipher: Cipher;
  fetchFn: typeof fetch;
  clock: Clock;
  dialogs: Dialogs;
  notifier: Notifier;
  /** Start the embedded practice carrier while no account is set up or practice requests remain (default true). */
  practiceCarrier?: boolean;
  /** Options for the practice carrier (the harness fixes its port and speeds up its statuses). */
  practiceCarrierOptions?: Omit<PracticeCarrierOptions, 'credentials' | 'clock'>;
  /** The system's connectivity (Electron's net.isOnline). Default: always online. */
  isOnline?: () => boolean;
  /** How often port statuses are asked for (the harness shortens it). */
  trackingSchedule?: TrackingSchedule;
  firstPollDelayMs?: number;
  /** Start the outbox worker and the tracker (default true). Tests of IPC input alone turn them off. */
  background?: boolean;
  systemLocale?: string;
  version?: string;
  /**
   * Asked on first start when this computer's key store cannot truly protect the database key (Linux
   * without a keyring): true keeps the key with weaker protection. Default: accept (tools, harness).
   */
  acceptWeakKeyProtection?: () => Promise<boolean>;
  /** Where every service's log lines go (the log file; never the renderer), passwords removed first. */
  log?: LogLine;
  /** The event bus to use, so it outlives a restore (restorable-services.ts); default a new one. */
  events?: EventBus;
  /** Restores a backup under the running app (restorable-services.ts); without it a restore is refused. */
  restoreBackup?: (id: string) => Promise<RestoreResult>;
  /** Open the database without quick_check: it was just checked (a backup being restored). */
  skipIntegrityCheck?: boolean;
}
