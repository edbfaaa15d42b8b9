// What the IPC handlers are built from. Real services in the app and the harness; the same in the
// integration tests, with only the carrier and the dialogs stubbed.
import type { CarrierClient } from '../../carrier/client';
import type { Dialogs } from '../ports';
import type { EventBus } from '../events';
import type { AccountService } from '../../secrets/account';
import type { LinePasswords } from '../../secrets/line-passwords';
import type { Store } from '../../store';
import type {
  DraftDetail,
  EditCopyResult,
  FinalizeResult,
  Locale,
  OutboxState,
  SplitResult,
  TrackingInfo,
} from '../../shared/ipc-contract/types';

/** Splitting, finalizing and copying for edit: domain rules plus the outbox. */
export interface DraftWorkflow {
  split(id: string): SplitResult | Promise<SplitResult>;
  /** Throws Failure('notReady', { count }, { issues }) when the ready validation fails. */
  finalize(id: string): FinalizeResult | Promise<FinalizeResult>;
  editCopy(id: string): EditCopyResult | Promise<EditCopyResult>;
}

export interface OutboxControl {
  list(): OutboxState;
  retryNow(): void;
  resolveReview(input: {
    draftId: string;
    choice: 'sendAgain' | 'adoptTicket' | 'cancel';
    ticket?: string;
  }): void | Promise<void>;
}

export interface TrackingReader {
  get(draftId: string): TrackingInfo;
}

export type { ReferenceService } from '../../carrier/reference-service';
import type { ReferenceService } from '../../carrier/reference-service';

export interface HandlerDeps {
  store: Store;
  account: AccountService;
  /** Line passwords: set and listed here; revealed only to finalize (composition root). */
  linePasswords: LinePasswords;
  carrier: CarrierClient;
  dialogs: Dialogs;
  events: EventBus;
  workflow: DraftWorkflow;
  outbox: OutboxControl;
  tracking: TrackingReader;
  reference: ReferenceService;
  locale(): Locale;
  systemLocale: string;
  version: string;
  dataFolder: string;
  practiceMode(): boolean;
  online(): boolean;
  /** Told after an account is set (the outbox resumes if it was paused on a refused login). */
  onAccountChanged?: () => void;
  /** Told when the language changes (the Electron menu follows it). */
  onLocaleChanged?: (locale: Locale) => void;
  translate(locale: Locale, key: string): string;
}

export type { DraftDetail };
