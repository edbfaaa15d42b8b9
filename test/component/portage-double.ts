// An in-memory `window.portage` for component tests: drafts kept in a Map, saves recorded, and a
// switch to make saves fail, so a test can watch what the dealer would see.
import type { DraftData } from '../../src-main/shared/domain/draft';
import type { DraftKind } from '../../src-main/shared/domain/catalogue';
import type { ConflictingRequest, DraftDetail, PortageApi } from '../../src-renderer/lib/api-types';

export interface PortageDouble {
  api: PortageApi;
  drafts: Map<string, DraftDetail>;
  saves: { id: string; data: DraftData }[];
  failSaves: boolean;
  splits: string[];
  /** What the carrier says about a number's portability (null: it could not be asked). */
  portable: boolean | null;
  portableChecks: string[];
  /** Earlier versions of each draft, newest first, as `drafts.revisions` lists them. */
  history: Map<string, DraftDetail[]>;
  /** What `drafts.numberConflicts` answers (other active requests porting the same numbers). */
  conflicts: ConflictingRequest[];
  conflictChecks: { id: string | null; numbers: string[] }[];
  /** Every drafts.setLinePassword call, as sent. */
  passwordCalls: { draftId: string; number: string; field: string; password: string }[];
}

const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
const fail = (message: string) =>
  Promise.resolve({ ok: false as const, error: { code: 'error.internal', message } });

export function makeDraft(id: string, kind: DraftKind, data: DraftData): DraftDetail {
  const now = new Date().toISOString();
  return {
    id,
    kind,
    title: id,
    data,
    status: 'draft',
    created: now,
    updated: now,
    revision: 1,
    ticket: null,
    archived: false,
    editable: true,
  };
}

export function installPortageDouble(initial: DraftDetail[] = []): PortageDouble {
  const double: PortageDouble = {
    drafts: new Map(initial.map((draft) => [draft.id, draft])),
    saves: [],
    failSaves: false,
    splits: [],
    portable: null,
    portableChecks: [],
    history: new Map(),
    conflicts: [],
    conflictChecks: [],
    passwordCalls: [],
    api: undefined as unknown as PortageApi,
  };
  const api = {
    drafts: {
      get: ({ id }: { id: string }) => {
        const draft = double.drafts.get(id);
        return draft ? ok(draft) : fail('not found');
      },
      setLinePassword: (input: { draftId: string; number: string; field: string; password: string }) => {
        double.passwordCalls.push(input);
        const draft = double.drafts.get(input.draftId);
        if (!draft) return fail('not found');
        const number = input.number.replace(/\D/g, '').slice(-10);
        const others = (draft.linePasswords ?? []).filter(
          (ref) => !(ref.number === number && ref.field === input.field),
        );
        const linePasswords =
          input.password === ''
            ? others
            : [...others, { number, field: input.field as 'sipPassword' | 'webSelfCarePassword' }];
        double.drafts.set(input.draftId, { ...draft, linePasswords });
        return ok({ linePasswords });
      },
      save: ({ id, data }: { id: string; data: DraftData }) => {
        if (double.failSaves) return fail('disk is full');
        const current = double.drafts.get(id);
        if (!current) return fail('not found');
        const next = { ...current, data, revision: current.revision + 1, updated: new Date().toISOString() };
        double.drafts.set(id, next);
        double.saves.push({ id, data });
        return ok(next);
      },
      split: ({ id }: { id: string }) => {
        double.splits.push(id);
        const current = double.drafts.get(id);
        if (!current) return fail('not found');
        return ok({ regular: { ...current, id: `${id}-r` }, tollFree: { ...current, id: `${id}-t` } });
      },
      revisions: ({ id }: { id: string }) =>
        ok(
          (double.history.get(id) ?? []).map((draft) => ({
            revision: draft.revision,
            updated: draft.updated,
            title: draft.title,
          })),
        ),
      numberConflicts: ({ id, numbers }: { id: string | null; numbers: string[] }) => {
        double.conflictChecks.push({ id, numbers });
        return ok(double.conflicts);
      },
      restoreRevision: ({ id, revision }: { id: string; revision: number }) => {
        const older = (double.history.get(id) ?? []).find((draft) => draft.revision === revision);
        const current = double.drafts.get(id);
        if (!older || !current) return fail('not found');
        const restored = { ...current, data: older.data, revision: current.revision + 1 };
        double.drafts.set(id, restored);
        return ok(restored);
      },
    },
    numbers: {
      checkPortable: ({ number }: { number: string }) => {
        double.portableChecks.push(number);
        return ok({ portable: double.portable });
      },
    },
    attachments: {
      add: () => ok(null),
      remove: ({ draftId }: { draftId: string }) => ok(double.drafts.get(draftId)),
    },
  };
  double.api = api as unknown as PortageApi;
  Object.defineProperty(window, 'portage', { value: double.api, configurable: true, writable: true });
  return double;
}
