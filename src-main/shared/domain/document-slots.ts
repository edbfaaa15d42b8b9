// Which document slots each port form carries, read from the contract's two forms rather than written
// again: the regular form (NumberPortOrderFormV2) takes a letter of authorization, the toll-free one
// (NumberPortTollFreeOrderFormV2) a RespOrg transfer form instead; both take the latest invoice and the
// 411 listing spreadsheet. The editor offers only these slots, a split gives each half only these
// documents, and the body sends only these fields.
import { NumberPortOrderFormV2, NumberPortTollFreeOrderFormV2 } from './contract';
import { attachmentSlots, type AttachmentSlot } from './draft';

/** The port form field each slot is sent in. */
export const slotFormFields: Readonly<Record<AttachmentSlot, string>> = {
  letterOfAuthorization: 'FileLetterOfAuthorization',
  lastInvoice: 'FileLastInvoice',
  blifSpreadsheet: 'FileBlifSpreadsheet',
  respOrgForm: 'FileRespOrgForm',
};

/** The slots the form for numbers of this nature can carry, in the order the editor shows them. */
export function slotsCarried(nature: 'regular' | 'tollFree'): AttachmentSlot[] {
  const form = nature === 'tollFree' ? NumberPortTollFreeOrderFormV2 : NumberPortOrderFormV2;
  return attachmentSlots.filter((slot) => Object.hasOwn(form.shape, slotFormFields[slot]));
}

/**
 * The slots the editor offers for numbers of this nature: the form's own, every slot while the numbers
 * are mixed (the split gives each half its documents), and any slot that already holds files, so a
 * document attached before the numbers changed is shown (flagged "not sent") rather than hidden.
 */
export function slotsOffered(
  nature: 'regular' | 'tollFree' | 'mixed',
  attachments: Partial<Record<AttachmentSlot, readonly unknown[]>> = {},
): AttachmentSlot[] {
  const carried = nature === 'mixed' ? [...attachmentSlots] : slotsCarried(nature);
  return attachmentSlots.filter((slot) => carried.includes(slot) || (attachments[slot] ?? []).length > 0);
}
