// Rules on the documents Portage prepared and had signed (src-main/shared/domain/paperwork): a signed
// letter whose printed values no longer match the draft blocks sending until it is signed again (a porting
// desk refuses a letter that does not match the request); one signed more than 30 days ago is a warning.
// A document attached from elsewhere has no signature record here and is left to the dealer.
import { slotsCarried } from '../document-slots';
import { todayEastern } from '../eastern-date';
import { daysBetween, signedFiles } from '../paperwork/freshness';
import { paperKinds } from '../paperwork/printed-fields';
import type { RuleContext } from './rule-context';

/** Porting desks commonly refuse a letter of authorization older than this. */
export const paperworkMaxAgeDays = 30;

export function checkPaperwork(context: RuleContext): void {
  const signatures = context.signatures ?? [];
  if (signatures.length === 0) return;
  const carried = slotsCarried(context.nature === 'tollFree' ? 'tollFree' : 'regular');
  for (const document of paperKinds) {
    // A document in a slot this form does not carry is not sent (port-form-rules says so).
    if (!carried.includes(document)) continue;
    for (const file of signedFiles(document, context.data, signatures)) {
      const path = `attachments.${document}.${file.index}`;
      for (const field of file.changed) {
        context.issues.error(path, `validation.paperwork.changed.${field}`, { document });
      }
      const days = context.today
        ? daysBetween(todayEastern(new Date(file.record.signedAt)), context.today)
        : 0;
      if (days > paperworkMaxAgeDays) {
        context.issues.warning(path, 'validation.paperwork.old', {
          document,
          days,
          max: paperworkMaxAgeDays,
        });
      }
    }
  }
}
