// Turns what fetch threw, or what the carrier answered, into a CarrierError.
// The rule that matters most is `outcomeUnknown`: it is true only when a request with side effects
// (a port POST) may have reached the carrier and been acted on while we never got its answer.
import type { CarrierError, CarrierException } from './carrier-error';
import { responseSchemas } from './responses';

// TLS failures happen during the handshake, before any HTTP byte is sent: the request certainly did not
// reach the carrier's application.
const tlsCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_CRL',
  'HOSTNAME_MISMATCH',
  'EPROTO',
]);

// Could not open a connection at all: nothing was sent.
const connectCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'EAI_NODATA',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function isTlsCode(code: string): boolean {
  return (
    tlsCodes.has(code) ||
    code.startsWith('CERT_') ||
    code.startsWith('ERR_TLS_') ||
    code.startsWith('ERR_SSL_')
  );
}

/** Every `code` and `name` on the error, its causes and (for AggregateError) its members. */
function collectCodes(error: unknown, depth = 0, found: string[] = []): string[] {
  if (depth > 6 || typeof error !== 'object' || error === null) return found;
  const record = error as { code?: unknown; name?: unknown; cause?: unknown; errors?: unknown };
  if (typeof record.code === 'string') found.push(record.code);
  if (typeof record.name === 'string') found.push(record.name);
  collectCodes(record.cause, depth + 1, found);
  if (Array.isArray(record.errors))
    for (const member of record.errors) collectCodes(member, depth + 1, found);
  return found;
}

export interface RequestNature {
  /** A POST that changes something at the carrier (a port submission), as opposed to a read. */
  hasSideEffects: boolean;
}

/**
 * What fetch (or reading the body) threw.
 * `timedOut` is true when our own timer aborted the request; the thrown error's shape is then irrelevant.
 */
export function classifyThrown(error: unknown, timedOut: boolean, nature: RequestNature): CarrierError {
  const codes = collectCodes(error);
  if (timedOut || codes.includes('TimeoutError') || codes.includes('AbortError')) {
    // We gave up waiting. The request may have been delivered and acted on: unknown for a port POST.
    return {
      kind: 'timeout',
      retryable: true,
      outcomeUnknown: nature.hasSideEffects,
      messageKey: 'carrier.timeout',
      detail: 'no answer before the time limit',
    };
  }
  const tls = codes.find(isTlsCode);
  if (tls) {
    return {
      kind: 'certificate',
      retryable: false,
      outcomeUnknown: false,
      messageKey: 'carrier.certificate',
      detail: `TLS: ${tls}`,
    };
  }
  const connect = codes.find((code) => connectCodes.has(code));
  if (connect) {
    return {
      kind: 'connectionFailed',
      retryable: true,
      outcomeUnknown: false,
      messageKey: 'carrier.unreachable',
      detail: `could not connect: ${connect}`,
    };
  }
  // Anything else (ECONNRESET, EPIPE, UND_ERR_SOCKET "other side closed", a body cut short...) happened on
  // an open connection, so the request may have been sent in full. We cannot tell, so a port POST is unknown.
  const named = codes.find((code) => /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code));
  return {
    kind: 'connectionDropped',
    retryable: true,
    outcomeUnknown: nature.hasSideEffects,
    messageKey: 'carrier.connectionDropped',
    detail: named ? `connection closed: ${named}` : 'connection closed before the answer',
  };
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its month ("Wed, 21 Oct 2015 07:28:00 GMT"); V8's Date.parse would also read
  // "-5" or "1.5" as dates, which would turn a garbled header into a real wait.
  if (!/[A-Za-z]{3}/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

export function parseException(text: string): CarrierException | undefined {
  try {
    const parsed = responseSchemas.exception.safeParse(JSON.parse(text));
    return parsed.success ? { ID: parsed.data.ID, Message: parsed.data.Message } : undefined;
  } catch {
    return undefined;
  }
}

/** A short, secret-free description of a body that is not the JSON we expected. */
export function describeUnreadableBody(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'empty body';
  if (trimmed.startsWith('<')) return 'HTML or XML instead of JSON';
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'truncated or malformed JSON';
  return 'not JSON';
}

/**
 * The carrier answered with a status that is not a success.
 * It answered, so the outcome is known: the carrier tells us it did not (or will not) act on it...
 * except 502 and 504, which come from a gateway in front of the carrier: the gateway may have forwarded
 * the request and then lost the application's answer, so a port POST is unknown there.
 */
export function classifyStatus(
  status: number,
  text: string,
  retryAfter: string | null,
  nowMs: number,
  nature: RequestNature,
): CarrierError {
  const exception = parseException(text);
  const withException = exception ? { exception } : {};
  if (status === 401) {
    return {
      kind: 'unauthorized',
      status,
      retryable: false,
      outcomeUnknown: false,
      messageKey: 'carrier.wrongCredentials',
      ...withException,
    };
  }
  if (status === 403) {
    return {
      kind: 'forbidden',
      status,
      retryable: false,
      outcomeUnknown: false,
      messageKey: 'carrier.forbidden',
      ...withException,
    };
  }
  if (status === 404) {
    return {
      kind: 'notFound',
      status,
      retryable: false,
      outcomeUnknown: false,
      messageKey: 'carrier.notFound',
      ...withException,
    };
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(retryAfter, nowMs);
    return {
      kind: 'rateLimited',
      status,
      retryable: true,
      outcomeUnknown: false,
      messageKey: 'carrier.rateLimited',
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      ...withException,
    };
  }
  if (status >= 500) {
    const viaGateway = status === 502 || status === 504;
    return {
      kind: 'server',
      status,
      retryable: true,
      outcomeUnknown: viaGateway && nature.hasSideEffects,
      messageKey: 'carrier.serverError',
      messageParams: { status },
      ...withException,
    };
  }
  if (status >= 400 && exception) {
    return {
      kind: 'exception',
      status,
      retryable: false,
      outcomeUnknown: false,
      messageKey: 'carrier.exception',
      messageParams: { message: exception.Message },
      exception,
    };
  }
  if (status >= 300 && status < 400) {
    // The carrier's API does not redirect. 307/308 mean "send it elsewhere" (not acted on); 301/302/303 after
    // a POST can mean "done, the result is over there", so a port POST is unknown.
    return {
      kind: 'badResponse',
      status,
      retryable: false,
      outcomeUnknown: nature.hasSideEffects && status !== 307 && status !== 308,
      messageKey: 'carrier.badResponse',
      detail: `unexpected redirect (${status})`,
    };
  }
  return {
    kind: 'badResponse',
    status,
    retryable: false,
    outcomeUnknown: false,
    messageKey: 'carrier.badResponse',
    detail: `status ${status} with ${describeUnreadableBody(text)}`,
  };
}
