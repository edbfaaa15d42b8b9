// What each IPC channel answers: the output types of the channel list (channels.ts).
// Pure TypeScript, shared with the renderer. Field names are the renderer's contract: change them only with the renderer.

// The shapes the domain already defines are re-exported, not written again.
import type {
  DraftRevisionSummary,
  DraftSummary as StoredDraftSummary,
  TrashedDraftSummary,
} from '../domain/draft-views';
import type { Issue } from '../domain/issue';
import type { Locale } from '../domain/locale';
import type { DraftData } from '../domain/draft';
import type { RetentionPeriod } from '../domain/retention';

export type { DraftDetail } from '../domain/draft-views';

/**
 * A row of the drafts list as the renderer receives it: the draft's summary, and whether it was
 * finalized for the built-in practice carrier (so its ticket and status are made up). The outbox knows
 * that (each queued request's target); the drafts.list handler adds it to the store's page.
 */
export type DraftSummary = StoredDraftSummary & { practice: boolean };

/** One page of the drafts list, and how many drafts match in all. */
export interface DraftList {
  rows: DraftSummary[];
  total: number;
}
export type { AccountTarget, CarrierTarget, PracticeTarget } from '../domain/carrier-target';
export type { IntakePreview, IntakeReport, IntakeResult } from '../domain/intake/views';
export type {
  CopiedRejection,
  EditCopyResult,
  FinalizeResult,
  MoveToCurrentResult,
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

/** "Copy diagnostics": the text to paste into a message to support. */
export interface Diagnostics {
  text: string;
}

export interface Settings {
  /** null: follow the system language. */
  language: Locale | null;
  notifications: boolean;
  /** The dealer's business, named as the customer's agent on the documents Portage prepares. */
  dealerName: string;
  /** The new RespOrg's name or ID, printed on RespOrg change authorizations. */
  newRespOrg: string;
  /** How long requests the carrier finished with are kept ('off': until the dealer deletes them). */
  retention: RetentionPeriod;
}

export type { RetentionPeriod } from '../domain/retention';

/** What a period in Settings would purge now: requests finished longer ago than it. */
export interface RetentionPreview {
  count: number;
}

/** What the editor typed and had not saved when its window went away (drafts.stashed). */
export interface StashedDraft {
  data: DraftData;
  revision: number;
}

export interface StashResult {
  /** false: a newer stash was kept, or the draft was written by something else since. */
  kept: boolean;
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

export type { LinePasswordField, LinePasswordRef } from '../domain/line-passwords';
import type { LinePasswordRef } from '../domain/line-passwords';

/** Which line passwords a draft has set: never their values. */
export interface LinePasswordsState {
  linePasswords: LinePasswordRef[];
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

export type { PaperKind, PrintedField } from '../domain/paperwork/printed-fields';
export type { SignatureMethod, SignatureRecord } from '../domain/paperwork/signature';
import type { SignatureRecord } from '../domain/paperwork/signature';
import type { DraftDetail as Detail } from '../domain/draft-views';

/** A document as PDF bytes, base64 (the bridge carries JSON). */
export interface PaperworkPreview {
  base64: string;
}

/** A signed document attached to a draft. */
export interface PaperworkFile {
  name: string;
  base64: string;
}

/** A document signed and attached: the draft as saved, its signatures, and the signed file's hash. */
export interface SignedDocument {
  draft: Detail;
  signatures: SignatureRecord[];
  sha256: string;
}

export interface SaveResult {
  saved: boolean;
}
