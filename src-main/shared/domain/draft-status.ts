// The statuses of a port request, in the order lists show them. Its own file, free of zod, so the
// renderer's first screen can list them without loading the draft schemas.

export const draftStatuses = [
  'draft',
  'ready',
  'queued',
  'submitted',
  'needsAttention',
  'needsReview',
  'completed',
  'rejected',
] as const;
export type DraftStatus = (typeof draftStatuses)[number];
