// Two levels of validation.
// - Shape (validateDraftShape): is this a draft at all? Checked with the caps stored data may hold, so a
//   draft saved before a cap was tightened is still a draft; never blocks typing. (The input caps are
//   enforced where input arrives: draftDataSchema in the store and the editor's maxlength.)
// - Ready (validateReady): can it be sent? The carrier's contract (the built body must pass the
//   contract schema) plus the rules the carrier's reference states, as errors; rules Portage infers
//   (weekends, portable exchanges, numbers without a row...) are warnings and never block. A value over
//   its length cap is an error: shorten it before sending.
import { catalogueEntryFor, type CatalogueEntry, type DraftKind, type NumberNature } from './catalogue';
import { assembleBody } from './assemble-body';
import { bodySchemaFor } from './contract';
import { customerReferenceFor } from './customer-reference';
import { storedDraftDataSchema, type DraftData } from './draft';
import { IssueCollector, issuesFromZod, pathOf, type Issue } from './issue';
import { numberNature } from './numbers';
import { checkNumbers } from './rules/number-rules';
import {
  checkAttachments,
  checkContacts,
  checkCustomerAndAddress,
  checkLosingCarrier,
  checkOptionsAndDetails,
} from './rules/port-form-rules';
import { checkLengths } from './rules/length-rules';
import { checkSchedule } from './rules/schedule-rules';
import type { ReferenceContext, RuleContext } from './rules/rule-context';
import { checkService } from './rules/service-rules';

export type { Issue } from './issue';
export type { ReferenceContext } from './rules/rule-context';

export type ShapeResult = { ok: true; data: DraftData } | { ok: false; issues: Issue[] };

/** Shape only: every field has the right JSON type and no unknown field is present. A value over its
 *  input cap is not a shape problem here: the ready rules report it (validation.tooLong). */
export function validateDraftShape(input: unknown): ShapeResult {
  const parsed = storedDraftDataSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, issues: issuesFromZod(parsed.error, Number.POSITIVE_INFINITY) };
}

export interface ReadyResult {
  errors: Issue[];
  warnings: Issue[];
  /** The operation the draft goes to; null while its numbers do not determine one (mixed, or toll-free
   *  numbers for a service with no toll-free operation). */
  entry: CatalogueEntry | null;
}

export interface ReadyContext extends ReferenceContext {
  today: string;
}

/** The operation for a draft's numbers, or the reason there is none, as an issue on the numbers. */
function entryFor(
  kind: DraftKind,
  data: DraftData,
  issues: IssueCollector,
): { entry: CatalogueEntry | null; nature: NumberNature } {
  const nature = numberNature(data.numbers?.toPort ?? []);
  if (nature === 'mixed') {
    issues.error('numbers.toPort', 'validation.numbers.mixed');
    return { entry: null, nature: 'regular' };
  }
  const lookup = catalogueEntryFor(kind, nature === 'tollFree' ? 'tollFree' : 'regular');
  if (!lookup.ok) {
    issues.error('numbers.toPort', 'validation.numbers.tollFreeNotOffered', { kind });
    return { entry: null, nature: 'tollFree' };
  }
  return { entry: lookup.entry, nature: lookup.entry.nature };
}

/** Checks the built body against the carrier's contract; failures not already explained by a rule
 *  are reported on the draft field they came from. */
function checkContract(entry: CatalogueEntry, data: DraftData, issues: IssueCollector): void {
  const assembled = assembleBody(entry, data, { customerReference: customerReferenceFor('validation') });
  const parsed = bodySchemaFor(entry.body).safeParse(assembled.body);
  if (parsed.success) return;
  for (const problem of parsed.error.issues) {
    const path = assembled.draftPathFor(problem.path);
    if (
      issues.hasErrorAt(path) ||
      (path !== '' && issues.errors.some((issue) => path.startsWith(`${issue.path}.`)))
    ) {
      continue;
    }
    const missing = problem.code === 'invalid_type' && problem.input === undefined;
    if (missing) issues.error(path, 'validation.required');
    else issues.error(path, 'validation.contract', { detail: `${pathOf(problem.path)}: ${problem.message}` });
  }
}

/** All readiness rules. `today` is optional here so the builder can re-check a draft without a clock. */
export function readinessIssues(kind: DraftKind, data: DraftData, context: ReferenceContext): ReadyResult {
  const issues = new IssueCollector();
  const { entry, nature } = entryFor(kind, data, issues);
  const ruleContext: RuleContext = { ...context, kind, data, nature, entry, issues };
  checkNumbers(ruleContext);
  checkCustomerAndAddress(ruleContext);
  checkLosingCarrier(ruleContext);
  checkSchedule(ruleContext);
  checkContacts(ruleContext);
  checkOptionsAndDetails(ruleContext);
  checkAttachments(ruleContext);
  checkService(ruleContext);
  checkLengths(ruleContext);
  if (entry) checkContract(entry, data, issues);
  return { errors: issues.errors, warnings: issues.warnings, entry };
}

/** Whether a draft can be sent, and what the dealer should look at even if it can. */
export function validateReady(kind: DraftKind, data: DraftData, context: ReadyContext): ReadyResult {
  return readinessIssues(kind, data, context);
}
