import { describe, expect, it } from 'vitest';
import type { CarrierError, CarrierErrorKind } from '../../../src-main/carrier/carrier-error';
import { classifySubmission } from '../../../src-main/outbox/submission-outcome';

const ticket = (Reply: 0 | 1 | 2 | 3 | 4, TicketMask = 'T-1', Message?: string) =>
  ({
    ok: true,
    status: 200,
    value: { Reply, TicketMask, ...(Message === undefined ? {} : { Message }) },
  }) as const;

function failure(kind: CarrierErrorKind, extra: Partial<CarrierError> = {}) {
  return {
    ok: false,
    error: {
      kind,
      retryable: false,
      outcomeUnknown: false,
      messageKey: `carrier.${kind}`,
      ...extra,
    } as CarrierError,
  } as const;
}

describe('classifySubmission', () => {
  it('Accepted, Deferred and Conditional mean submitted with the ticket and message kept', () => {
    for (const reply of [1, 2, 3] as const) {
      expect(classifySubmission(ticket(reply, 'ABC', 'ok'))).toEqual({
        kind: 'submitted',
        ticket: 'ABC',
        reply,
        message: 'ok',
      });
    }
  });

  it('Rejected and Error need the dealer, with the message', () => {
    for (const reply of [0, 4] as const) {
      expect(classifySubmission(ticket(reply, '', 'bad postal code'))).toEqual({
        kind: 'refused',
        ticket: null,
        reply,
        message: 'bad postal code',
      });
    }
  });

  it('a 400 Exception keeps the carrier message', () => {
    const verdict = classifySubmission(
      failure('exception', {
        status: 400,
        exception: { ID: 'E1', Message: 'CustomerPostalCode is invalid' },
      }),
    );
    expect(verdict).toEqual({
      kind: 'exception',
      status: 400,
      message: 'CustomerPostalCode is invalid',
      exceptionId: 'E1',
    });
  });

  it('401, 403 and a missing account pause the queue', () => {
    for (const kind of ['unauthorized', 'forbidden', 'noAccount'] as const) {
      expect(classifySubmission(failure(kind)).kind).toBe('unauthorized');
    }
  });

  it('never treats a possibly-recorded request as safe to resend', () => {
    for (const kind of ['server', 'timeout', 'connectionDropped', 'badResponse'] as const) {
      expect(classifySubmission(failure(kind, { retryable: true })).kind).toBe('unknown');
    }
    expect(classifySubmission(failure('rateLimited', { outcomeUnknown: true })).kind).toBe('unknown');
  });

  it('429 carries the Retry-After; an unreachable carrier means offline', () => {
    expect(
      classifySubmission(failure('rateLimited', { retryable: true, retryAfterMs: 3_000 })),
    ).toMatchObject({
      kind: 'retry',
      retryAfterMs: 3_000,
    });
    expect(classifySubmission(failure('connectionFailed', { retryable: true })).kind).toBe('offline');
  });
});
