// Each field's length cap: one constant read by the draft schema and the editor alike; older data over
// a cap is still a draft (stored shape) and the ready rules ask for it to be shortened.
import { describe, expect, it } from 'vitest';
import {
  listCapFor,
  numberCap,
  storedTextCap,
  textCapFor,
  textCaps,
} from '../../../src-main/shared/domain/field-caps';
import { draftDataSchema, storedDraftDataSchema } from '../../../src-main/shared/domain/draft';
import { validateDraftShape, validateReady } from '../../../src-main/shared/domain/validation';
import { fixtureToday, must, readyDraftFor } from './fixtures';

describe('field caps', () => {
  it('finds the cap of a concrete path through its pattern', () => {
    expect(textCapFor('service.lines.12.callerName')).toBe(15);
    expect(textCapFor('numbers.toPort.3')).toBe(numberCap);
    expect(textCapFor('attachments.lastInvoice.0.name')).toBe(255);
    expect(textCapFor('customer')).toBeUndefined();
    expect(listCapFor('numbers.toPort')).toBe(1_000);
    expect(listCapFor('attachments.respOrgForm')).toBe(20);
  });

  it('fits what each field holds: numbers in 20 characters, nothing near the old 20,000', () => {
    const telephoneFields =
      /(^numbers\.|\.number$|pilotNumber|Phone|callerId|surecall|translatedNumber|callForwardingNumber|forwardTo)/;
    for (const [path, cap] of Object.entries(textCaps)) {
      expect(cap, path).toBeLessThanOrEqual(2_000);
      if (telephoneFields.test(path)) expect(cap, path).toBe(numberCap);
    }
    expect(Object.keys(textCaps).filter((path) => telephoneFields.test(path)).length).toBeGreaterThan(15);
  });

  it('is the schema’s cap: one character more is refused with the cap in the message', () => {
    const ok = draftDataSchema.safeParse({ customer: { name: 'x'.repeat(100) } });
    expect(ok.success).toBe(true);
    const tooLong = draftDataSchema.safeParse({ service: { lines: [{ callerName: 'x'.repeat(16) }] } });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]).toMatchObject({ code: 'too_big', maximum: 15 });
    const tooMany = draftDataSchema.safeParse({ contacts: { additionalEmails: Array(21).fill('a@b.ca') } });
    expect(tooMany.success).toBe(false);
  });

  it('keeps older, longer values a draft (stored shape), and asks for them to be shortened', () => {
    const draft = readyDraftFor('generalProduct');
    must(draft.data.customer).name = 'Boulangerie '.repeat(20);
    expect(storedDraftDataSchema.safeParse(draft.data).success).toBe(true);
    expect(validateDraftShape(draft.data).ok).toBe(true);
    expect(draftDataSchema.safeParse(draft.data).success).toBe(false);
    const ready = validateReady(draft.kind, draft.data, { today: fixtureToday });
    expect(ready.errors).toContainEqual({
      path: 'customer.name',
      key: 'validation.tooLong',
      params: { max: 100 },
    });
    // The stored shape still has a bound.
    must(draft.data.customer).name = 'x'.repeat(storedTextCap + 1);
    expect(validateDraftShape(draft.data).ok).toBe(false);
  });

  it('reports a file’s over-long name on the file, and leaves display-only labels alone', () => {
    const draft = readyDraftFor('dids');
    must(must(draft.data.attachments?.lastInvoice)[0]).name = `${'n'.repeat(300)}.pdf`;
    must(draft.data.target).trunkLabel = 'T'.repeat(500);
    const ready = validateReady(draft.kind, draft.data, { today: fixtureToday });
    expect(ready.errors).toEqual([
      { path: 'attachments.lastInvoice.0', key: 'validation.tooLong', params: { max: 255 } },
    ]);
  });
});
