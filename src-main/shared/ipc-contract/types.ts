// What each IPC channel answers: the output types of the channel list (channels.ts).
// Pure TypeScript, shared with the renderer. Field names are the renderer's contract: change them only with the renderer.

// The shapes that already exist below the IPC layer are re-exported, not written again.
import type {
  DraftDetail,
  DraftRevisionSummary,
  DraftSummary,
  TrashedDraftSummary,
} from '../../store/draft-rows';
export type { DraftDetail, DraftSummary } from '../../store/draft-rows';
export type { LocalizedString, Offering, RejectDetail } from '../domain/contract';
import type { Offering, RejectDetail } from '../domain/contract';
export type DraftRevision = DraftRevisionSummary;
export type TrashedDraft = TrashedDraftSummary;

export const locales = ['fr-CA', 'en-CA'] as const;
export type Locale = (typeof locales)[number];

/** One problem with an input or a draft: where, which message key, and its parameters. */
export interface Issue {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

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

export interface DraftList {
  rows: DraftSummary[];
  total: number;
}

export interface TrashResult {
  id: string;
  deletedAt: string;
}

export interface SplitResult {
  regular: DraftDetail;
  tollFree: DraftDetail;
}

export interface FinalizeResult {
  draft: DraftDetail;
}

export interface EditCopyResult {
  draft: DraftDetail;
  focusPath: string | null;
}

export const referenceKinds = ['sipTrunks', 'offerings', 'providers', 'holidays', 'npanxx'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

export interface ReferenceData {
  sipTrunks: { Number: number | string; Label?: string }[];
  offerings: Offering[];
  providers: { ID: number; Name: string }[];
  holidays: { Date: string; Name: string }[];
  npanxx: number[];
  fetchedAt: Record<ReferenceKind, string | null>;
}

export type ReferenceRefreshResult = ReferenceData & { errors: Partial<Record<ReferenceKind, string>> };

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

export type OutboxItemState = 'queued' | 'sending' | 'waiting' | 'needsReview';

export interface OutboxItem {
  draftId: string;
  title: string;
  state: OutboxItemState;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
}

export interface OutboxState {
  paused: null | 'unauthorized';
  online: boolean;
  items: OutboxItem[];
}

export interface TrackingAttempt {
  at: string;
  operation: string;
  status: number | null;
  reply: string | null;
  ticket: string | null;
  error: string | null;
}

export interface TrackingInfo {
  ticket: string | null;
  reply: string | null;
  message: string | null;
  timeline: { status: string; at: string }[];
  reject: { reason: string; summary: string; details: RejectDetail[]; focusPath: string | null } | null;
  attempts: TrackingAttempt[];
  evidence: string | null;
}

export interface ExportResult {
  saved: boolean;
}

export interface ImportResult {
  imported: number;
}

// Events, main → renderer.
export interface PortStatusChange {
  draftId: string;
  status: string;
  title: string;
}

export interface ConnectivityChange {
  online: boolean;
}

export interface DraftsChange {
  ids: string[];
}
