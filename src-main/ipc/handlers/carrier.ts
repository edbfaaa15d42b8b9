// Channels that talk to the carrier or about the account. The password goes in through account.set (or
// account.test, to try it before saving) and never comes back out: every answer is the account summary
// or a test's result.
import { checkBaseUrl } from '../../secrets/account';
import { Failure } from '../../shared/domain/failure';
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

type CarrierChannels =
  | 'reference.get'
  | 'reference.refresh'
  | 'numbers.checkPortable'
  | 'account.get'
  | 'account.set'
  | 'account.test'
  | 'account.remove';

export function carrierHandlers(deps: HandlerDeps): Pick<Handlers, CarrierChannels> {
  return {
    'reference.get': () => deps.reference.get(),
    'reference.refresh': () => deps.reference.refresh(),
    'numbers.checkPortable': async ({ number }) => {
      const outcome = await deps.carrier.checkNpanxx(number);
      if (!outcome.ok) {
        if (outcome.error.kind === 'invalidRequest')
          throw new Failure(
            'invalidInput',
            {},
            { issues: [{ path: 'number', key: 'number.invalid', params: { input: number.slice(0, 40) } }] },
          );
        return { portable: null };
      }
      return { portable: outcome.value.Reply === 1 };
    },
    'account.get': () => deps.account.summary(),
    'account.set': (input) => {
      const result = deps.account.set(input);
      if (!result.ok) throw new Failure(result.reason, {}, { key: result.messageKey });
      deps.onAccountChanged?.();
      return result.summary;
    },
    'account.test': async (candidate) => {
      if (candidate) {
        // Refused as saving would refuse it (not https, not a web address), before anything is sent.
        const url = checkBaseUrl(candidate.baseUrl);
        if (!url.ok) throw new Failure(url.reason, {}, { key: `account.${url.reason}` });
      }
      const result = await deps.account.test(candidate);
      return { result: result === 'noAccount' ? 'wrongCredentials' : result };
    },
    'account.remove': () => {
      const summary = deps.account.remove();
      deps.onAccountChanged?.();
      return summary;
    },
  };
}
