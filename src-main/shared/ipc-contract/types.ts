// What each IPC channel answers: the output types of the channel list (channels.ts).
// Pure TypeScript, shared with the renderer. Field names are the renderer's contract: change them only with the renderer.

// The shapes the domain already defines are re-exported, not written again.
import type { DraftRevisionSummary, TrashedDraftSummary } from '../domain/draft-views';
import type { Issue } from '../domain/issue';
import type { Locale } from '../domain/locale';

export type { DraftDetail, DraftSummary } from '../domain/draft-views';
export type { DraftListPage as DraftList } from '../domain/draft-list-query';
export type {
  CopiedRejection,
  EditCopyResult,
  FinalizeResult,
  OutboxItem,
  OutboxItemState,
  OutboxState,
  PortStatusChange,
  SplitResult,
  TrackingAttempt,
  TrackingInfo,
} from '../domain/outbox-views';
export type { LocalizedString, Offering, RejectDetail } from '../domain/contract';
export type { Issue } from '../domain/issue';
export type { ConflictingRequest } from '../domain/number-conflicts';
export type { BackupInfo, BackupList, BackupReason, RestoreResult } from '../domain/backups';
export { locales, type Locale } from '../domain/locale';
export {
  referenceKinds,
  type ReferenceData,
  type ReferenceKind,
  type ReferenceRefreshResult,
} from '../domain/reference-data';
export type DraftRevision = DraftRevisionSummary;
export type TrashedDraft = TrashedDraftSummary;

export interface IpcError {
  /** A stable code the renderer may branch on, e.g. `error.validation`, `notReady`, `error.notFound`. */
  code: string;
  /** Already translated into the dealer's language. */
  message: string;
  issues?: Issue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export interface AppInfo {
  version: string;
  dataFolder: string;
  practiceMode: boolean;
  locale: Locale;
  systemLocale: string;
  online: boolean;
}

export interface Settings {
  /** null: follow the system language. */
  language: Locale | null;
  notifications: boolean;
}

export interface TrashResult {
  id: string;
  deletedAt: string;
}

export interface PortabilityResult {
  /** null: the carrier could not be asked (offline, not configured). */
  portable: boolean | null;
}

export type ConnectionTestResult = 'ok' | 'wrongCredentials' | 'unreachable' | 'certificate';

export interface AccountInfo {
  configured: boolean;
  baseUrl: string;
  username: string | null;
  storage: 'encrypted' | 'sessionOnly' | null;
  encryptionWeak: boolean;
  lastTest: { at: string; result: ConnectionTestResult } | null;
  practiceMode: boolean;
}

export interface AccountTest {
  result: ConnectionTestResult;
}

export interface ExportResult {
  saved: boolean;
}

/** What an import did: drafts new here, drafts here replaced by a newer or finalized copy, drafts left as they were. */
export interface ImportResult {
  imported: number;
  updated: number;
  alreadyHere: number;
}

export interface ConnectivityChange {
  online: boolean;
}

export interface DraftsChange {
  ids: string[];
}
