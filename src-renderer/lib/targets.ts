// How the renderer names a carrier target (the practice carrier, or an account by customer number and
// host) in the three forms its sentences need: as a name ("Practice carrier"), after "to" ("Send to
// account 9042") and after "for" ("finalized for the practice carrier"). French needs its own
// contractions (au, pour le), so each form is a message of its own rather than words put together.
import type { CarrierTarget } from './api-types';
import { t } from '../i18n/i18n.svelte';

export type TargetForm = 'name' | 'to' | 'for';

/** The address's host, or the address itself when it does not parse (it always does once saved). */
function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

export function describeTarget(target: CarrierTarget, form: TargetForm): string {
  if (target.kind === 'practice') return t(`target.practice.${form}`);
  return t(`target.account.${form}`, { username: target.username, host: hostOf(target.baseUrl) });
}
