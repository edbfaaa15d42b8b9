// The carrier client: one method per carrier operation Portage uses. Node's fetch, HTTP Basic, JSON,
// a time limit on every request, every answer parsed with z. It never throws: each call resolves to a
// CarrierOutcome (see carrier-error.ts for what `retryable` and `outcomeUnknown` promise).
import { z } from 'zod';
import { catalogue } from '../shared/domain/catalogue';
import { basicAuthorization, redactSecrets } from './redact';
import type { CarrierError, CarrierOutcome } from './carrier-error';
import { classifyStatus, classifyThrown, describeUnreadableBody, type RequestNature } from './classify';
import { systemClock, type Clock } from './clock';
import {
  responseSchemas,
  type CustomerInfo,
  type Holiday,
  type NumberPortProvider,
  type NumberResponse,
  type Offering,
  type PortInStatus,
  type TerseNumber,
  type TicketResponse,
} from './responses';

/**
 * A request body already written as JSON: sent as these exact characters. The outbox sends a finalized
 * request this way, byte for byte as it was frozen, without parsing and re-writing megabytes of base64.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

export interface CarrierCredentials {
  baseUrl: string;
  username: string;
  password: string;
}

export interface CarrierClientOptions {
  fetchFn: typeof fetch;
  /** Read on every request, so a changed account takes effect at once. null: no account set up. */
  credentials: () => CarrierCredentials | null;
  /** Per request, covering connect, send and reading the whole body. Default 20 s. */
  timeoutMs?: number;
  clock?: Clock;
}

export interface CarrierClient {
  listSipTrunks(): Promise<CarrierOutcome<TerseNumber[]>>;
  listOfferings(): Promise<CarrierOutcome<Offering[]>>;
  listProviders(): Promise<CarrierOutcome<NumberPortProvider[]>>;
  listHolidays(): Promise<CarrierOutcome<Holiday[]>>;
  listNpanxx(): Promise<CarrierOutcome<number[]>>;
  /** Whether the carrier can port this number in (Reply 1 Accepted = portable). A read: never outcomeUnknown. */
  checkNpanxx(number: string): Promise<CarrierOutcome<NumberResponse>>;
  /** A port submission to one of the 10 catalogue paths (e.g. '/v2/NumberPorts/Inbound/DIDs'). */
  submitPort(path: string, body: unknown | JsonText): Promise<CarrierOutcome<TicketResponse>>;
  portInStatusByTicket(ticket: string): Promise<CarrierOutcome<PortInStatus>>;
  portInStatusByNumber(tn: string | number): Promise<CarrierOutcome<PortInStatus>>;
  /** The dealer's port orders (dashboard). */
  portOrders(): Promise<CarrierOutcome<CustomerInfo>>;
  /** The dealer's port orders that include this number (dashboard, by TN). */
  portOrdersByNumber(tn: string | number): Promise<CarrierOutcome<CustomerInfo>>;
}

export const defaultTimeoutMs = 20_000;

const portPaths = new Set(catalogue.map((entry) => entry.path));

const read: RequestNature = { hasSideEffects: false };
const submission: RequestNature = { hasSideEffects: true };

function invalidRequest(detail: string): CarrierOutcome<never> {
  return {
    ok: false,
    error: {
      kind: 'invalidRequest',
      retryable: false,
      outcomeUnknown: false,
      messageKey: 'carrier.invalidRequest',
      detail,
    },
  };
}

function badBody(status: number, detail: string, nature: RequestNature): CarrierError {
  // A success status with an unreadable body: for a port POST the carrier most likely accepted the port,
  // but we do not have its ticket. That is exactly an unknown outcome.
  return {
    kind: 'badResponse',
    status,
    retryable: false,
    outcomeUnknown: nature.hasSideEffects,
    messageKey: 'carrier.badResponse',
    detail,
  };
}

function describeSchemaIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected content';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the body';
  return `unexpected content at ${where}: ${issue.code}`;
}

export function createCarrierClient(options: CarrierClientOptions): CarrierClient {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const clock = options.clock ?? systemClock;

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
    nature: RequestNature,
  ): Promise<CarrierOutcome<T>> {
    const credentials = options.credentials();
    if (!credentials) {
      return {
        ok: false,
        error: {
          kind: 'noAccount',
          retryable: false,
          outcomeUnknown: false,
          messageKey: 'carrier.noAccount',
        },
      };
    }
    let url: string;
    try {
      url = new URL(credentials.baseUrl.replace(/\/+$/, '') + path).toString();
    } catch {
      return invalidRequest('the account address is not a valid URL');
    }
    let payload: string | undefined;
    if (body instanceof JsonText) payload = body.text;
    else if (body !== undefined) {
      try {
        payload = JSON.stringify(body);
      } catch {
        return invalidRequest('the request body cannot be written as JSON');
      }
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const secrets: Secrets = { passwords: [credentials.password], username: credentials.username };
    try {
      let response: Response;
      let text: string;
      try {
        response = await options.fetchFn(url, {
          method,
          headers: {
            Authorization: basicAuthorization(credentials.username, credentials.password),
            Accept: 'application/json',
            ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: payload,
          signal: controller.signal,
          // The carrier does not redirect; following one could carry the credentials somewhere else.
          redirect: 'manual',
        });
        text = await response.text();
      } catch (error) {
        const classified = classifyThrown(error, timedOut, nature);
        return { ok: false, error: scrub(classified, secrets) };
      }

      if (response.status < 200 || response.status >= 300) {
        const error = classifyStatus(
          response.status,
          text,
          response.headers.get('retry-after'),
          clock.now(),
          nature,
        );
        return { ok: false, error: scrub(error, secrets) };
      }
      let json: unknown;
      try {
        if (text.trim().length === 0) throw new Error('empty');
        json = JSON.parse(text);
      } catch {
        return { ok: false, error: badBody(response.status, describeUnreadableBody(text), nature) };
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        return { ok: false, error: badBody(response.status, describeSchemaIssue(parsed.error), nature) };
      }
      return { ok: true, value: parsed.data, status: response.status };
    } finally {
      clearTimeout(timer);
    }
  }

  const get = <T>(path: string, schema: z.ZodType<T>) => call('GET', path, undefined, schema, read);

  return {
    listSipTrunks: () => get('/SipTrunks', responseSchemas.sipTrunks),
    listOfferings: () => get('/Products/TelephoneOfferings', responseSchemas.offerings),
    listProviders: () => get('/NumberPorts/Providers', responseSchemas.providers),
    listHolidays: () => get('/Holidays', responseSchemas.holidays),
    listNpanxx: () => get('/NumberPorts/LNP/NPANXX', responseSchemas.npanxx),
    // The contract's body for this operation is a JSON string holding the number.
    checkNpanxx: (number) =>
      call('POST', '/NumberPorts/LNP/NPANXX/Check', String(number), responseSchemas.numberResponse, read),
    submitPort: async (path, body) => {
      if (!portPaths.has(path)) return invalidRequest('not a port operation of the catalogue');
      return call('POST', path, body, responseSchemas.ticketResponse, submission);
    },
    portInStatusByTicket: (ticket) =>
      get(
        `/v2/NumberPorts/Inbound/Tickets/${encodeURIComponent(ticket)}/PortInStatus`,
        responseSchemas.portInStatus,
      ),
    portInStatusByNumber: (tn) =>
      get(
        `/v2/NumberPorts/Inbound/Numbers/${encodeURIComponent(String(tn))}/PortInStatus`,
        responseSchemas.portInStatus,
      ),
    portOrders: () => get('/v2/NumberPorts/Inbound/Dashboard/PortInInfo', responseSchemas.customerInfo),
    portOrdersByNumber: (tn) =>
      get(
        `/v2/NumberPorts/Inbound/Dashboard/PortInInfo/OrdersByNumber/${encodeURIComponent(String(tn))}`,
        responseSchemas.customerInfo,
      ),
  };
}

interface Secrets {
  passwords: string[];
  username: string;
}

/**
 * Defence in depth: no text in an error may carry the password (in any encoding: redact.ts) or an
 * Authorization value. The carrier's exception text is stored with the attempt and shown under the
 * technical details, so it is scrubbed here, before anything keeps it.
 */
function scrub(error: CarrierError, { passwords, username }: Secrets): CarrierError {
  const redact = (text: string) => redactSecrets(text, passwords, { username });
  const clean = { ...error };
  if (clean.detail !== undefined) clean.detail = redact(clean.detail);
  if (clean.exception) {
    clean.exception = { ID: redact(clean.exception.ID), Message: redact(clean.exception.Message) };
  }
  if (clean.messageParams) {
    clean.messageParams = Object.fromEntries(
      Object.entries(clean.messageParams).map(([key, value]) => [
        key,
        typeof value === 'string' ? redact(value) : value,
      ]),
    );
  }
  return clean;
}
