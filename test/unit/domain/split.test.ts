import { describe, expect, it } from 'vitest';
import { splitByNature } from '../../../src-main/shared/domain/split';
import { validateReady } from '../../../src-main/shared/domain/validation';
import { attachment, fixtureToday, must, readyDraftFor } from './fixtures';

describe('splitByNature', () => {
  it('returns null when the numbers are not mixed', () => {
    expect(splitByNature(readyDraftFor('dids').data)).toBeNull();
    expect(splitByNature({})).toBeNull();
  });

  it('partitions numbers and service rows, keeping the shared port form on both', () => {
    const draft = readyDraftFor('dids');
    const respOrg = attachment('resporg.pdf', 'application/pdf', 'form');
    draft.data.numbers = {
      toPort: ['514-555-0100', '1-800-555-0199', 'not a number'],
      toRemain: ['514-555-0150'],
    };
    draft.data.service = {
      dids: [
        { number: '514-555-0100', label: 'A' },
        { number: '800-555-0199', label: 'B' },
      ],
    };
    draft.data.attachments = { ...draft.data.attachments, respOrgForm: [respOrg.ref] };
    const split = splitByNature(draft.data);
    expect(split).not.toBeNull();
    if (!split) return;
    expect(split.regular.numbers).toEqual({
      toPort: ['514-555-0100', 'not a number'],
      toRemain: ['514-555-0150'],
    });
    expect(split.tollFree.numbers).toEqual({ toPort: ['1-800-555-0199'] });
    expect(split.regular.service?.dids?.map((did) => did.label)).toEqual(['A']);
    expect(split.tollFree.service?.dids?.map((did) => did.label)).toEqual(['B']);
    expect(split.regular.customer).toEqual(draft.data.customer);
    expect(split.tollFree.address).toEqual(draft.data.address);
    expect(split.tollFree.attachments?.respOrgForm).toHaveLength(1);
    expect(split.regular.attachments?.respOrgForm).toBeUndefined();
    expect(split.tollFree.attachments?.letterOfAuthorization).toBeUndefined();
    expect(split.regular.attachments?.letterOfAuthorization).toHaveLength(1);
  });

  it('gives two drafts that each go to their own operation', () => {
    const draft = readyDraftFor('permanentCallForward');
    must(must(draft.data.numbers).toPort).push('888-555-0123');
    must(must(draft.data.service).forwards).push({
      ...must(must(draft.data.service).forwards)[0],
      number: '888-555-0123',
    });
    const split = must(splitByNature(draft.data));
    expect(validateReady(draft.kind, split.regular, { today: fixtureToday }).entry?.id).toBe(
      'permanentCallForward',
    );
    const tollFree = validateReady(draft.kind, split.tollFree, { today: fixtureToday });
    expect(tollFree.entry?.id).toBe('tollFreePermanentCallForward');
    expect(tollFree.errors).toEqual([]);
  });

  it('does not change the original', () => {
    const draft = readyDraftFor('dids');
    must(must(draft.data.numbers).toPort).push('800-555-0199');
    const before = structuredClone(draft.data);
    splitByNature(draft.data);
    expect(draft.data).toEqual(before);
  });
});
