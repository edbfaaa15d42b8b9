// What the practice carrier checks beyond the contract's types, as the real carrier does (README:
// numbers, dates, country), and how it reads a telephone number written in a path or a body.
import { numbersOf, portFormOf } from './port-lifecycle';
import { tollFreeAreaCodes } from './reference-data';

const isTollFree = (tn: number) => tollFreeAreaCodes.includes(Math.floor(tn / 10_000_000));

/** The problems of a port body that passed the contract, on a toll-free operation or not. */
export function businessProblems(tollFreePath: boolean, body: unknown): string[] {
  const problems: string[] = [];
  const form = portFormOf(body);
  if (form.CustomerCountry !== 'CA' && form.CustomerCountry !== 'US') {
    problems.push('PortForm.CustomerCountry: must be CA or US');
  }
  const date = form.RequestedPortDate;
  if (
    date !== undefined &&
    (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
  ) {
    problems.push('PortForm.RequestedPortDate: must be YYYY-MM-DD');
  }
  const time = form.RequestedPortTime;
  if (time !== undefined && (typeof time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time))) {
    problems.push('PortForm.RequestedPortTime: must be HH:MM');
  }
  const numbers = numbersOf(body);
  if (numbers.length === 0) problems.push('PortForm.NumbersToPort: no number to port');
  for (const tn of numbers) {
    if (tn < 2_000_000_000 || tn > 9_999_999_999)
      problems.push(`${tn}: not a 10-digit North American number`);
  }
  for (const tn of numbers) {
    if (tollFreePath && !isTollFree(tn))
      problems.push(`${tn}: not a toll-free number on a toll-free request`);
    if (!tollFreePath && isTollFree(tn)) problems.push(`${tn}: a toll-free number on a regular request`);
  }
  return problems;
}

/** A 10-digit number from text with any punctuation and an optional leading 1; null otherwise. */
export function digitsOfNumber(text: string): number | null {
  let digits = text.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits.length === 10 ? Number(digits) : null;
}
