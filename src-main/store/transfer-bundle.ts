// The export file's format (.portage.json) and how an import reads it. One JSON object: the drafts, and
// every attachment they reference once (base64, checked against its sha256 on import).
//
// Version 2 (written since drafts travel as themselves) carries each draft's id, status, ticket, dates,
// revision and, for a request that left the dealer's hands, its tracking history (opaque here: the outbox
// owns that shape, src-main/outbox/transfer-history.ts). The id is what makes the same request the same on
// both computers, so importing a file twice never makes copies. Version 1 (earlier exports, still on
// dealers' disks) has no ids, tickets or history: it is still read, each draft compared by content.
import { z } from 'zod';
import {
  draftKindSchema,
  draftStatuses,
  storedDraftDataSchema,
  type DraftData,
} from '../shared/domain/draft';
import type { DraftKind } from '../shared/domain/catalogue';
import type { DraftStatus } from '../shared/domain/draft';
import { maxAttachmentBytes } from './attachments';

const maxDrafts = 10_000;
const isoTime = z.iso.datetime();

const attachmentSchema = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    name: z.string().max(1_000),
    mimeType: z.string().max(200),
    // base64 grows content by 4/3.
    base64: z.base64().max(Math.ceil((maxAttachmentBytes * 4) / 3) + 4),
  })
  .strict();

const header = {
  format: z.literal('portage-drafts'),
  exportedAt: z.string().max(100),
  /** What the file leaves out, for whoever opens it (line passwords). Older exports have none. */
  notes: z.array(z.string().max(1_000)).max(10).optional(),
  attachments: z.array(attachmentSchema).max(10_000),
};

/** Version 1: drafts without ids (every import used to make new drafts of them). */
const bundleV1Schema = z
  .object({
    ...header,
    version: z.literal(1),
    drafts: z
      .array(
        z.object({
          kind: draftKindSchema,
          title: z.string().max(20_000),
          // An export holds stored data: older drafts may have values over today's input caps.
          data: storedDraftDataSchema,
          status: z.enum(draftStatuses),
        }),
      )
      .max(maxDrafts),
  })
  .strict();

export const bundledDraftSchema = z
  .object({
    id: z.uuid(),
    kind: draftKindSchema,
    title: z.string().max(20_000),
    status: z.enum(draftStatuses),
    ticket: z.string().max(200).nullable(),
    created: isoTime,
    updated: isoTime,
    revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    archived: z.boolean(),
    // An export holds stored data: older drafts may have values over today's input caps.
    data: storedDraftDataSchema,
    /** What the outbox kept about the request once it left the dealer's hands; absent for drafts. */
    history: z.unknown().optional(),
    /** Finalized for the practice carrier: its ticket and status are made up. Absent otherwise. */
    practice: z.literal(true).optional(),
  })
  .strict();
export type BundledDraft = z.infer<typeof bundledDraftSchema>;

const bundleV2Schema = z
  .object({ ...header, version: z.literal(2), drafts: z.array(bundledDraftSchema).max(maxDrafts) })
  .strict();

export const draftBundleSchema = z.discriminatedUnion('version', [bundleV2Schema, bundleV1Schema]);
/** What an export writes: always the latest version. */
export type DraftBundle = z.infer<typeof bundleV2Schema>;
export type BundledAttachment = z.infer<typeof attachmentSchema>;

/** One draft of a file, whichever its version: what the import decides on. */
export interface IncomingDraft {
  /** Null for a version 1 file: the draft gets a new id, and is matched by content instead. */
  id: string | null;
  kind: DraftKind;
  status: DraftStatus;
  ticket: string | null;
  created: string | null;
  updated: string | null;
  revision: number;
  archived: boolean;
  data: DraftData;
  history: unknown;
}

export function incomingDrafts(bundle: z.infer<typeof draftBundleSchema>): IncomingDraft[] {
  if (bundle.version === 2) return bundle.drafts.map((draft) => ({ ...draft, history: draft.history }));
  return bundle.drafts.map((draft) => ({
    id: null,
    kind: draft.kind,
    status: draft.status,
    ticket: null,
    created: null,
    updated: null,
    revision: 1,
    archived: false,
    data: draft.data,
    history: undefined,
  }));
}
