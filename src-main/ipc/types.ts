// What each IPC channel answers: the output types of the channel list (channels.ts).
// Pure TypeScript, shared with the renderer. Field names follow /tmp/channels.md, the agreed contract.
import type { Draft, DraftStatus } from '../domain/draft';
import type { DraftKind } from '../domain/catalogue';

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

export interface DraftSummary {
  id: string;
  kind: DraftKind;
  title: string;
  customerName: string;
  /** Up to five numbers, for the list. */
  numbers: string[];
  numberCount: number;
  status: DraftStatus;
  created: string;
  updated: string;
  ticket: string | null;
  archived: boolean;
}

export interface DraftList {
  rows: DraftSummary[];
  total: number;
}

export type DraftDetail = Draft & { ticket: string | null; archived: boolean; editable: boolean };

export interface DraftRevision {
  revision: number;
  updated: string;
  title: string;
}

export type TrashedDraft = DraftSummary & { deletedAt: string; purgeAfter: string };

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

export interface LocalizedString {
  En: string;
  Fr: string;
}

export interface Offering {
  OfferingID: string;
  ProductName: LocalizedString;
  Type: number;
  PotentialParentSubscriptions?: unknown[];
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

export interface RejectDetail {
  'DISC #'?: string;
  'DISC # RANGE'?: string;
  'FLD ABBR'?: string;
  FORM?: string;
  'PORTED #'?: string;
  'PORTED # RANGE'?: string;
  REMARKS?: string;
  'RJCT CODE'?: string;
  'RJCT REMARKS'?: string;
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
