// The one list of IPC channels: name, input schema (zod), output type (a phantom type, no runtime value).
// The main process parses every payload with the channel's schema before a handler sees it; the renderer
// calls `window.portage.<group>.<method>(input)` and gets an IpcResult<Output>.
// - Channels without input accept no argument, `null` or `{}`; "void" channels answer `value: undefined`.
// - Error codes: `invalidInput` (with `issues`, keys `shape.*`), `forbidden` (untrusted sender), `internal`,
//   the store's codes (`notFound`, `draftLocked`, `revisionConflict`, ...), `notReady` (with `issues`),
//   `notMixed` (split of a draft that does not mix toll-free and regular), `notInReview`, `notQueued` and
//   `sendingStarted` (pulling back a request that is not in the outbox, or already on its way), account refusals
//   (`invalidUrl`, `insecureUrl`, `encryptionWeak`, ...), `invalidImport`, backups (`backupFailed`,
//   `backupUnusable`, `restoreFailed`), `transport` (harness bridge only).
// - `window.portage` is typed by src-main/shared/ipc-contract/portage-window.d.ts (PortageApi below).
import { z } from 'zod';
import { draftListQuerySchema } from '../domain/draft-list-schema';
import { draftDataSchema, draftKindSchema, attachmentSlots, storedDraftDataSchema } from '../domain/draft';
import { numberCap } from '../domain/field-caps';
import { intakeFields } from '../domain/intake/fields';
import { maxColumns } from '../domain/intake/views';
import { linePasswordCap, linePasswordFields } from '../domain/line-passwords';
import { backupIdPattern } from '../domain/backups';
import { paperKinds } from '../domain/paperwork/printed-fields';
import { signatureSchema, signerSchema } from '../domain/paperwork/signature';
import { retentionPeriods } from '../domain/retention';
import type { ChannelName, EventName, EventMethodName } from './channel-names';
import { invokeChannelNames } from './channel-names';
import type {
  AccountInfo,
  ConflictingRequest,
  AccountTest,
  AppInfo,
  BackupInfo,
  BackupList,
  ConnectivityChange,
  CopiedRejection,
  Diagnostics,
  DraftDetail,
  DraftList,
  DraftRevision,
  DraftsChange,
  EditCopyResult,
  ExportResult,
  FinalizeResult,
  ImportResult,
  IntakePreview,
  IntakeReport,
  IntakeResult,
  IpcResult,
  LinePasswordsState,
  MoveToCurrentResult,
  OutboxState,
  PaperworkFile,
  PaperworkPreview,
  PortabilityResult,
  PortStatusChange,
  ReferenceData,
  ReferenceRefreshResult,
  SaveResult,
  RetentionPreview,
  RestoreResult,
  Settings,
  SignedDocument,
  StashedDraft,
  StashResult,
  SplitResult,
  TrackingInfo,
  TrashedDraft,
  TrashResult,
} from './types';
import { locales } from './types';

export { invokeChannelNames, eventNames } from './channel-names';
export type { ChannelName, EventName } from './channel-names';

export interface ChannelDef<I extends z.ZodType, O> {
  readonly name: ChannelName;
  readonly input: I;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

/** `channel<Output>()(name, inputSchema)`: two steps so the schema type is inferred and the output named. */
function channel<O>() {
  return <N extends ChannelName, I extends z.ZodType>(name: N, input: I): ChannelDef<I, O> & { name: N } => ({
    name,
    input,
  });
}

/** Channels without input accept nothing, null or an empty object (what a JSON bridge may send). */
const noInput = z.union([z.undefined(), z.null(), z.object({}).strict()]).transform(() => undefined);

const id = z.string().min(1).max(200);
const slot = z.enum(attachmentSlots);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const document = z.enum(paperKinds);

/** Which field each column of a spreadsheet fills (null: left out), and whether its first row names them. */
const intakeMappingSchema = z
  .object({
    hasHeader: z.boolean(),
    columns: z.array(z.enum(intakeFields).nullable()).max(maxColumns),
  })
  .strict();

export const settingsUpdateInputSchema = z
  .object({
    language: z.enum(locales).nullable().optional(),
    notifications: z.boolean().optional(),
    // Printed on the documents Portage prepares: the dealer as the customer's agent, the new RespOrg.
    dealerName: z.string().max(120).optional(),
    newRespOrg: z.string().max(120).optional(),
    retention: z.enum(retentionPeriods).optional(),
  })
  .strict();

/** Which opening of a draft in the editor (a random id) and how many changes it had made (draft-stash.ts). */
const stashStamp = z
  .object({ session: z.string().min(1).max(100), edit: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) })
  .strict();

const accountFields = {
  baseUrl: z
    .string()
    .max(2_000)
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    }, 'url'),
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1_000),
};

export const accountSetInputSchema = z
  .object({ ...accountFields, sessionOnly: z.boolean().optional() })
  .strict();

/** Nothing: test the saved account. The values typed in the form: test them before saving. */
export const accountTestInputSchema = z.union([noInput, z.object(accountFields).strict()]);

export const channels = {
  'app.info': channel<AppInfo>()('app.info', noInput),
  // "Copy diagnostics": a text for support (version, system, database size, row counts, the log's last
  // problems); no customer data. The renderer puts it on the clipboard.
  'app.diagnostics': channel<Diagnostics>()('app.diagnostics', noInput),
  'settings.get': channel<Settings>()('settings.get', noInput),
  'settings.update': channel<Settings>()('settings.update', settingsUpdateInputSchema),
  'settings.retentionPreview': channel<RetentionPreview>()(
    'settings.retentionPreview',
    z.object({ period: z.enum(retentionPeriods) }).strict(),
  ),
  'drafts.list': channel<DraftList>()('drafts.list', draftListQuerySchema),
  'drafts.get': channel<DraftDetail>()('drafts.get', z.object({ id }).strict()),
  'drafts.create': channel<DraftDetail>()(
    'drafts.create',
    z.object({ kind: draftKindSchema, data: draftDataSchema }).strict(),
  ),
  // The stored shape here: a draft saved before a length cap was tightened may keep its longer values
  // (the store decides, knowing what was saved: src-main/store/draft-json.ts).
  'drafts.save': channel<DraftDetail>()(
    'drafts.save',
    z
      .object({
        id,
        data: storedDraftDataSchema,
        expectedRevision: z.number().int().min(0).optional(),
        // From the editor: how far its data went, so its stash up to there is cleared with the save.
        stash: stashStamp.optional(),
      })
      .strict(),
  ),
  // The editor's safety net, called as the dealer types: kept in the database until the next save.
  'drafts.stash': channel<StashResult>()(
    'drafts.stash',
    z
      .object({
        id,
        stamp: stashStamp,
        revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        data: storedDraftDataSchema,
      })
      .strict(),
  ),
  'drafts.stashed': channel<StashedDraft | null>()('drafts.stashed', z.object({ id }).strict()),
  'drafts.revisions': channel<DraftRevision[]>()('drafts.revisions', z.object({ id }).strict()),
  'drafts.restoreRevision': channel<DraftDetail>()(
    'drafts.restoreRevision',
    z.object({ id, revision: z.number().int().min(0) }).strict(),
  ),
  'drafts.duplicate': channel<DraftDetail>()('drafts.duplicate', z.object({ id }).strict()),
  'drafts.setArchived': channel<DraftDetail>()(
    'drafts.setArchived',
    z.object({ id, archived: z.boolean() }).strict(),
  ),
  'drafts.trash': channel<TrashResult>()('drafts.trash', z.object({ id }).strict()),
  'drafts.listTrash': channel<TrashedDraft[]>()('drafts.listTrash', noInput),
  'drafts.restoreFromTrash': channel<DraftDetail>()('drafts.restoreFromTrash', z.object({ id }).strict()),
  'drafts.split': channel<SplitResult>()('drafts.split', z.object({ id }).strict()),
  'drafts.finalize': channel<FinalizeResult>()(
    'drafts.finalize',
    // confirmDuplicates: the dealer saw the other requests porting the same numbers and sends anyway.
    z.object({ id, confirmDuplicates: z.boolean().optional() }).strict(),
  ),
  'drafts.numberConflicts': channel<ConflictingRequest[]>()(
    'drafts.numberConflicts',
    // The numbers to port as the editor holds them now (maybe not saved yet); `id` is left out of the answer.
    z.object({ id: id.nullable(), numbers: z.array(z.string().max(40)).max(5_000) }).strict(),
  ),
  'drafts.editCopy': channel<EditCopyResult>()('drafts.editCopy', z.object({ id }).strict()),
  'drafts.copiedRejection': channel<CopiedRejection | null>()(
    'drafts.copiedRejection',
    z.object({ id }).strict(),
  ),
  // A line's SIP or web self-care password: set, changed, or cleared with ''. Answers which are set.
  'drafts.setLinePassword': channel<LinePasswordsState>()(
    'drafts.setLinePassword',
    z
      .object({
        draftId: id,
        number: z.string().min(1).max(numberCap),
        field: z.enum(linePasswordFields),
        password: z.string().max(linePasswordCap),
      })
      .strict(),
  ),
  'attachments.add': channel<DraftDetail | null>()(
    'attachments.add',
    z.object({ draftId: id, slot }).strict(),
  ),
  'attachments.remove': channel<DraftDetail>()(
    'attachments.remove',
    z.object({ draftId: id, slot, sha256 }).strict(),
  ),
  // The documents Portage prepares from a draft (src-main/paperwork): previewed, signed on the screen and
  // attached, shown and saved. No path ever crosses: "Save a copy" goes through the main process's dialog.
  'paperwork.preview': channel<PaperworkPreview>()(
    'paperwork.preview',
    z.object({ draftId: id, document, locale: z.enum(locales) }).strict(),
  ),
  'paperwork.sign': channel<SignedDocument>()(
    'paperwork.sign',
    z
      .object({
        draftId: id,
        document,
        locale: z.enum(locales),
        signer: signerSchema,
        signature: signatureSchema,
      })
      .strict(),
  ),
  'paperwork.file': channel<PaperworkFile>()('paperwork.file', z.object({ draftId: id, sha256 }).strict()),
  // With sha256: a signed document of the draft; without: the unsigned document, to print and sign by hand.
  'paperwork.saveCopy': channel<SaveResult>()(
    'paperwork.saveCopy',
    z.object({ draftId: id, document, locale: z.enum(locales), sha256: sha256.optional() }).strict(),
  ),
  'reference.get': channel<ReferenceData>()('reference.get', noInput),
  'reference.refresh': channel<ReferenceRefreshResult>()('reference.refresh', noInput),
  'numbers.checkPortable': channel<PortabilityResult>()(
    'numbers.checkPortable',
    z.object({ number: z.string().min(1).max(40) }).strict(),
  ),
  'account.get': channel<AccountInfo>()('account.get', noInput),
  'account.set': channel<AccountInfo>()('account.set', accountSetInputSchema),
  'account.test': channel<AccountTest>()('account.test', accountTestInputSchema),
  'account.remove': channel<AccountInfo>()('account.remove', noInput),
  'outbox.list': channel<OutboxState>()('outbox.list', noInput),
  'outbox.retryNow': channel<undefined>()('outbox.retryNow', noInput),
  'outbox.resolveReview': channel<undefined>()(
    'outbox.resolveReview',
    z
      .object({
        draftId: id,
        choice: z.enum(['sendAgain', 'adoptTicket', 'cancel']),
        ticket: z.string().trim().min(1).max(100).optional(),
      })
      .strict(),
  ),
  'outbox.pullBack': channel<DraftDetail>()('outbox.pullBack', z.object({ draftId: id }).strict()),
  'outbox.sendToCurrent': channel<MoveToCurrentResult>()(
    'outbox.sendToCurrent',
    z.object({ draftIds: z.array(id).min(1).max(5_000) }).strict(),
  ),
  'tracking.get': channel<TrackingInfo>()('tracking.get', z.object({ draftId: id }).strict()),
  'transfer.export': channel<ExportResult>()(
    'transfer.export',
    z.object({ ids: z.array(id).min(1).max(5_000) }).strict(),
  ),
  'transfer.import': channel<ImportResult>()('transfer.import', noInput),
  // Numbers from a spreadsheet: open picks the file in the main process's dialog (null: cancelled) and
  // answers its first rows and a guessed mapping; check and apply name the file by its importId.
  'intake.open': channel<IntakePreview | null>()('intake.open', z.object({ draftId: id }).strict()),
  'intake.check': channel<IntakeReport>()(
    'intake.check',
    z.object({ importId: id, mapping: intakeMappingSchema }).strict(),
  ),
  'intake.apply': channel<IntakeResult>()(
    'intake.apply',
    z.object({ importId: id, mapping: intakeMappingSchema }).strict(),
  ),
  'intake.close': channel<undefined>()('intake.close', z.object({ importId: id }).strict()),
  // A request's numbers as CSV, through the main process's save dialog.
  'intake.exportNumbers': channel<{ saved: boolean }>()(
    'intake.exportNumbers',
    z.object({ draftId: id }).strict(),
  ),
  'backups.list': channel<BackupList>()('backups.list', noInput),
  'backups.create': channel<BackupInfo>()('backups.create', noInput),
  // A backup's id is its file name in the backups folder, and only a name of that exact form.
  'backups.restore': channel<RestoreResult>()(
    'backups.restore',
    z.object({ id: z.string().max(100).regex(backupIdPattern) }).strict(),
  ),
} as const satisfies { [N in ChannelName]: ChannelDef<z.ZodType, unknown> & { name: N } };

export type Channels = typeof channels;
export type ChannelInput<N extends ChannelName> = z.input<Channels[N]['input']>;
/** What a handler receives: the input after parsing (defaults applied, strings trimmed). */
export type ParsedInput<N extends ChannelName> = z.output<Channels[N]['input']>;
export type ChannelOutput<N extends ChannelName> =
  Channels[N] extends ChannelDef<z.ZodType, infer O> ? O : never;

/** Every channel in list order, for the wrapper and the tests. */
export const channelList: readonly ChannelDef<z.ZodType, unknown>[] = invokeChannelNames.map(
  (name) => channels[name],
);

export interface EventPayloads {
  outboxChanged: OutboxState;
  portStatusChanged: PortStatusChange;
  connectivityChanged: ConnectivityChange;
  draftsChanged: DraftsChange;
  /** The account was set, changed or removed (never the password): practice mode follows it at once. */
  accountChanged: AccountInfo;
}
// Compile-time: the payload map covers exactly the event names.
const _eventsCovered: Record<EventName, true> = {
  outboxChanged: true,
  portStatusChanged: true,
  connectivityChanged: true,
  draftsChanged: true,
  accountChanged: true,
} satisfies Record<keyof EventPayloads, true>;

type GroupOf<N extends string> = N extends `${infer G}.${string}` ? G : never;
type MethodOf<N extends string, G extends string> = N extends `${G}.${infer M}` ? M : never;

type Invoker<N extends ChannelName> =
  undefined extends ChannelInput<N>
    ? (input?: ChannelInput<N>) => Promise<IpcResult<ChannelOutput<N>>>
    : (input: ChannelInput<N>) => Promise<IpcResult<ChannelOutput<N>>>;

type InvokeApi = {
  readonly [G in GroupOf<ChannelName>]: {
    readonly [N in ChannelName as MethodOf<N, G>]: Invoker<N>;
  };
};

type EventApi = {
  readonly [E in EventName as EventMethodName<E>]: (
    callback: (payload: EventPayloads[E]) => void,
  ) => () => void;
};

/** The shape of `window.portage`. */
export type PortageApi = InvokeApi & EventApi;
