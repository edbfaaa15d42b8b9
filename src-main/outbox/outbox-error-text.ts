// The outbox keeps its "last error" as a message key with parameters, so the dealer reads it in their
// own language whenever it is shown; the carrier's own words (an Exception's ID and message, a server's
// status) travel as parameters that the message itself never shows: they are for "Technical details".
import type { CarrierError } from '../carrier/carrier-error';

export interface StoredError {
  key: string;
  params?: Record<string, string | number>;
}

export function errorFromCarrier(error: CarrierError): StoredError {
  // The carrier's own words only where they are the point (a refused request); a 401's "Invalid
  // credentials" says less to the dealer than Portage's own message for it.
  if (error.kind === 'exception' && error.exception) {
    return { key: 'carrier.exception', params: { message: error.exception.Message, id: error.exception.ID } };
  }
  if (error.kind === 'server') return { key: 'carrier.serverError', params: { status: error.status ?? 500 } };
  return { key: error.messageKey };
}

export function encodeError(error: StoredError): string {
  return JSON.stringify(error);
}

export function decodeError(stored: string | null): StoredError | null {
  if (stored === null) return null;
  try {
    const parsed = JSON.parse(stored) as unknown;
    if (parsed && typeof parsed === 'object' && typeof (parsed as StoredError).key === 'string') {
      return parsed as StoredError;
    }
  } catch {
    // Not JSON: an older or hand-written text; shown as is.
  }
  return { key: stored };
}

/** The carrier's own words kept with a stored error, for "Technical details"; null when there are none. */
export function errorDetails(stored: string | null): string | null {
  const params = decodeError(stored)?.params ?? {};
  const parts: string[] = [];
  if (params.status !== undefined) parts.push(`HTTP ${params.status}`);
  const words = [params.id, params.message].filter((part) => part !== undefined && part !== '');
  if (words.length > 0) parts.push(words.join(': '));
  return parts.length > 0 ? parts.join(' — ') : null;
}
