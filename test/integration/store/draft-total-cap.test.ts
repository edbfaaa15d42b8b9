// The whole draft has a size cap on top of each field's and list's (field-caps.ts: maxDraftJsonBytes):
// a draft with every list near its cap and long texts in every entry is refused with draftTooLarge,
// saying its size and the limit, and the last save stays as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftData } from '../../../src-main/shared/domain/draft';
import { maxDraftJsonBytes } from '../../../src-main/shared/domain/field-caps';
import { StoreError } from '../../../src-main/store/index';
import { tempStore, type TempStore } from './temp-store';

let t: TempStore;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.cleanup());

/** 1,000 forwards (the list's cap), each with 1,000 characters of instructions (the field's cap). */
function forwards(instructions: string): DraftData {
  return {
    customer: { name: 'Centre de distribution Gagnon' },
    service: {
      forwards: Array.from({ length: 1_000 }, (_, i) => ({
        number: `613555${String(i).padStart(4, '0')}`,
        provisioningInstructions: instructions,
      })),
    },
  } as DraftData;
}

describe('the whole draft’s size cap', () => {
  it('refuses a draft over the cap with its size and the limit, keeping the last save', () => {
    const draft = t.store.drafts.create('permanentCallForward', { customer: { name: 'Gagnon' } });
    // Every field within its own cap; three bytes a character (€): about 3 MB of instructions in all.
    let refusal: unknown;
    try {
      t.store.drafts.save(draft.id, forwards('€'.repeat(1_000)));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(StoreError);
    expect(refusal).toMatchObject({ code: 'draftTooLarge', params: { limit: '2 MB' } });
    expect(JSON.stringify((refusal as StoreError).params)).toMatch(/"size":"2\.9 MB"/);
    const kept = t.store.drafts.get(draft.id);
    expect(kept.revision).toBe(draft.revision);
    expect(kept.data.customer?.name).toBe('Gagnon');
  });

  it('saves a large draft under the cap', () => {
    const draft = t.store.drafts.create('permanentCallForward', {});
    const saved = t.store.drafts.save(draft.id, forwards('a'.repeat(1_000)));
    expect(saved.data.service?.forwards).toHaveLength(1_000);
    expect(Buffer.byteLength(JSON.stringify(saved.data))).toBeLessThan(maxDraftJsonBytes);
  });
});
