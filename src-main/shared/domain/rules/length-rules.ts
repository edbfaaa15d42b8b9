// Every value within its length cap (field-caps.ts). The editor's maxlength and the draft schema keep
// new input within the caps; a draft saved before a cap was tightened may hold a longer value, which
// the store keeps (nothing typed is lost) and this rule asks the dealer to shorten before sending.
import { listCapFor, textCapFor } from '../field-caps';
import type { IssueCollector } from '../issue';
import type { RuleContext } from './rule-context';

/** Shown, never sent: labels the carrier's lists gave the draft; their length is not the dealer's to fix. */
const notChecked = /^target\.(trunkLabel|offeringName\.)/;
/** A file's name or type is not typed: a problem with it belongs to the file (removed and attached again). */
const fileField = /^(attachments\.\w+\.\d+)\.\w+$/;

function visit(value: unknown, path: string, issues: IssueCollector): void {
  if (typeof value === 'string') {
    const cap = textCapFor(path);
    if (cap === undefined || value.length <= cap || notChecked.test(path)) return;
    const at = fileField.exec(path)?.[1] ?? path;
    if (!issues.hasErrorAt(at)) issues.error(at, 'validation.tooLong', { max: cap });
    return;
  }
  if (Array.isArray(value)) {
    const cap = listCapFor(path);
    if (cap !== undefined && value.length > cap) issues.error(path, 'validation.tooMany', { max: cap });
    value.forEach((item: unknown, index) => visit(item, `${path}.${index}`, issues));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      visit(item, path === '' ? key : `${path}.${key}`, issues);
  }
}

/** Runs last, so a value already reported for another reason is not reported twice. */
export function checkLengths(context: RuleContext): void {
  visit(context.data, '', context.issues);
}
