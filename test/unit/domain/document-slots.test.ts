// The documents each port form can carry, read from the contract: the editor offers only these, a
// split gives each half the ones that still apply to it, and the body sends only these.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slotFormFields, slotsCarried, slotsOffered } from '../../../src-main/shared/domain/document-slots';
import { splitByNature } from '../../../src-main/shared/domain/split';
import { attachment, must, readyDraftFor } from './fixtures';

const contract = JSON.parse(
  readFileSync(
    new URL('../../../resources/carrier-api/ucapi-porting.contract.json', import.meta.url),
    'utf8',
  ),
) as { definitions: Record<string, { properties: Record<string, unknown> }> };

function fileFieldsOf(form: string): string[] {
  return Object.keys(must(contract.definitions[form]).properties).filter((key) => key.startsWith('File'));
}

describe('document slots', () => {
  it('are exactly the File fields of each form in the contract', () => {
    const sent = (nature: 'regular' | 'tollFree') =>
      slotsCarried(nature)
        .map((slot) => slotFormFields[slot])
        .sort();
    expect(sent('regular')).toEqual(fileFieldsOf('NumberPortOrderFormV2').sort());
    expect(sent('tollFree')).toEqual(fileFieldsOf('NumberPortTollFreeOrderFormV2').sort());
    expect(slotsCarried('tollFree')).not.toContain('letterOfAuthorization');
    expect(slotsCarried('regular')).not.toContain('respOrgForm');
  });

  it('offered: the form’s own, all while mixed, and any slot that already holds files', () => {
    expect(slotsOffered('tollFree')).toEqual(['lastInvoice', 'blifSpreadsheet', 'respOrgForm']);
    expect(slotsOffered('regular')).toEqual(['letterOfAuthorization', 'lastInvoice', 'blifSpreadsheet']);
    expect(slotsOffered('mixed')).toHaveLength(4);
    expect(slotsOffered('tollFree', { letterOfAuthorization: [{}] })).toContain('letterOfAuthorization');
  });

  it('a split copies to each half the documents that still apply to it', () => {
    const draft = readyDraftFor('dids');
    const blif = attachment('411.xlsx', 'application/vnd.ms-excel', 'blif');
    const respOrg = attachment('resporg.pdf', 'application/pdf', 'form');
    draft.data.attachments = {
      ...draft.data.attachments,
      blifSpreadsheet: [blif.ref],
      respOrgForm: [respOrg.ref],
    };
    must(must(draft.data.numbers).toPort).push('1 888 555 0123');
    const halves = must(splitByNature(draft.data));
    expect(Object.keys(halves.regular.attachments ?? {}).sort()).toEqual([
      'blifSpreadsheet',
      'lastInvoice',
      'letterOfAuthorization',
    ]);
    expect(Object.keys(halves.tollFree.attachments ?? {}).sort()).toEqual([
      'blifSpreadsheet',
      'lastInvoice',
      'respOrgForm',
    ]);
    expect(halves.tollFree.attachments?.lastInvoice).toEqual(draft.data.attachments.lastInvoice);
  });
});
