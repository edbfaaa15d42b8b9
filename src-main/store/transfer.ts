// Export and import of drafts with their attachments, as one JSON file (.portage.json), so a dealer
// can move work between computers or hand it to a colleague. Imports always arrive as new editable
// drafts: a status or ticket from another computer means nothing here. Line passwords are never
// exported (they are secrets, kept encrypted on this computer); the file's notes say so.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  draftKindSchema,
  storedDraftDataSchema,
  draftStatuses,
  type AttachmentRef,
  type DraftData,
} from '../shared/domain/draft';
import { maxAttachmentBytes, sha256Of, tooLarge, type Attachments } from './attachments';
import type { Drafts } from './drafts';
import { issuesFromZod } from '../shared/domain/issue';
import { StoreError, guard } from './errors';

export const draftBundleSchema = z
  .object({
    format: z.literal('portage-drafts'),
    version: z.literal(1),
    exportedAt: z.string().max(100),
    /** What the file leaves out, for whoever opens it (line passwords). Older exports have none. */
    notes: z.array(z.string().max(1_000)).max(10).optional(),
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
      .max(10_000),
    attachments: z
      .array(
        z.object({
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
          name: z.string().max(1_000),
          mimeType: z.string().max(200),
          // base64 grows content by 4/3.
          base64: z.base64().max(Math.ceil((maxAttachmentBytes * 4) / 3) + 4),
        }),
      )
      .max(10_000),
  })
  .strict();
export type DraftBundle = z.infer<typeof draftBundleSchema>;

/** Line passwords are secrets and stay on this computer (line_secrets): the file says so, in both languages. */
export const exportNotes = [
  'Line passwords (SIP and web self-care) are not included: set them again after importing.',
  'Les mots de passe des lignes (SIP et libre-service web) ne sont pas inclus : entrez-les de nouveau après l’importation.',
] as const;

export interface Transfer {
  exportDrafts(ids: readonly string[]): DraftBundle;
  /** Imports every draft of the bundle as a new editable draft; all or nothing. Returns the new ids. */
  importDrafts(bundle: unknown): string[];
}

function refsOf(data: DraftData): AttachmentRef[] {
  const slots = data.attachments ?? {};
  return [slots.letterOfAuthorization, slots.lastInvoice, slots.blifSpreadsheet, slots.respOrgForm].flatMap(
    (refs) => refs ?? [],
  );
}

export function createTransfer({
  db,
  drafts,
  attachments,
  clock,
}: {
  db: Database;
  drafts: Drafts;
  attachments: Attachments;
  clock: () => Date;
}): Transfer {
  return {
    exportDrafts(ids) {
      if (!Array.isArray(ids)) throw new StoreError('invalidInput', { field: 'ids' });
      const bundle: DraftBundle = {
        format: 'portage-drafts',
        version: 1,
        exportedAt: clock().toISOString(),
        notes: [...exportNotes],
        drafts: [],
        attachments: [],
      };
      const seen = new Set<string>();
      for (const id of new Set(ids)) {
        const draft = drafts.get(id);
        bundle.drafts.push({ kind: draft.kind, title: draft.title, data: draft.data, status: draft.status });
        for (const [sha256, file] of attachments.filesFor(draft.data)) {
          if (seen.has(sha256)) continue;
          seen.add(sha256);
          bundle.attachments.push({
            sha256,
            name: file.name,
            mimeType: file.mimeType,
            base64: Buffer.from(file.content).toString('base64'),
          });
        }
      }
      return bundle;
    },

    importDrafts(input) {
      const parsed = draftBundleSchema.safeParse(input);
      if (!parsed.success) throw new StoreError('invalidImport', {}, { issues: issuesFromZod(parsed.error) });
      const bundle = parsed.data;
      const files = bundle.attachments.map((a) => {
        const content = new Uint8Array(Buffer.from(a.base64, 'base64'));
        if (sha256Of(content) !== a.sha256)
          throw new StoreError('attachmentCorrupt', { sha256: a.sha256, name: a.name });
        if (content.byteLength > maxAttachmentBytes) {
          throw tooLarge(content.byteLength, a.name);
        }
        return { sha256: a.sha256, name: a.name, mimeType: a.mimeType, content };
      });
      const bundled = new Set(files.map((f) => f.sha256));
      return guard(() =>
        db
          .transaction(() => {
            for (const file of files) attachments.put(file);
            const ids: string[] = [];
            for (const draft of bundle.drafts) {
              for (const ref of refsOf(draft.data)) {
                if (!bundled.has(ref.sha256) && !attachments.get(ref.sha256)) {
                  throw new StoreError('attachmentMissing', { sha256: ref.sha256, name: ref.name });
                }
              }
              ids.push(drafts.create(draft.kind, draft.data, 'stored').id);
            }
            return ids;
          })
          .immediate(),
      );
    },
  };
}
