// A stored "last error" reads in the dealer's words; the carrier's own (exception ID and message, HTTP
// status) stay with it for "Technical details" only. An older row's plain text still shows as it is.
import { describe, expect, it } from 'vitest';
import { encodeError, errorDetails, errorFromCarrier } from '../../../src-main/outbox/outbox-error-text';
import { errorText } from '../../../src-main/outbox/outbox-snapshot';

const refused = encodeError(
  errorFromCarrier({
    kind: 'exception',
    status: 400,
    retryable: false,
    outcomeUnknown: false,
    messageKey: 'carrier.exception',
    exception: { ID: 'InvalidRequest', Message: 'PortForm.CustomerName: required' },
  }),
);
const serverError = encodeError(
  errorFromCarrier({
    kind: 'server',
    status: 503,
    retryable: true,
    outcomeUnknown: false,
    messageKey: 'carrier.serverError',
  }),
);

describe('outbox error text', () => {
  it('keeps the carrier’s words and statuses out of the dealer’s text', () => {
    expect(errorText(refused, 'fr-CA')).toBe('Le fournisseur a refusé la demande.');
    expect(errorText(serverError, 'en-CA')).toBe(
      'The carrier’s server had a problem. Portage will try again.',
    );
    for (const stored of [refused, serverError]) {
      for (const locale of ['en-CA', 'fr-CA'] as const) {
        expect(errorText(stored, locale)).not.toMatch(/InvalidRequest|PortForm|503|HTTP/);
      }
    }
  });

  it('gives the carrier’s words for the technical details', () => {
    expect(errorDetails(refused)).toBe('InvalidRequest: PortForm.CustomerName: required');
    expect(errorDetails(serverError)).toBe('HTTP 503');
    expect(errorDetails(encodeError({ key: 'carrier.unreachable' }))).toBeNull();
    expect(errorDetails(null)).toBeNull();
  });

  it('shows an older row’s plain text as it is', () => {
    expect(errorText('Connection refused', 'fr-CA')).toBe('Connection refused');
    expect(errorDetails('Connection refused')).toBeNull();
  });
});
