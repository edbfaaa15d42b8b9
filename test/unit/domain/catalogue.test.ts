import { describe, expect, it } from 'vitest';
import {
  catalogue,
  catalogueEntryFor,
  draftKinds,
  kindAcceptsTollFree,
  kindForOfferingType,
  offeringTypes,
} from '../../../src-main/shared/domain/catalogue';
import { bodySchemaFor } from '../../../src-main/shared/domain/contract';

describe('catalogue', () => {
  it('has 10 unique operations with the paths of the carrier reference', () => {
    expect(catalogue).toHaveLength(10);
    expect(new Set(catalogue.map((entry) => entry.path)).size).toBe(10);
    expect(catalogue.map((entry) => `${entry.method} ${entry.path}`).sort()).toEqual(
      [
        'POST /v2/NumberPorts/Inbound/DIDs',
        'POST /v2/NumberPorts/Inbound/TollFree/DIDs',
        'POST /NumberPorts/Inbound/GeneralProducts',
        'POST /NumberPorts/Inbound/GeneralChildProducts',
        'POST /v2/NumberPorts/Inbound/ResidentialLines',
        'POST /v2/NumberPorts/Inbound/BusinessLines',
        'POST /v2/NumberPorts/Inbound/PermanentCallForwards',
        'POST /v2/NumberPorts/Inbound/TollFree/PermanentCallForwards',
        'POST /NumberPorts/Inbound/BusinessPermanentCallForwards',
        'POST /NumberPorts/Inbound/VirtualFaxes',
      ].sort(),
    );
  });

  it('has a contract schema for every body', () => {
    for (const entry of catalogue) expect(bodySchemaFor(entry.body)).toBeDefined();
  });

  it.each([
    [1, 'regular', '/NumberPorts/Inbound/GeneralProducts'],
    [2, 'regular', '/NumberPorts/Inbound/GeneralChildProducts'],
    [3, 'regular', '/v2/NumberPorts/Inbound/ResidentialLines'],
    [4, 'regular', '/v2/NumberPorts/Inbound/BusinessLines'],
    [5, 'regular', '/v2/NumberPorts/Inbound/PermanentCallForwards'],
    [5, 'tollFree', '/v2/NumberPorts/Inbound/TollFree/PermanentCallForwards'],
    [6, 'regular', '/NumberPorts/Inbound/BusinessPermanentCallForwards'],
    [7, 'regular', '/NumberPorts/Inbound/VirtualFaxes'],
  ] as const)('offering type %i with %s numbers goes to %s', (type, nature, path) => {
    const lookup = catalogueEntryFor(kindForOfferingType(type), nature);
    expect(lookup.ok && lookup.entry.path).toBe(path);
  });

  it('sends DIDs on a SIP trunk to the regular or toll-free DID operation', () => {
    const regular = catalogueEntryFor('sipTrunkDids', 'regular');
    const tollFree = catalogueEntryFor('sipTrunkDids', 'tollFree');
    expect(regular.ok && regular.entry.path).toBe('/v2/NumberPorts/Inbound/DIDs');
    expect(tollFree.ok && tollFree.entry.path).toBe('/v2/NumberPorts/Inbound/TollFree/DIDs');
  });

  it('says so when a kind has no toll-free operation', () => {
    for (const type of offeringTypes) {
      const kind = kindForOfferingType(type);
      const lookup = catalogueEntryFor(kind, 'tollFree');
      expect(lookup.ok).toBe(kindAcceptsTollFree(kind));
      if (!lookup.ok) expect(lookup).toEqual({ ok: false, reason: 'tollFreeNotOffered', kind });
    }
    expect(draftKinds.filter(kindAcceptsTollFree)).toEqual(['sipTrunkDids', 'permanentCallForward']);
  });
});
