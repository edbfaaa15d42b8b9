// Every client call against every kind of bad answer: each ends in its structured outcome, none throws.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CarrierError, CarrierOutcome } from '../../../src-main/carrier/carrier-error';
import { createCarrierClient, type CarrierClient } from '../../../src-main/carrier/client';
import { answer, startScriptedServer, type Script, type ScriptedServer } from './scripted-server';

const password = 'pa55-Wörd:secret';
const now = Date.parse('2026-03-02T15:00:00Z');

const calls: Record<string, (client: CarrierClient) => Promise<CarrierOutcome<unknown>>> = {
  listSipTrunks: (client) => client.listSipTrunks(),
  listOfferings: (client) => client.listOfferings(),
  listProviders: (client) => client.listProviders(),
  listHolidays: (client) => client.listHolidays(),
  listNpanxx: (client) => client.listNpanxx(),
  checkNpanxx: (client) => client.checkNpanxx('6135550123'),
  submitPort: (client) => client.submitPort('/v2/NumberPorts/Inbound/DIDs', { PilotNumber: 6135550100 }),
  portInStatusByTicket: (client) => client.portInStatusByTicket('P1234567'),
  portInStatusByNumber: (client) => client.portInStatusByNumber('6135550123'),
  portOrders: (client) => client.portOrders(),
  portOrdersByNumber: (client) => client.portOrdersByNumber(6135550123),
};
const callNames = Object.keys(calls);
const isSubmission = (name: string) => name === 'submitPort';

const listPaths = [
  '/SipTrunks',
  '/Products/TelephoneOfferings',
  '/NumberPorts/Providers',
  '/Holidays',
  '/NumberPorts/LNP/NPANXX',
];
const isList = (path: string) => listPaths.some((list) => path.endsWith(list));

/** One body for lists and one for objects, chosen by path, so every schema sees the same kind of fault. */
function byShape(status: number, listBody: string, objectBody: string): Script {
  return (request, response) =>
    answer(status, isList(request.path) ? listBody : objectBody)(request, response);
}

interface Scenario {
  name: string;
  script: Script;
  expectKind: CarrierError['kind'];
  check?: (error: CarrierError, call: string) => void;
}

const scenarios: Scenario[] = [
  {
    name: 'an HTML page with 200',
    script: answer(200, '<!DOCTYPE html><html><body>Maintenance</body></html>', {
      'Content-Type': 'text/html',
    }),
    expectKind: 'badResponse',
    check: (error) => expect(error.detail).toBe('HTML or XML instead of JSON'),
  },
  {
    name: 'truncated JSON',
    script: byShape(200, '[{"Number": 61355', '{"Reply": 1, "TicketMa'),
    expectKind: 'badResponse',
    check: (error) => expect(error.detail).toBe('truncated or malformed JSON'),
  },
  {
    name: 'wrong types',
    script: byShape(
      200,
      '[{"Number": "6135550100", "ID": "1", "Date": 20260101, "OfferingID": 7, "Name": 5, "ProductName": "x", "Type": "1"}]',
      '{"Number": "6135550123", "Reply": "1", "TicketMask": 1234567, "Status": 3, "ValidationLSC": "yes", "Orders": {}}',
    ),
    expectKind: 'badResponse',
    check: (error) => expect(error.detail).toMatch(/^unexpected content at /),
  },
  {
    name: 'missing required fields',
    script: byShape(200, '[{"Label": "only a label"}]', '{"Message": "hello"}'),
    expectKind: 'badResponse',
    check: (error) => expect(error.detail).toMatch(/^unexpected content at /),
  },
  {
    name: 'an empty body with 200',
    script: answer(200, ''),
    expectKind: 'badResponse',
    check: (error) => expect(error.detail).toBe('empty body'),
  },
  {
    name: 'an Exception body with 400',
    script: answer(
      400,
      '{"ID": "InvalidRequest", "Message": "PortForm.CustomerName: required field is missing"}',
    ),
    expectKind: 'exception',
    check: (error) => {
      expect(error.status).toBe(400);
      expect(error.exception).toEqual({
        ID: 'InvalidRequest',
        Message: 'PortForm.CustomerName: required field is missing',
      });
      expect(error.messageKey).toBe('carrier.exception');
      expect(error.messageParams).toEqual({ message: 'PortForm.CustomerName: required field is missing' });
      expect(error.retryable).toBe(false);
    },
  },
  {
    name: '400 with an HTML body',
    script: answer(400, '<html>Bad Request</html>', { 'Content-Type': 'text/html' }),
    expectKind: 'badResponse',
    check: (error) => expect(error.status).toBe(400),
  },
  {
    name: '401',
    script: answer(401, '{"ID": "Unauthorized", "Message": "Invalid credentials"}'),
    expectKind: 'unauthorized',
    check: (error) => {
      expect(error.messageKey).toBe('carrier.wrongCredentials');
      expect(error.retryable).toBe(false);
    },
  },
  { name: '403', script: answer(403, ''), expectKind: 'forbidden' },
  {
    name: '404',
    script: answer(404, '{"ID": "NotFound", "Message": "No such ticket"}'),
    expectKind: 'notFound',
  },
  {
    name: '429 with Retry-After in seconds',
    script: answer(429, '', { 'Retry-After': '7' }),
    expectKind: 'rateLimited',
    check: (error) => {
      expect(error.retryAfterMs).toBe(7000);
      expect(error.retryable).toBe(true);
    },
  },
  {
    name: '429 with Retry-After as an HTTP date',
    script: answer(429, '', { 'Retry-After': new Date(now + 90_000).toUTCString() }),
    expectKind: 'rateLimited',
    check: (error) => expect(error.retryAfterMs).toBe(90_000),
  },
  {
    name: '500',
    script: answer(500, '{"ID": "InternalError", "Message": "boom"}'),
    expectKind: 'server',
    check: (error) => {
      expect(error.retryable).toBe(true);
      // The carrier answered: the port was not taken, so sending again is safe.
      expect(error.outcomeUnknown).toBe(false);
      expect(error.messageParams).toEqual({ status: 500 });
    },
  },
  {
    name: '503',
    script: answer(503, '<html>Service Unavailable</html>', { 'Content-Type': 'text/html' }),
    expectKind: 'server',
    check: (error) => expect(error.outcomeUnknown).toBe(false),
  },
  {
    name: '504 from a gateway',
    script: answer(504, ''),
    expectKind: 'server',
    check: (error, call) => expect(error.outcomeUnknown).toBe(isSubmission(call)),
  },
  {
    name: 'no answer at all (timeout)',
    script: () => undefined,
    expectKind: 'timeout',
    check: (error, call) => {
      expect(error.retryable).toBe(true);
      expect(error.outcomeUnknown).toBe(isSubmission(call));
    },
  },
  {
    name: 'headers then a body that never ends (timeout)',
    script: (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      response.write('[{"Number": 6135550100');
    },
    expectKind: 'timeout',
  },
  {
    name: 'the connection dropped before any answer',
    script: (_request, response) => response.socket?.destroy(),
    expectKind: 'connectionDropped',
    check: (error, call) => {
      expect(error.retryable).toBe(true);
      expect(error.outcomeUnknown).toBe(isSubmission(call));
    },
  },
  {
    name: 'the connection dropped in the middle of the body',
    script: (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      response.write('{"Reply": 1, ', () => response.socket?.destroy());
    },
    expectKind: 'connectionDropped',
    check: (error, call) => expect(error.outcomeUnknown).toBe(isSubmission(call)),
  },
  {
    name: 'an unexpected redirect',
    script: answer(302, '', { Location: 'http://127.0.0.1:1/elsewhere' }),
    expectKind: 'badResponse',
    check: (error) => expect(error.detail).toBe('unexpected redirect (302)'),
  },
];

let server: ScriptedServer;
let client: CarrierClient;

beforeAll(async () => {
  server = await startScriptedServer(answer(200, '[]'));
  client = createCarrierClient({
    fetchFn: fetch,
    credentials: () => ({ baseUrl: server.baseUrl, username: '12345', password }),
    timeoutMs: 400,
    clock: { now: () => now },
  });
});
afterAll(() => server.close());

describe.each(scenarios)('when the carrier sends $name', (scenario) => {
  test.each(callNames)('%s resolves to a %s outcome without throwing', async (name) => {
    server.script = scenario.script;
    const call = calls[name];
    if (!call) throw new Error(name);
    const outcome = await call(client);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.kind).toBe(scenario.expectKind);
    expect(typeof outcome.error.messageKey).toBe('string');
    expect(JSON.stringify(outcome)).not.toContain(password);
    scenario.check?.(outcome.error, name);
  });
});

describe('outcomes that depend on whether the request was a port submission', () => {
  test('a 200 with an unreadable body after a port POST is an unknown outcome; after a read it is not', async () => {
    server.script = answer(200, '{"Reply": 1}');
    const submitted = await client.submitPort('/v2/NumberPorts/Inbound/DIDs', {});
    const read = await client.portInStatusByTicket('P1');
    expect(submitted.ok ? null : submitted.error).toMatchObject({
      kind: 'badResponse',
      outcomeUnknown: true,
    });
    expect(read.ok ? null : read.error).toMatchObject({ kind: 'badResponse', outcomeUnknown: false });
  });

  test('a 4xx Exception after a port POST is a known refusal', async () => {
    server.script = answer(400, '{"ID": "X", "Message": "no"}');
    const outcome = await client.submitPort('/v2/NumberPorts/Inbound/DIDs', {});
    expect(outcome.ok ? null : outcome.error).toMatchObject({
      kind: 'exception',
      outcomeUnknown: false,
      retryable: false,
    });
  });

  test('the NPA-NXX check is a read even though it is a POST', async () => {
    server.script = (_request, response) => response.socket?.destroy();
    const outcome = await client.checkNpanxx('6135550123');
    expect(outcome.ok ? null : outcome.error).toMatchObject({
      kind: 'connectionDropped',
      outcomeUnknown: false,
    });
  });
});

describe('requests the client never sends', () => {
  test('a refused connection is connectionFailed and certainly not sent', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const offline = createCarrierClient({
      fetchFn: fetch,
      credentials: () => ({ baseUrl: `http://127.0.0.1:${port}/rest.svc`, username: '12345', password }),
    });
    for (const name of callNames) {
      const outcome = await calls[name]?.(offline);
      expect(outcome?.ok ? null : outcome?.error).toMatchObject({
        kind: 'connectionFailed',
        outcomeUnknown: false,
        retryable: true,
        messageKey: 'carrier.unreachable',
      });
    }
  });

  test('no account: every call says noAccount', async () => {
    const none = createCarrierClient({ fetchFn: fetch, credentials: () => null });
    for (const name of callNames) {
      const outcome = await calls[name]?.(none);
      expect(outcome?.ok ? null : outcome?.error).toMatchObject({ kind: 'noAccount', outcomeUnknown: false });
    }
  });

  test('a path outside the catalogue is refused before anything is sent', async () => {
    const before = server.received.length;
    const outcome = await client.submitPort('/SipTrunks', {});
    expect(outcome.ok ? null : outcome.error).toMatchObject({
      kind: 'invalidRequest',
      outcomeUnknown: false,
    });
    expect(server.received.length).toBe(before);
  });

  test('a body that cannot be written as JSON is refused before anything is sent', async () => {
    const before = server.received.length;
    const outcome = await client.submitPort('/v2/NumberPorts/Inbound/DIDs', { big: 10n });
    expect(outcome.ok ? null : outcome.error).toMatchObject({ kind: 'invalidRequest' });
    expect(server.received.length).toBe(before);
  });
});

describe('a good answer', () => {
  test('sends Basic auth and JSON headers and parses the body, dropping unknown fields', async () => {
    server.script = answer(
      200,
      '{"Reply": 1, "TicketMask": "P0000042", "Message": "Accepted", "Extra": true}',
    );
    const outcome = await client.submitPort('/v2/NumberPorts/Inbound/DIDs', { PilotNumber: 6135550100 });
    expect(outcome).toEqual({
      ok: true,
      status: 200,
      value: { Reply: 1, TicketMask: 'P0000042', Message: 'Accepted' },
    });
    const request = server.received.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/rest.svc/v2/NumberPorts/Inbound/DIDs');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from(`12345:${password}`).toString('base64')}`,
    );
    expect(JSON.parse(request?.body ?? '')).toEqual({ PilotNumber: 6135550100 });
  });

  test('the NPA-NXX check sends the number as a JSON string', async () => {
    server.script = answer(200, '{"Number": 6135550123, "Reply": 1}');
    const outcome = await client.checkNpanxx('6135550123');
    expect(outcome.ok).toBe(true);
    expect(server.received.at(-1)?.body).toBe('"6135550123"');
  });
});
