import { describe, expect, it } from 'vitest';
import { bodyPathInException, focusPathForException } from '../../../src-main/outbox/focus-path';
import { ticketsForReference } from '../../../src-main/outbox/reconcile-lookups';
import { focusPathForRejects } from '../../../src-main/shared/domain/reject-fields';

describe('the field a 400 Exception names', () => {
  it('finds the contract field in the carrier message', () => {
    expect(bodyPathInException('PortForm.CustomerPostalCode: must match the pattern')).toBe(
      'PortForm.CustomerPostalCode',
    );
    expect(focusPathForException('PortForm.RequestedPortDate: must be YYYY-MM-DD')).toBe(
      'body:PortForm.RequestedPortDate',
    );
    expect(bodyPathInException('The request could not be processed')).toBeNull();
  });
});

describe('reject rows', () => {
  it('maps the field abbreviation to the Portage field', () => {
    expect(focusPathForRejects([{ 'FLD ABBR': 'ZIP' }])).toBe('address.postalCode');
    expect(focusPathForRejects([{ 'FLD ABBR': '??' }, { 'FLD ABBR': 'NAME' }])).toBe('customer.name');
    expect(focusPathForRejects([])).toBeNull();
  });
});

describe('ticketsForReference', () => {
  const request = (ticket: string, numbers: number[], extra: Record<string, unknown> = {}) => ({
    RequestIdx: 1,
    HappyFoxTicket: ticket,
    NumberToPort: numbers.map((tn) => ({ TnRange: String(tn) })),
    ...extra,
  });

  it('matches by CustomerReferenceNumber when the listing carries it', () => {
    const info = {
      Orders: [
        { OrderID: 1, Requests: [request('P1', [5145550100], { CustomerReferenceNumber: 'PTG-A' })] },
        { OrderID: 2, Requests: [request('P2', [5145550100], { CustomerReferenceNumber: 'PTG-B' })] },
      ],
    };
    expect(ticketsForReference(info, 'PTG-B', [5145550100], () => false)).toEqual(['P2']);
  });

  it('falls back to the numbers, ignoring tickets that belong to other drafts', () => {
    const info = {
      Orders: [
        { OrderID: 1, Requests: [request('P1', [5145550100, 5145550101])] },
        { OrderID: 2, Requests: [request('P2', [5145550100, 5145550101])] },
        { OrderID: 3, Requests: [request('P3', [5145550100])] },
      ],
    };
    expect(ticketsForReference(info, 'PTG-X', [5145550100, 5145550101], (ticket) => ticket === 'P1')).toEqual(
      ['P2'],
    );
  });
});
