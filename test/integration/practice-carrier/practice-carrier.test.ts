// The practice carrier over real loopback HTTP, driven by the real carrier client.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import type { CarrierError, CarrierOutcome } from '../../../src-main/carrier/carrier-error';
import { catalogue } from '../../../src-main/shared/domain/catalogue';
import { contractSchemas } from '../../../src-main/shared/domain/contract';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import { clientFor, didsWith, goldenDids, goldenRequests, manualClock } from './helpers';

const clock = manualClock();
const stepMs = 60_000;
let carrier: PracticeCarrier;

beforeAll(async () => {
  carrier = await startPracticeCarrier({ clock, statusStepMs: stepMs, controlEndpoints: true });
});
afterAll(() => carrier.close());
afterEach(() => {
  carrier.faults.clear();
});

function errorOf<T>(outcome: CarrierOutcome<T>): CarrierError | null {
  return outcome.ok ? null : outcome.error;
}

describe('port submissions', () => {
  test('accepts every golden request body (one per catalogue entry) with a unique ticket', async () => {
    const golden = goldenRequests();
    expect(golden.map((request) => request.path).sort()).toEqual(catalogue.map((entry) => entry.path).sort());
    const client = clientFor(carrier);
    const tickets: string[] = [];
    for (const request of golden) {
      const outcome = await client.submitPort(request.path, request.body);
      expect(errorOf(outcome), request.name).toBeNull();
      if (!outcome.ok) continue;
      expect(outcome.value.Reply).toBe(1);
      expect(outcome.value.TicketMask).toMatch(/^P\d{7}$/);
      tickets.push(outcome.value.TicketMask);
    }
    expect(new Set(tickets).size).toBe(golden.length);
    const recorded = carrier.ports().filter((port) => tickets.includes(port.ticket));
    expect(recorded.map((port) => port.path).sort()).toEqual(golden.map((request) => request.path).sort());
    expect(recorded.find((port) => port.path === '/v2/NumberPorts/Inbound/DIDs')?.body).toEqual(
      goldenDids().body,
    );
  });

  test.each([
    {
      name: 'an unknown field',
      change: (form: Record<string, unknown>) => {
        form.CustomerNickname = 'Marie';
      },
      message: /PortForm\.CustomerNickname: unknown field/,
    },
    {
      name: 'a number sent as a string',
      change: (form: Record<string, unknown>) => {
        form.NumbersToPort = ['5145550100'];
      },
      message: /PortForm\.NumbersToPort\[0\]: expected an integer, got string/,
    },
    {
      name: 'a decimal where an integer belongs',
      change: (_form: Record<string, unknown>, body: Record<string, unknown>) => {
        body.PilotNumber = 6135550100.5;
      },
      message: /PilotNumber: expected an integer/,
    },
    {
      name: 'a missing required field',
      change: (form: Record<string, unknown>) => {
        delete form.EmailAddress;
      },
      message: /PortForm\.EmailAddress: required field is missing/,
    },
    {
      name: 'null for a typed field',
      change: (form: Record<string, unknown>) => {
        form.CustomerUnit = null;
      },
      message: /PortForm\.CustomerUnit: expected a string, got null/,
    },
    {
      name: 'a boolean sent as text',
      change: (form: Record<string, unknown>) => {
        form.ContactMeBLIF = 'true';
      },
      message: /PortForm\.ContactMeBLIF: expected true or false/,
    },
    {
      name: 'an attachment without its file name',
      change: (form: Record<string, unknown>) => {
        form.FileLetterOfAuthorization = [{ Base64Contents: 'JVBERg==', ContentType: 'application/pdf' }];
      },
      message: /PortForm\.FileLetterOfAuthorization\[0\]\.FileName: required field is missing/,
    },
  ])('refuses $name with 400 and an Exception naming the field', async ({ change, message }) => {
    const before = carrier.ports().length;
    const { path, body } = didsWith(change);
    const outcome = await clientFor(carrier).submitPort(path, body);
    const error = errorOf(outcome);
    expect(error).toMatchObject({ kind: 'exception', status: 400, outcomeUnknown: false, retryable: false });
    expect(error?.exception?.Message).toMatch(message);
    expect(carrier.ports().length).toBe(before);
  });

  test('refuses an enum value the contract does not define (a line Locale of 7)', async () => {
    const request = goldenRequests().find((candidate) => candidate.name === 'residentialLine');
    if (!request) throw new Error('no residentialLine golden file');
    const lines = request.body.Lines as Record<string, unknown>[];
    if (lines[0]) lines[0].Locale = 7;
    const outcome = await clientFor(carrier).submitPort(request.path, request.body);
    expect(errorOf(outcome)).toMatchObject({
      kind: 'exception',
      exception: { Message: expect.stringMatching(/Lines\[0\]\.Locale: not one of/) },
    });
  });

  test('refuses a toll-free number on a regular request', async () => {
    const { path, body } = didsWith((form, whole) => {
      form.NumbersToPort = [8005550100];
      whole.DIDs = [{ Number: 8005550100 }];
    });
    const outcome = await clientFor(carrier).submitPort(path, body);
    expect(errorOf(outcome)).toMatchObject({ kind: 'exception', exception: { ID: 'InvalidValue' } });
  });

  test('refuses wrong credentials with 401', async () => {
    const outcome = await clientFor(carrier, { password: 'not-the-password' }).listSipTrunks();
    expect(errorOf(outcome)).toMatchObject({ kind: 'unauthorized', status: 401 });
  });
});

describe('statuses over time', () => {
  test('a port moves SUBMITTED → CONFIRMED → COMPLETED, one step per statusStepMs, by ticket and by number', async () => {
    const client = clientFor(carrier);
    const { path, body } = didsWith((form, whole) => {
      form.NumbersToPort = [6135550177];
      whole.DIDs = [{ Number: 6135550177 }];
    });
    const submitted = await client.submitPort(path, body);
    if (!submitted.ok) throw new Error(submitted.error.kind);
    const ticket = submitted.value.TicketMask;
    const status = async () => {
      const outcome = await client.portInStatusByTicket(ticket);
      return outcome.ok ? outcome.value.Status : outcome.error.kind;
    };
    expect(await status()).toBe('SUBMITTED');
    clock.advance(stepMs);
    expect(await status()).toBe('CONFIRMED');
    clock.advance(stepMs);
    expect(await status()).toBe('COMPLETED');
    clock.advance(stepMs * 10);
    expect(await status()).toBe('COMPLETED');

    const byNumber = await client.portInStatusByNumber('6135550177');
    expect(byNumber.ok && byNumber.value).toMatchObject({
      TicketId: ticket,
      Status: 'COMPLETED',
      NumbersToPort: [6135550177],
    });
  });

  test('the dashboard lists each order with its numbers and ticket', async () => {
    const client = clientFor(carrier);
    const { path, body } = didsWith((form, whole) => {
      form.NumbersToPort = [4165550188];
      whole.DIDs = [{ Number: 4165550188 }];
    });
    const submitted = await client.submitPort(path, body);
    if (!submitted.ok) throw new Error(submitted.error.kind);
    const orders = await client.portOrders();
    if (!orders.ok) throw new Error(orders.error.kind);
    const request = orders.value.Orders.flatMap((order) => order.Requests).find(
      (candidate) => candidate.HappyFoxTicket === submitted.value.TicketMask,
    );
    expect(request?.NumberToPort).toEqual([
      { TnRange: '4165550188', ReadyToPort: false, SvCondition: 'Pending' },
    ]);
    expect(request?.Assessment).toBe('Pending');
    const byNumber = await client.portOrdersByNumber('4165550188');
    expect(byNumber.ok && byNumber.value.Orders.length).toBe(1);
  });

  test.each([
    {
      trigger: 'account number 000000',
      change: (form: Record<string, unknown>) => void (form.CustomerAccountNumber = '000000'),
      field: 'AN',
    },
    {
      trigger: 'a customer name containing REJECT',
      change: (form: Record<string, unknown>) => void (form.CustomerName = 'Test Reject Inc.'),
      field: 'NAME',
    },
    {
      trigger: 'postal code X0X 0X0',
      change: (form: Record<string, unknown>) => void (form.CustomerPostalCode = 'X0X 0X0'),
      field: 'ZIP',
    },
  ])('$trigger is accepted, then REJECTED with a reject detail naming $field', async ({ change, field }) => {
    const client = clientFor(carrier);
    const { path, body } = didsWith(change);
    const submitted = await client.submitPort(path, body);
    if (!submitted.ok) throw new Error(submitted.error.kind);
    expect(submitted.value.Reply).toBe(1);
    const first = await client.portInStatusByTicket(submitted.value.TicketMask);
    expect(first.ok && first.value.Status).toBe('SUBMITTED');
    clock.advance(stepMs);
    const rejected = await client.portInStatusByTicket(submitted.value.TicketMask);
    if (!rejected.ok) throw new Error(rejected.error.kind);
    expect(rejected.value.Status).toBe('REJECTED');
    expect(rejected.value.RejectReason).toBeTruthy();
    expect(rejected.value.RejectSummary).toContain(field);
    expect(rejected.value.RejectDetails?.[0]?.['FLD ABBR']).toBe(field);
    expect(rejected.value.RejectDetails?.[0]?.['PORTED #']).toBe('514-555-0100');
  });

  test('an unknown ticket is 404 with an Exception', async () => {
    const outcome = await clientFor(carrier).portInStatusByTicket('P9999999X');
    expect(errorOf(outcome)).toMatchObject({ kind: 'notFound', exception: { ID: 'NotFound' } });
  });
});

describe('reference data', () => {
  const strict = (name: string): z.ZodType => {
    const schema = contractSchemas[name];
    if (!schema) throw new Error(`no contract schema ${name}`);
    return schema;
  };

  async function raw(path: string): Promise<unknown> {
    const response = await fetch(`${carrier.url}${path}`, {
      headers: { Authorization: `Basic ${Buffer.from('practice:practice').toString('base64')}` },
    });
    expect(response.status).toBe(200);
    return response.json();
  }

  test.each([
    ['/SipTrunks', 'TerseNumber'],
    ['/Products/TelephoneOfferings', 'Offering'],
    ['/NumberPorts/Providers', 'NumberPortProvider'],
    ['/Holidays', 'Holiday'],
  ])('%s answers exactly the contract (strict %s schema)', async (path, definition) => {
    const list = (await raw(path)) as unknown[];
    expect(list.length).toBeGreaterThan(0);
    for (const item of list) expect(strict(definition).safeParse(item).error).toBeUndefined();
  });

  test('offerings cover the 7 types with bilingual names, and the child product lists its parents', async () => {
    const outcome = await clientFor(carrier).listOfferings();
    if (!outcome.ok) throw new Error(outcome.error.kind);
    expect([...new Set(outcome.value.map((offering) => offering.Type))].sort()).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    for (const offering of outcome.value) {
      expect(offering.ProductName.En).not.toBe('');
      expect(offering.ProductName.Fr).not.toBe('');
    }
    const child = outcome.value.find((offering) => offering.Type === 2);
    expect(child?.PotentialParentSubscriptions?.length).toBeGreaterThan(0);
  });

  test('providers, holidays and portable prefixes hold what screens rely on', async () => {
    const client = clientFor(carrier);
    const [providers, holidays, npanxx, trunks] = await Promise.all([
      client.listProviders(),
      client.listHolidays(),
      client.listNpanxx(),
      client.listSipTrunks(),
    ]);
    expect(providers.ok && providers.value.map((provider) => provider.Name)).toEqual(
      expect.arrayContaining(['Bell Canada', 'Rogers', 'Telus', 'Vidéotron', 'Cogeco', 'Fido']),
    );
    const dates = holidays.ok ? holidays.value.map((holiday) => holiday.Date) : [];
    expect(dates).toEqual(expect.arrayContaining(['2026-06-24', '2026-07-01', '2027-06-24', '2027-12-27']));
    expect(npanxx.ok && npanxx.value).toEqual(
      expect.arrayContaining([613555, 514555, 416555, 438555, 604555, 800555, 888555]),
    );
    expect(trunks.ok && trunks.value.some((trunk) => trunk.Label !== undefined)).toBe(true);
    expect(trunks.ok && trunks.value.some((trunk) => trunk.Label === undefined)).toBe(true);
  });

  test('the NPA-NXX check answers Reply 1 for a portable prefix and 0 otherwise', async () => {
    const client = clientFor(carrier);
    const portable = await client.checkNpanxx('613-555-0123');
    const other = await client.checkNpanxx('6139990123');
    expect(portable.ok && portable.value).toMatchObject({ Number: 6135550123, Reply: 1 });
    expect(other.ok && other.value).toMatchObject({ Number: 6139990123, Reply: 0 });
  });
});

describe('faults set in process', () => {
  test('N × 500, then normal answers', async () => {
    carrier.faults.set({ serverErrors: 2 });
    const client = clientFor(carrier);
    expect(errorOf(await client.listProviders())).toMatchObject({ kind: 'server', status: 500 });
    expect(errorOf(await client.listProviders())).toMatchObject({ kind: 'server', status: 500 });
    expect((await client.listProviders()).ok).toBe(true);
  });

  test('N × 429 with Retry-After', async () => {
    carrier.faults.set({ rateLimits: 1, retryAfterSeconds: 3 });
    const client = clientFor(carrier);
    expect(errorOf(await client.listHolidays())).toMatchObject({ kind: 'rateLimited', retryAfterMs: 3000 });
    expect((await client.listHolidays()).ok).toBe(true);
  });

  test('401 until cleared', async () => {
    carrier.faults.set({ unauthorized: true });
    const client = clientFor(carrier);
    expect(errorOf(await client.listSipTrunks())).toMatchObject({ kind: 'unauthorized' });
    expect(errorOf(await client.listSipTrunks())).toMatchObject({ kind: 'unauthorized' });
    carrier.faults.clear();
    expect((await client.listSipTrunks()).ok).toBe(true);
  });

  test('drop after recording: the port IS accepted, the answer is lost, and reconciliation by number finds it', async () => {
    carrier.faults.set({ dropAfterRecord: 1 });
    const client = clientFor(carrier);
    const before = carrier.ports().length;
    const { path, body } = didsWith((form, whole) => {
      form.NumbersToPort = [4385550199];
      whole.DIDs = [{ Number: 4385550199 }];
    });
    const outcome = await client.submitPort(path, body);
    expect(errorOf(outcome)).toMatchObject({ kind: 'connectionDropped', outcomeUnknown: true });
    expect(carrier.ports().length).toBe(before + 1);
    const recorded = carrier.ports().at(-1);
    const found = await client.portInStatusByNumber(4385550199);
    expect(found.ok && found.value.TicketId).toBe(recorded?.ticket);
    expect(carrier.faults.get().dropAfterRecord).toBe(0);
  });

  test('drop after recording is not used up by an invalid body', async () => {
    carrier.faults.set({ dropAfterRecord: 1 });
    const client = clientFor(carrier);
    const invalid = didsWith((form) => void delete form.CustomerName);
    expect(errorOf(await client.submitPort(invalid.path, invalid.body))).toMatchObject({ kind: 'exception' });
    expect(carrier.faults.get().dropAfterRecord).toBe(1);
  });

  test('drop before recording: nothing is recorded', async () => {
    carrier.faults.set({ dropBeforeRecord: 1 });
    const before = carrier.ports().length;
    const { path, body } = goldenDids();
    const outcome = await clientFor(carrier).submitPort(path, body);
    expect(errorOf(outcome)).toMatchObject({ kind: 'connectionDropped', outcomeUnknown: true });
    expect(carrier.ports().length).toBe(before);
  });

  test('hang: no answer until the client gives up', async () => {
    carrier.faults.set({ hang: 1 });
    const before = carrier.ports().length;
    const { path, body } = goldenDids();
    const outcome = await clientFor(carrier, { timeoutMs: 300 }).submitPort(path, body);
    expect(errorOf(outcome)).toMatchObject({ kind: 'timeout', outcomeUnknown: true });
    expect(carrier.ports().length).toBe(before);
  });

  test('latency longer than the client will wait is a timeout', async () => {
    carrier.faults.set({ latencyMs: 1_000 });
    const outcome = await clientFor(carrier, { timeoutMs: 200 }).listSipTrunks();
    expect(errorOf(outcome)).toMatchObject({ kind: 'timeout', outcomeUnknown: false });
  });

  test("target 'ports' leaves reads alone", async () => {
    carrier.faults.set({ serverErrors: 1, target: 'ports' });
    const client = clientFor(carrier);
    expect((await client.listSipTrunks()).ok).toBe(true);
    const { path, body } = goldenDids();
    expect(errorOf(await client.submitPort(path, body))).toMatchObject({
      kind: 'server',
      outcomeUnknown: false,
    });
  });

  test('the random mode replays the same faults for the same seed', async () => {
    const client = clientFor(carrier, { timeoutMs: 300 });
    const run = async () => {
      carrier.faults.set({
        random: { seed: 42, probability: 0.5, kinds: ['serverError', 'rateLimit', 'dropBeforeRecord'] },
      });
      const kinds: string[] = [];
      for (let index = 0; index < 16; index += 1) {
        const outcome = await client.listProviders();
        kinds.push(outcome.ok ? 'ok' : outcome.error.kind);
      }
      return kinds;
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    expect(first).toContain('ok');
    expect(first.some((kind) => kind !== 'ok')).toBe(true);
  });
});

describe('control endpoints over HTTP', () => {
  test('PUT, GET and DELETE /__practice/faults; GET /__practice/ports', async () => {
    const put = await fetch(`${carrier.controlUrl}/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ serverErrors: 1, retryAfterSeconds: 9 }),
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ serverErrors: 1, retryAfterSeconds: 9 });
    const client = clientFor(carrier);
    expect(errorOf(await client.listSipTrunks())).toMatchObject({ kind: 'server' });

    await fetch(`${carrier.controlUrl}/faults`, {
      method: 'PUT',
      body: JSON.stringify({ unauthorized: true }),
    });
    expect(errorOf(await client.listSipTrunks())).toMatchObject({ kind: 'unauthorized' });
    const cleared = await fetch(`${carrier.controlUrl}/faults`, { method: 'DELETE' });
    expect(await cleared.json()).toMatchObject({ unauthorized: false, serverErrors: 0 });
    expect((await client.listSipTrunks()).ok).toBe(true);

    const ports = (await (await fetch(`${carrier.controlUrl}/ports`)).json()) as { ticket: string }[];
    expect(ports.map((port) => port.ticket)).toEqual(carrier.ports().map((port) => port.ticket));
  });

  test('refuses fault settings it does not know', async () => {
    const response = await fetch(`${carrier.controlUrl}/faults`, {
      method: 'PUT',
      body: JSON.stringify({ serverErrors: -1 }),
    });
    expect(response.status).toBe(400);
    const unknown = await fetch(`${carrier.controlUrl}/faults`, {
      method: 'PUT',
      body: JSON.stringify({ explode: true }),
    });
    expect(unknown.status).toBe(400);
  });

  test('are off unless asked for: the app’s embedded practice carrier serves none of them', async () => {
    const embedded = await startPracticeCarrier({ clock, statusStepMs: stepMs });
    try {
      for (const path of ['faults', 'ports']) {
        const response = await fetch(`${embedded.controlUrl}/${path}`);
        expect(response.status).toBe(404);
      }
      const put = await fetch(`${embedded.controlUrl}/faults`, {
        method: 'PUT',
        body: JSON.stringify({ unauthorized: true }),
      });
      expect(put.status).toBe(404);
      expect(embedded.faults.get().unauthorized).toBe(false);
    } finally {
      await embedded.close();
    }
  });
});

describe('state and CLI', () => {
  test('with a state file, accepted ports survive a restart', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'portage-practice-'));
    try {
      const stateFile = join(folder, 'practice.json');
      const first = await startPracticeCarrier({ stateFile, clock, statusStepMs: stepMs });
      const { path, body } = goldenDids();
      const submitted = await clientFor(first).submitPort(path, body);
      await first.close();
      if (!submitted.ok) throw new Error(submitted.error.kind);
      const second = await startPracticeCarrier({ stateFile, clock, statusStepMs: stepMs });
      try {
        const status = await clientFor(second).portInStatusByTicket(submitted.value.TicketMask);
        expect(status.ok && status.value.TicketId).toBe(submitted.value.TicketMask);
        const next = await clientFor(second).submitPort(path, body);
        expect(next.ok && next.value.TicketMask).not.toBe(submitted.value.TicketMask);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the CLI prints its URL as a JSON line and serves until killed', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src-main/practice-carrier/cli.ts', '--port', '0'],
      {
        cwd: join(import.meta.dirname, '..', '..', '..'),
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        const lines = createInterface({ input: child.stdout });
        lines.once('line', resolve);
        child.once('exit', (code) => reject(new Error(`the CLI exited with ${code}`)));
      });
      const printed = JSON.parse(line) as { url: string };
      expect(printed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rest\.svc$/);
      const outcome = await createClientForUrl(printed.url).listSipTrunks();
      expect(outcome.ok).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

function createClientForUrl(url: string) {
  return clientFor({ url } as PracticeCarrier);
}
