// The check every drafts-list query passes, in the IPC wrapper and again in the store: one schema built
// from the constants of draft-list-query.ts.
import { z } from 'zod';
import { draftKinds } from './catalogue';
import { draftStatuses } from './draft';
import { draftSorts, maxDraftPageSize, maxDraftSearchLength, type DraftListQuery } from './draft-list-query';

export const draftListQuerySchema = z
  .object({
    query: z.string().max(maxDraftSearchLength).optional(),
    statuses: z.array(z.enum(draftStatuses)).max(draftStatuses.length).optional(),
    kinds: z.array(z.enum(draftKinds)).max(draftKinds.length).optional(),
    sort: z.enum(draftSorts).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
    limit: z.number().int().min(1).max(maxDraftPageSize).optional(),
    offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    archived: z.boolean().optional(),
  })
  .strict() satisfies z.ZodType<DraftListQuery>;
