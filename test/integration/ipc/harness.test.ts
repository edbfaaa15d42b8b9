// The browser harness over real HTTP on 127.0.0.1: the token is required, channels answer through the
// same wrapper as Electron, events arrive over SSE, and the control endpoints drive the carrier.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../src-main/harness/server';

let harness: Harness;

async function call(channel: string, input?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${harness.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-portage-token': harness.token, ...headers },
    body: JSON.stringify({ input: input ?? null }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function control(action: string, body?: unknown) {
  const response = await fetch(`${harness.origin}/control/${action}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${harness.token}` },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'portage-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>P</title></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  harness = await startHarness({
    dataDir: mkdtempSync(join(tmpdir(), 'portage-harness-test-')),
    rendererDir,
    port: 0,
    log: () => undefined,
  });
});

afterAll(async () => {
  await harness?.close();
});

describe('the browser harness', () => {
  it('refuses IPC, events and control without the token', async () => {
    const ipc = await fetch(`${harness.origin}/ipc/app.info`, { method: 'POST', body: '{}' });
    expect(ipc.status).toBe(401);
    const wrong = await call('app.info', undefined, { 'x-portage-token': 'not-the-token' });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${harness.origin}/events`)).status).toBe(401);
    expect((await fetch(`${harness.origin}/control/carrier/unreachable`, { method: 'POST' })).status).toBe(
      401,
    );
  });

  it('answers channels with the token, in practice mode', async () => {
    const info = await call('app.info');
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ ok: true, value: { practiceMode: true, dataFolder: harness.dataDir } });
    const created = await call('drafts.create', {
      kind: 'sipTrunkDids',
      data: { customer: { name: 'Café Ré' } },
    });
    expect(created.body).toMatchObject({
      ok: true,
      value: { kind: 'sipTrunkDids', status: 'draft', editable: true },
    });
    const list = await call('drafts.list', { query: 'cafe' });
    expect(list.body).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('refuses a page from another origin even with the token', async () => {
    const result = await call('app.info', undefined, { Origin: 'https://evil.example' });
    expect(result.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers bad input with a structured, translated error', async () => {
    const result = await call('drafts.get', { id: 42 });
    expect(result.body).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(typeof (result.body.error as { message: string }).message).toBe('string');
  });

  it('serves the renderer with the bridge first, and sets the session cookie from ?token=', async () => {
    const page = await fetch(harness.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<head>\s*<script src="\/portage-bridge.js"><\/script>/);
    expect(page.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const viaCookie = await fetch(`${harness.origin}/ipc/settings.get`, {
      method: 'POST',
      headers: { cookie },
      body: '{}',
    });
    expect(await viaCookie.json()).toMatchObject({ ok: true, value: { notifications: true } });
    expect((await fetch(`${harness.origin}/%2e%2e/package.json`)).status).toBe(404);
    const bridge = await (await fetch(`${harness.origin}/portage-bridge.js`)).text();
    expect(bridge).toContain('drafts.restoreFromTrash');
    expect(bridge).not.toContain(harness.token);
  });

  it('makes the carrier unreachable and reachable again', async () => {
    expect((await call('reference.refresh')).body).toMatchObject({ ok: true, value: { errors: {} } });
    await control('carrier/unreachable');
    const offline = await call('reference.refresh');
    const errors = (offline.body.value as { errors: Record<string, string> }).errors;
    expect(Object.keys(errors).sort()).toEqual(['holidays', 'npanxx', 'offerings', 'providers', 'sipTrunks']);
    // The last good copy stays.
    expect((offline.body.value as { providers: unknown[] }).providers.length).toBeGreaterThan(0);
    await control('carrier/reachable');
    expect((await call('reference.refresh')).body).toMatchObject({ ok: true, value: { errors: {} } });
  });

  it('picks the staged file in the next file dialog, and cancels when none is staged', async () => {
    const draft = (await call('drafts.create', { kind: 'sipTrunkDids', data: {} })).body.value as {
      id: string;
    };
    const cancelled = await call('attachments.add', { draftId: draft.id, slot: 'lastInvoice' });
    expect(cancelled.body).toEqual({ ok: true, value: null });
    await control('dialogs/stage', {
      name: 'facture.pdf',
      base64: Buffer.from('%PDF-1.4 test').toString('base64'),
    });
    const added = await call('attachments.add', { draftId: draft.id, slot: 'lastInvoice' });
    expect(added.body).toMatchObject({
      ok: true,
      value: {
        data: {
          attachments: { lastInvoice: [{ name: 'facture.pdf', mimeType: 'application/pdf', size: 13 }] },
        },
      },
    });
  });

  it('delivers events over Server-Sent Events', async () => {
    const controller = new AbortController();
    const response = await fetch(`${harness.origin}/events`, {
      headers: { 'x-portage-token': harness.token },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    if (!response.body) throw new Error('no event stream');
    const reader = response.body.getReader();
    const created = call('drafts.create', { kind: 'virtualFax', data: {} });
    let text = '';
    while (!text.includes('event: draftsChanged')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    const id = ((await created).body.value as { id: string }).id;
    expect(text).toContain(`"ids":["${id}"]`);
    controller.abort();
  });
});
