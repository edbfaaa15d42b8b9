import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../src-main/shared/domain/base64';
import {
  buildRequest,
  customerReferenceFor,
  DraftNotReadyError,
} from '../../../src-main/shared/domain/build-request';
import { customerReferenceMaxLength } from '../../../src-main/shared/domain/customer-reference';
import { readyDraftFor } from './fixtures';

describe('buildRequest', () => {
  it('sends numbers as JSON integers and leaves out empty optional fields', () => {
    const draft = readyDraftFor('dids');
    const built = buildRequest(draft, draft.files);
    const body = built.body as { PortForm: Record<string, unknown>; DIDs: Record<string, unknown>[] };
    expect(body.PortForm.NumbersToPort).toEqual([5145550100, 5145550101]);
    expect(body.DIDs[0]).toEqual({ Label: 'Reception', Number: 5145550100 });
    expect(body.PortForm).not.toHaveProperty('CommentsLosingCarrier');
    expect(body.PortForm).not.toHaveProperty('RequestedPortTime');
    expect(body.PortForm.CustomerReferenceNumber).toBe(customerReferenceFor(draft.id));
    expect(built.bodyJson).toContain('"NumbersToPort":[5145550100,5145550101]');
  });

  it('encodes attachments in base64', () => {
    const draft = readyDraftFor('generalProduct');
    const body = buildRequest(draft, draft.files).body as {
      PortForm: { FileLastInvoice: { Base64Contents: string }[] };
    };
    expect(body.PortForm.FileLastInvoice[0]?.Base64Contents).toBe(btoa('invoice'));
  });

  it('throws a typed error listing the issues when the draft is not ready', () => {
    const draft = readyDraftFor('generalProduct');
    draft.data.customer = {};
    expect(() => buildRequest(draft, draft.files)).toThrow(DraftNotReadyError);
    try {
      buildRequest(draft, draft.files);
    } catch (error) {
      expect((error as DraftNotReadyError).issues).toContainEqual({
        path: 'customer.name',
        key: 'validation.required',
      });
    }
  });

  it('throws when an attachment’s content is missing', () => {
    const draft = readyDraftFor('generalProduct');
    expect(() => buildRequest(draft, new Map())).toThrow(DraftNotReadyError);
  });
});

describe('bytesToBase64', () => {
  it.each(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'é✓ ñ'])('matches btoa for %j', (text) => {
    const bytes = new TextEncoder().encode(text);
    expect(bytesToBase64(bytes)).toBe(btoa(String.fromCharCode(...bytes)));
  });

  it('encodes a large file', () => {
    const bytes = new Uint8Array(100_003).map((_, index) => index % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('customerReferenceFor', () => {
  it('is stable, short and differs between drafts', () => {
    expect(customerReferenceFor('a')).toBe(customerReferenceFor('a'));
    expect(customerReferenceFor('a')).not.toBe(customerReferenceFor('b'));
    const reference = customerReferenceFor('0b9e3a4c-5d7f-4a1e-9c2b-8f6d5e4c3b2a');
    expect(reference).toMatch(/^PTG-[0-9A-Z]{12}$/);
    expect(reference.length).toBe(customerReferenceMaxLength);
  });
});
