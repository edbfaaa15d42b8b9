// What the IPC handlers are built from. Real services in the app and the harness; the same in the
// integration tests, with only the carrier and the dialogs stubbed.
import type { CarrierClient } from '../../carrier/client';
import type { Dialogs } from '../ports';
import type { EventBus } from '../events';
import type { AccountService } from '../../secrets/account';
import type { LinePasswords } from '../../secrets/line-passwords';
import type { Paperwork } from '../../paperwork/paperwork-service';
import type { IntakeService } from '../../intake/intake-service';
import type { Store, TransferHistory } from '../../store';
import type { RequestHistory } from '../../outbox/transfer-history';
import type { BackupInfo, RestoreResult } from '../../shared/domain/backups';
import type {
  CopiedRejection,
  DraftDetail,
  EditCopyResult,
  FinalizeResult,
  Locale,
  OutboxState,
  RetentionPeriod,
  SplitResult,
  TrackingInfo,
} from '../../shared/ipc-contract/types';

/** Splitting, finalizing and copying for edit: domain rules plus the outbox. */
export interface DraftWorkflow {
  split(id: string): SplitResult | Promise<SplitResult>;
  /**
   * Throws Failure('notReady', { count }, { issues }) when the ready validation fails; answers the other
   * active requests porting the same numbers, queuing nothing, unless `confirmDuplicates`.
   */
  finalize(id: string, options: { confirmDuplicates: boolean }): FinalizeResult | Promise<FinalizeResult>;
  editCopy(id: string): EditCopyResult | Promise<EditCopyResult>;
  /** The carrier's rejection of the request a draft was copied from by editCopy, or null. */
  copiedRejection(id: string): CopiedRejection | null;
}

export interface OutboxControl {
  list(): OutboxState;
  retryNow(): void;
  resolveReview(input: {
    draftId: string;
    choice: 'sendAgain' | 'adoptTicket' | 'cancel';
    ticket?: string;
  }): void | Promise<void>;
  /** Back to an editable draft. Throws Failure notFound, notQueued or sendingStarted. */
  pullBack(draftId: string): void;
  /** Which of these drafts were finalized for the practice carrier (every screen marks them). */
  practiceAmong(draftIds: readonly string[]): ReadonlySet<string>;
  /** Binds requests waiting for another carrier to the current one: which moved, which had started sending. */
  sendToCurrent(draftIds: readonly string[]): { moved: readonly string[]; refused: readonly string[] };
}

/** The dealer's retention period (outbox/retention.ts), with the purge's follow-ups wired in. */
export interface RetentionControl {
  count(period: RetentionPeriod): number;
  /** Purges now what the saved period says is due (the dealer just chose it). */
  purgeExpired(): void;
}

export interface TrackingReader {
  get(draftId: string): TrackingInfo;
}

/** Backups of the database: listed, made on request, restored under the running app. */
export interface BackupControl {
  /** Newest first; each with its path, which never leaves the main process. */
  list(): (BackupInfo & { path: string })[];
  create(): Promise<BackupInfo & { path: string }>;
  restore(id: string): Promise<RestoreResult>;
}

export type { ReferenceService } from '../../carrier/reference-service';
import type { ReferenceService } from '../../carrier/reference-service';

export interface HandlerDeps {
  store: Store;
  account: AccountService;
  /** Line passwords: set and listed here; revealed only to finalize (composition root). */
  linePasswords: LinePasswords;
  carrier: CarrierClient;
  /** The letters of authorization and RespOrg authorizations Portage prepares and has signed. */
  paperwork: Paperwork;
  dialogs: Dialogs;
  events: EventBus;
  workflow: DraftWorkflow;
  outbox: OutboxControl;
  tracking: TrackingReader;
  retention: RetentionControl;
  /** What travels with a request in an export once it left the dealer's hands (the outbox's record). */
  transferHistory: TransferHistory<RequestHistory>;
  reference: ReferenceService;
  /** Numbers from a spreadsheet: read and checked in a worker thread (src-main/intake). */
  intake: IntakeService;
  backups: BackupControl;
  locale(): Locale;
  systemLocale: string;
  version: string;
  dataFolder: string;
  practiceMode(): boolean;
  online(): boolean;
  /**
   * Told after an account is set or removed: the outbox resumes if it was paused on a refused login, the
   * practice carrier starts if it is needed, and the renderer hears of it (the accountChanged event).
   */
  onAccountChanged?: () => void;
  /** Told when the language changes (the Electron menu follows it). */
  onLocaleChanged?: (locale: Locale) => void;
  translate(locale: Locale, key: string): string;
  /** The "Copy diagnostics" text (src-main/diagnostics/report.ts): no customer data. */
  diagnostics(): Promise<string>;
}

export type { DraftDetail };
