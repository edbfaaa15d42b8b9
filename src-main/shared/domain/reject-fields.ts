// Where a carrier rejection points in the draft. A rejected port's RejectDetail names the field at
// fault by its LSR (Local Service Request) abbreviation, 'FLD ABBR'; the table in lsr-fields.ts maps the
// ones a dealer can correct to the Portage field that holds them, so "edit a copy" opens on the right field.
import type { RejectDetail } from './contract';
import { lsrField } from './lsr-fields';

/** The first reject row that names a field Portage knows: where "edit a copy" opens. */
export function focusPathForRejects(details: readonly RejectDetail[]): string | null {
  for (const detail of details) {
    const path = portageFieldForReject(detail);
    if (path !== null) return path;
  }
  return null;
}

/** The draft field a rejection points to, or null when it is not one the dealer typed. */
export function portageFieldForReject(detail: RejectDetail): string | null {
  const field = lsrField(detail['FLD ABBR'])?.path;
  if (field) return field;
  // With no usable field abbreviation, a rejection that names a ported or disconnected number
  // still points at that list.
  if (detail['PORTED #']?.trim()) return 'numbers.toPort';
  if (detail['DISC #']?.trim()) return 'numbers.toDisconnect';
  return null;
}
