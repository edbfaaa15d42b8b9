import { describe, expect, test } from 'vitest';
import { classifyStatus, classifyThrown, parseRetryAfter } from '../../../src-main/carrier/classify';
import { redactSecrets } from '../../../src-main/carrier/redact';

const post = { hasSideEffects: true };
const get = { hasSideEffects: false };

/** The shape undici gives: TypeError('fetch failed') with the system error as its cause. */
function fetchFailed(cause: object): TypeError {
  return new TypeError('fetch failed', { cause });
}
function systemError(code: string): Error {
  return Object.assign(new Error(`${code} something`), { code });
}

describe('what fetch threw', () => {
  test.each([
    ['ECONNREFUSED', 'connectionFailed'],
    ['ENOTFOUND', 'connectionFailed'],
    ['EAI_AGAIN', 'connectionFailed'],
    ['UND_ERR_CONNECT_TIMEOUT', 'connectionFailed'],
    ['ENETUNREACH', 'connectionFailed'],
    ['ECONNRESET', 'connectionDropped'],
    ['EPIPE', 'connectionDropped'],
    ['UND_ERR_SOCKET', 'connectionDropped'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'certificate'],
    ['CERT_HAS_EXPIRED', 'certificate'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'certificate'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'certificate'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'certificate'],
  ])('%s → %s', (code, kind) => {
    expect(classifyThrown(fetchFailed(systemError(code)), false, get).kind).toBe(kind);
  });

  test('a connection refused on every address (AggregateError) is connectionFailed', () => {
    const aggregate = new AggregateError(
      [systemError('ECONNREFUSED'), systemError('ECONNREFUSED')],
      'all failed',
    );
    expect(classifyThrown(fetchFailed(aggregate), false, post)).toMatchObject({
      kind: 'connectionFailed',
      outcomeUnknown: false,
    });
  });

  test('our own timer firing is a timeout whatever was thrown; unknown only for a port POST', () => {
    expect(classifyThrown(new DOMException('aborted', 'AbortError'), true, post)).toMatchObject({
      kind: 'timeout',
      outcomeUnknown: true,
      retryable: true,
    });
    expect(classifyThrown(new Error('whatever'), true, get)).toMatchObject({
      kind: 'timeout',
      outcomeUnknown: false,
    });
  });

  test('something unrecognised on an open connection counts as dropped (the safe assumption for a POST)', () => {
    expect(classifyThrown(new TypeError('terminated'), false, post)).toMatchObject({
      kind: 'connectionDropped',
      outcomeUnknown: true,
    });
  });

  test('a refused connection or a TLS failure is never unknown, even for a port POST', () => {
    expect(classifyThrown(fetchFailed(systemError('ECONNREFUSED')), false, post).outcomeUnknown).toBe(false);
    expect(classifyThrown(fetchFailed(systemError('CERT_HAS_EXPIRED')), false, post).outcomeUnknown).toBe(
      false,
    );
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-03-02T15:00:00Z');
  test.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Mon, 02 Mar 2026 15:01:00 GMT', 60_000],
    ['Mon, 02 Mar 2026 14:00:00 GMT', 0],
  ])('%s → %d ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });
  test.each([[null], ['soon'], ['-5'], ['1.5']])('%s → undefined', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});

describe('status answers', () => {
  test.each([
    [500, false],
    [501, false],
    [503, false],
    [502, true],
    [504, true],
  ])('%d after a port POST: outcomeUnknown %s', (status, unknown) => {
    expect(classifyStatus(status, '', null, 0, post)).toMatchObject({
      kind: 'server',
      retryable: true,
      outcomeUnknown: unknown,
    });
    expect(classifyStatus(status, '', null, 0, get).outcomeUnknown).toBe(false);
  });

  test('a 303 after a port POST may mean it was done: unknown; a 307 means it was not', () => {
    expect(classifyStatus(303, '', null, 0, post)).toMatchObject({
      kind: 'badResponse',
      outcomeUnknown: true,
    });
    expect(classifyStatus(307, '', null, 0, post)).toMatchObject({
      kind: 'badResponse',
      outcomeUnknown: false,
    });
  });

  test('other 4xx with an Exception body keep it; without one they are badResponse', () => {
    expect(classifyStatus(409, '{"ID":"Dup","Message":"Already submitted"}', null, 0, post)).toMatchObject({
      kind: 'exception',
      exception: { ID: 'Dup', Message: 'Already submitted' },
    });
    expect(classifyStatus(409, 'nope', null, 0, post)).toMatchObject({
      kind: 'badResponse',
      detail: 'status 409 with not JSON',
    });
  });
});

describe('redaction', () => {
  test('removes Authorization values and every form of a secret', () => {
    const secret = 'p@ss word';
    const text = `Authorization: Basic ${Buffer.from(`u:${secret}`).toString('base64')} and ${secret} and ${encodeURIComponent(secret)} and ${Buffer.from(secret).toString('base64')}`;
    const clean = redactSecrets(text, [secret]);
    expect(clean).not.toContain(secret);
    expect(clean).not.toContain(encodeURIComponent(secret));
    expect(clean).not.toContain(Buffer.from(secret).toString('base64'));
    expect(clean).toContain('Authorization: Basic [redacted]');
  });
});
