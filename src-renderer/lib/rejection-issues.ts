// The carrier's reasons for rejecting the request an "edit a copy" draft was made from, as notes on the
// fields at fault: each field the rejection names shows, under it, what the carrier objected to, in the
// dealer's language (what to do is in the notice above the form, where there is room for it). Notes, not
// errors: Portage cannot tell whether the dealer fixed it.
import type { CopiedRejection, Locale } from './api-types';
import type { ShownIssue } from './readiness';
import { explainReject } from '../../src-main/shared/domain/reject-explanation';
import { translateIn } from '../i18n/i18n.svelte';

/** The key the notes carry, so they can be told from the readiness rules' issues. */
export const rejectionIssueKey = 'carrier.rejectedHere';

export function rejectionIssues(rejection: CopiedRejection | null, locale: Locale): ShownIssue[] {
  if (!rejection) return [];
  return explainReject(rejection.reject, locale).flatMap((row) => {
    if (row.path === null) return [];
    const reason = row.explained
      ? row.reason
      : translateIn(locale, 'reject.carrierWords', { text: row.reason });
    return [
      {
        path: row.path,
        key: rejectionIssueKey,
        severity: 'warning' as const,
        message: translateIn(locale, 'editor.rejectedHere', { reason }),
      },
    ];
  });
}
