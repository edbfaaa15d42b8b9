// Rules on the lists of numbers: numbers to port, to remain, to disconnect, and the pilot change.
import { normalizeNumber, npanxxOf, numberProblem, formatNumber } from '../numbers';
import { isBlank } from '../draft-values';
import type { RuleContext } from './rule-context';

function checkList(context: RuleContext, values: readonly string[] | undefined, path: string): string[] {
  const { issues } = context;
  const normalized: string[] = [];
  (values ?? []).forEach((value, index) => {
    if (isBlank(value)) return;
    const problem = numberProblem(value);
    if (problem) {
      issues.error(`${path}.${index}`, problem.key, problem.params);
      return;
    }
    const number = normalizeNumber(value) as string;
    if (normalized.includes(number)) {
      issues.warning(`${path}.${index}`, 'validation.numbers.duplicate', {
        number: formatNumber(number, 'en-CA'),
      });
    }
    normalized.push(number);
  });
  return normalized;
}

export function checkNumbers(context: RuleContext): void {
  const { issues, data, nature } = context;
  const numbers = data.numbers ?? {};
  const toPort = checkList(context, numbers.toPort, 'numbers.toPort');
  if ((numbers.toPort ?? []).every(isBlank)) issues.error('numbers.toPort', 'validation.numbers.noneToPort');

  if (context.npanxx && context.npanxx.length > 0 && nature === 'regular') {
    const portable = new Set(context.npanxx);
    (numbers.toPort ?? []).forEach((value, index) => {
      const number = normalizeNumber(value);
      if (number !== null && !portable.has(npanxxOf(number))) {
        issues.warning(`numbers.toPort.${index}`, 'validation.numbers.npanxxNotPortable', {
          npanxx: `${number.slice(0, 3)}-${number.slice(3, 6)}`,
        });
      }
    });
  }

  const tollFree = nature === 'tollFree';
  for (const [list, path] of [
    [numbers.toRemain, 'numbers.toRemain'],
    [numbers.toDisconnect, 'numbers.toDisconnect'],
  ] as const) {
    if (tollFree) {
      if ((list ?? []).some((value) => !isBlank(value))) issues.warning(path, 'validation.notSent.tollFree');
      continue;
    }
    checkList(context, list, path);
    (list ?? []).forEach((value, index) => {
      const number = normalizeNumber(value);
      if (number !== null && toPort.includes(number)) {
        issues.warning(`${path}.${index}`, 'validation.numbers.alsoToPort', {
          number: formatNumber(number, 'en-CA'),
        });
      }
    });
  }

  if (tollFree) {
    if (numbers.changePilotNumber === true)
      issues.warning('numbers.changePilotNumber', 'validation.notSent.tollFree');
    if (!isBlank(numbers.newPilotNumber))
      issues.warning('numbers.newPilotNumber', 'validation.notSent.tollFree');
    return;
  }
  const newPilot = numbers.newPilotNumber;
  if (numbers.changePilotNumber !== true) {
    if (!isBlank(newPilot)) issues.error('numbers.newPilotNumber', 'validation.pilot.newWithoutChange');
    return;
  }
  if (newPilot === undefined || isBlank(newPilot)) {
    issues.error('numbers.newPilotNumber', 'validation.pilot.newRequired');
    return;
  }
  const problem = numberProblem(newPilot);
  if (problem) {
    issues.error('numbers.newPilotNumber', problem.key, problem.params);
    return;
  }
  const remaining = (numbers.toRemain ?? []).map((value) => normalizeNumber(value));
  if (!remaining.includes(normalizeNumber(newPilot))) {
    issues.error('numbers.newPilotNumber', 'validation.pilot.newNotRemaining');
  }
}
