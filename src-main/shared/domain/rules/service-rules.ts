// Rules on the part of the request that belongs to the kind of service: the target and its rows.
import { kindForOfferingType } from '../catalogue';
import { hasContent, int32Max, integerValue, isBlank } from '../draft-values';
import { formatNumber, normalizeNumber, numberProblem } from '../numbers';
import { checkEmail } from './port-form-rules';
import type { RuleContext } from './rule-context';

function required(context: RuleContext, value: string | undefined, path: string): void {
  if (isBlank(value)) context.issues.error(path, 'validation.required');
}

/** A telephone number field: required or optional, reported on its own path. */
function telephone(
  context: RuleContext,
  value: string | undefined,
  path: string,
  isRequired: boolean,
): string | null {
  if (isBlank(value)) {
    if (isRequired) context.issues.error(path, 'validation.required');
    return null;
  }
  const problem = numberProblem(value ?? '');
  if (problem) {
    context.issues.error(path, problem.key, problem.params);
    return null;
  }
  return normalizeNumber(value ?? '');
}

/** An integer field (account, extension, delay): digits only, within the carrier's range. */
function integer(
  context: RuleContext,
  value: string | undefined,
  path: string,
  options: { required: boolean; max?: number },
): void {
  if (isBlank(value)) {
    if (options.required) context.issues.error(path, 'validation.required');
    return;
  }
  const parsed = integerValue(value);
  if (parsed === undefined) {
    const digitsOnly = /^\d+$/.test(value?.trim() ?? '');
    context.issues.error(path, digitsOnly ? 'validation.outOfRange' : 'validation.digitsOnly');
  } else if (options.max !== undefined && parsed > options.max) {
    context.issues.error(path, 'validation.outOfRange');
  }
}

function checkOffering(context: RuleContext): void {
  const target = context.data.target ?? {};
  required(context, target.offeringId, 'target.offeringId');
  const type = target.offeringType ?? null;
  if (type !== null && kindForOfferingType(type) !== context.kind) {
    context.issues.error('target.offeringId', 'validation.target.offeringKindMismatch', {
      offeringKind: kindForOfferingType(type),
      kind: context.kind,
    });
  }
}

/**
 * Each row's number should be one being ported (warning), and each number being ported should have
 * its row (warning): a line or forward for a number not in the port would have nothing to carry it.
 */
function crossCheckRows(context: RuleContext, rowNumbers: { number: string | null; path: string }[]): void {
  const ported = (context.data.numbers?.toPort ?? []).map((value) => normalizeNumber(value));
  for (const { number, path } of rowNumbers) {
    if (number !== null && !ported.includes(number)) {
      context.issues.warning(path, 'validation.service.numberNotPorted', {
        number: formatNumber(number, 'en-CA'),
      });
    }
  }
  const covered = new Set(rowNumbers.map((row) => row.number));
  ported.forEach((number, index) => {
    if (number !== null && !covered.has(number)) {
      context.issues.warning(`numbers.toPort.${index}`, 'validation.numbers.noServiceRow', {
        number: formatNumber(number, 'en-CA'),
        kind: context.kind,
      });
    }
  });
}

function rows<T extends object>(
  context: RuleContext,
  list: readonly T[] | undefined,
  path: string,
  check: (row: T, rowPath: string) => string | null,
): void {
  const filled = (list ?? []).map((row, index) => ({ row, index })).filter(({ row }) => hasContent(row));
  if (filled.length === 0) {
    context.issues.error(path, 'validation.service.noRows');
    return;
  }
  const numbers = filled.map(({ row, index }) => ({
    number: check(row, `${path}.${index}`),
    path: `${path}.${index}.number`,
  }));
  crossCheckRows(context, numbers);
}

export function checkService(context: RuleContext): void {
  const target = context.data.target ?? {};
  const service = context.data.service ?? {};
  const { kind } = context;
  switch (kind) {
    case 'sipTrunkDids': {
      telephone(context, target.pilotNumber, 'target.pilotNumber', true);
      const dids = (service.dids ?? []).filter((row) => hasContent(row));
      // No DID rows means every number to port becomes a DID (see assemble-body.ts).
      if (dids.length > 0) {
        rows(context, service.dids, 'service.dids', (did, path) => {
          telephone(context, did.surecall, `${path}.surecall`, false);
          telephone(context, did.translatedNumber, `${path}.translatedNumber`, false);
          return telephone(context, did.number, `${path}.number`, true);
        });
      }
      break;
    }
    case 'generalProduct':
      checkOffering(context);
      break;
    case 'generalChildProduct':
      checkOffering(context);
      required(context, target.parentSubscriptionId, 'target.parentSubscriptionId');
      break;
    case 'residentialLine':
    case 'businessLine':
      rows(context, service.lines, 'service.lines', (line, path) => {
        integer(context, line.account, `${path}.account`, { required: true });
        required(context, line.planId, `${path}.planId`);
        if (line.locale == null) context.issues.error(`${path}.locale`, 'validation.required');
        telephone(context, line.callerId, `${path}.callerId`, false);
        telephone(context, line.callForwardingNumber, `${path}.callForwardingNumber`, false);
        integer(context, line.callForwardingDelay, `${path}.callForwardingDelay`, {
          required: false,
          max: int32Max,
        });
        checkEmail(context, line.email, `${path}.email`);
        if (kind === 'businessLine') {
          required(context, line.businessGroupId, `${path}.businessGroupId`);
          integer(context, line.extension, `${path}.extension`, { required: false, max: int32Max });
        }
        return telephone(context, line.number, `${path}.number`, true);
      });
      break;
    case 'permanentCallForward':
      rows(context, service.forwards, 'service.forwards', (forward, path) => {
        integer(context, forward.account, `${path}.account`, { required: true });
        required(context, forward.planId, `${path}.planId`);
        telephone(context, forward.callForwardingNumber, `${path}.callForwardingNumber`, true);
        return telephone(context, forward.number, `${path}.number`, true);
      });
      break;
    case 'businessPermanentCallForward':
      checkOffering(context);
      required(context, target.businessGroupSubscriptionId, 'target.businessGroupSubscriptionId');
      rows(context, service.forwardingInstructions, 'service.forwardingInstructions', (row, path) => {
        telephone(context, row.forwardTo, `${path}.forwardTo`, true);
        return telephone(context, row.number, `${path}.number`, true);
      });
      break;
    case 'virtualFax': {
      checkOffering(context);
      required(context, service.faxEmail, 'service.faxEmail');
      checkEmail(context, service.faxEmail, 'service.faxEmail');
      break;
    }
  }
}
