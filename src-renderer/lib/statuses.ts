// The draft statuses in the order the filter lists them. Kept here rather than imported from the
// domain's draft.ts so the first screen does not pull in zod; the type check below keeps it complete.
import type { DraftStatus } from '../../src-main/shared/domain/draft';

export const draftStatusList = [
  'draft',
  'ready',
  'queued',
  'submitted',
  'needsAttention',
  'needsReview',
  'completed',
  'rejected',
] as const satisfies readonly DraftStatus[];

// Fails to compile if the domain adds a status this list lacks.
type Missing = Exclude<DraftStatus, (typeof draftStatusList)[number]>;
export const everyStatusListed: Missing extends never ? true : never = true;
