// The renderer's view of `window.portage`: the shell's channel list is the source of truth,
// re-exported here under the names the views use.
export type { PortageApi } from '../../src-main/shared/ipc-contract/channels';
export type {
  AccountInfo as Account,
  AppInfo,
  BackupInfo,
  BackupList,
  ConflictingRequest,
  CarrierTarget,
  ConnectionTestResult as AccountTestResult,
  CopiedRejection,
  DraftDetail,
  DraftRevision as Revision,
  DraftSummary,
  EditCopyResult,
  IpcError as ApiError,
  IpcResult as Result,
  MoveToCurrentResult,
  Issue as ApiIssue,
  Locale,
  LocalizedString as LocalizedName,
  Offering,
  OutboxItem,
  OutboxItemState as OutboxState,
  OutboxState as Outbox,
  ReferenceData,
  ReferenceKind,
  ReferenceRefreshResult,
  RejectDetail,
  Settings,
  SplitResult,
  TrackingInfo as Tracking,
  TrashedDraft,
} from '../../src-main/shared/ipc-contract/types';
export { referenceKinds } from '../../src-main/shared/ipc-contract/types';
export type { DraftListQuery, DraftSort } from '../../src-main/shared/domain/draft-list-query';

/** A parent subscription an offering for a child product may attach to (Subscription in the contract). */
export interface ParentSubscription {
  Name: string;
  ProductName: { En: string; Fr: string };
  SubscriptionID: string;
}
