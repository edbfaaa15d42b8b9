// The local store: drafts, attachments, reference data and settings in one SQLite file.
export { databaseFileName, openStore, type Store, type StoreOptions } from './store';
export { StoreError, isStoreError, storeErrorCodes, type StoreErrorCode, type StoreIssue } from './errors';
export type { Drafts } from './drafts';
export {
  maxAttachmentBytes,
  type Attachments,
  type AttachmentFile,
  type StoredAttachment,
} from './attachments';
export { type ReferenceCache, type CachedReference } from './reference-cache';
export { appSettings, type Settings, type AppSettingKey, type AppSettingValue } from './settings';
export {
  draftBundleSchema,
  type DraftBundle,
  type ImportSummary,
  type Transfer,
  type TransferHistory,
} from './transfer';
