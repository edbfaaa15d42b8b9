// The exact request a ready draft sends: operation path and body bytes.
import { assembleBody, type AttachmentContent } from './assemble-body';
import type { CatalogueEntry, DraftKind } from './catalogue';
import { bodySchemaFor } from './contract';
import { customerReferenceFor } from './customer-reference';
import { attachmentSlots, type DraftData } from './draft';
import { pathOf, type Issue } from './issue';
import { readinessIssues, validateDraftShape } from './validation';

export { customerReferenceFor } from './customer-reference';
export type { AttachmentContent } from './assemble-body';

/** Thrown when buildRequest is given a draft that is not ready; callers validate first. */
export class DraftNotReadyError extends Error {
  readonly code = 'notReady';
  constructor(readonly issues: readonly Issue[]) {
    super(`The draft is not ready to send (${issues.length} issue${issues.length === 1 ? '' : 's'}).`);
    this.name = 'DraftNotReadyError';
  }
}

/**
 * The files of a request named rather than carried: which are stored, and the text that stands in each
 * one's contents. The outbox freezes a request this way (outbox/frozen-body.ts), so megabytes of base64
 * are neither built nor stored when a draft is finalized, only when the request is sent.
 */
export interface FileStandIns {
  /** Whether this file is stored, and not empty. */
  has(sha256: string): boolean;
  placeholder(sha256: string): string;
}

export interface BuiltRequest {
  entry: CatalogueEntry;
  path: string;
  body: unknown;
  /** The body as sent: compact JSON, keys in a fixed order, so a draft always gives the same bytes. */
  bodyJson: string;
}

function missingAttachments(data: DraftData, present: (sha256: string) => boolean): Issue[] {
  return attachmentSlots.flatMap((slot) =>
    (data.attachments?.[slot] ?? []).flatMap((ref, index): Issue[] =>
      present(ref.sha256)
        ? []
        : [{ path: `attachments.${slot}.${index}`, key: 'validation.attachment.missing' }],
    ),
  );
}

/** `files`: their contents by sha256 (the body carries them), or stand-ins (the body names them). */
export function buildRequest(
  draft: { id: string; kind: DraftKind; data: DraftData },
  files: ReadonlyMap<string, AttachmentContent> | FileStandIns,
): BuiltRequest {
  const standIns = files instanceof Map ? null : (files as FileStandIns);
  const contents = files instanceof Map ? (files as ReadonlyMap<string, AttachmentContent>) : null;
  const shape = validateDraftShape(draft.data);
  if (!shape.ok) throw new DraftNotReadyError(shape.issues);
  const ready = readinessIssues(draft.kind, shape.data, {});
  if (ready.errors.length > 0 || !ready.entry) throw new DraftNotReadyError(ready.errors);
  const missing = missingAttachments(shape.data, (sha256) =>
    standIns ? standIns.has(sha256) : (contents?.get(sha256)?.content.length ?? 0) > 0,
  );
  if (missing.length > 0) throw new DraftNotReadyError(missing);

  const entry = ready.entry;
  const assembled = assembleBody(entry, shape.data, {
    customerReference: customerReferenceFor(draft.id),
    ...(contents ? { files: contents } : {}),
    ...(standIns ? { placeholder: (sha256: string) => standIns.placeholder(sha256) } : {}),
  });
  const checked = bodySchemaFor(entry.body).safeParse(assembled.body);
  if (!checked.success) {
    throw new DraftNotReadyError(
      checked.error.issues.map((problem) => ({
        path: assembled.draftPathFor(problem.path),
        key: 'validation.contract' as const,
        params: { detail: `${pathOf(problem.path)}: ${problem.message}` },
      })),
    );
  }
  return { entry, path: entry.path, body: assembled.body, bodyJson: JSON.stringify(assembled.body) };
}
