// The reference lists the carrier publishes (SIP trunks, offerings, providers, holidays, NPA-NXX) and
// the NPA-NXX check, answered from the fixed practice data (reference-data.ts).
import type { ServerResponse } from 'node:http';
import { exception } from './exception';
import { send } from './http';
import { digitsOfNumber } from './port-checks';
import {
  practiceHolidays,
  practiceNpanxx,
  practiceOfferings,
  practiceProviders,
  practiceSipTrunks,
} from './reference-data';

const lists = new Map<string, unknown>([
  ['/SipTrunks', practiceSipTrunks],
  ['/Products/TelephoneOfferings', practiceOfferings],
  ['/NumberPorts/Providers', practiceProviders],
  ['/Holidays', practiceHolidays],
  ['/NumberPorts/LNP/NPANXX', practiceNpanxx],
]);

export const npanxxCheckPath = '/NumberPorts/LNP/NPANXX/Check';

/** Answers a GET of a reference list; false when `path` is not one. */
export function getReferenceList(response: ServerResponse, path: string): boolean {
  if (!lists.has(path)) return false;
  send(response, 200, lists.get(path));
  return true;
}

/** Answers the NPA-NXX check (POST `npanxxCheckPath`, body: the number as a JSON string). */
export function checkNpanxx(response: ServerResponse, json: unknown): void {
  if (typeof json !== 'string') return exception(response, 400, 'InvalidRequest', 'body: expected a string');
  const tn = digitsOfNumber(json);
  if (tn === null) return exception(response, 400, 'InvalidValue', 'Number: not a 10-digit number');
  const portable = practiceNpanxx.includes(Math.floor(tn / 10_000));
  return send(response, 200, {
    Number: tn,
    Reply: portable ? 1 : 0,
    Message: portable ? 'Portable' : 'This NPA-NXX cannot be ported in',
  });
}
