import { describe, expect, it, vi } from 'vitest';
import { invokeChannelNames, type ChannelName } from '../../../src-main/shared/ipc-contract/channels';
import { Failure } from '../../../src-main/shared/domain/failure';
import type { Issue } from '../../../src-main/shared/domain/issue';
import { registerHandlers, type Handlers } from '../../../src-main/ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../../../src-main/ipc/sender';
import { StoreError } from '../../../src-main/store/errors';

type Listener = (event: SenderEvent, input: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle(channel: string, listener: Listener) {
      listeners.set(channel, listener);
    },
    call(channel: string, event: SenderEvent, input?: unknown) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no listener for ${channel}`);
      return listener(event, input);
    },
  };
}

const translate = (locale: string, key: string) => `[${locale}] ${key}`;
const appFrame: SenderEvent = { senderFrame: { url: 'app://portage/index.html' } };

function setUp(overrides: Partial<Handlers> = {}) {
  const calls: ChannelName[] = [];
  const handlers = Object.fromEntries(
    invokeChannelNames.map((name) => [
      name,
      overrides[name] ??
        (() => {
          calls.push(name);
          return { echoed: name };
        }),
    ]),
  ) as unknown as Handlers;
  const ipc = fakeIpcMain();
  const onInternalError = vi.fn();
  registerHandlers(ipc, handlers, {
    isTrustedSender: trustedSenderCheck('app://portage'),
    locale: () => 'fr-CA',
    translate,
    onInternalError,
  });
  return { ipc, calls, onInternalError };
}

describe('registerHandlers', () => {
  it('registers every channel of the list', () => {
    const { ipc } = setUp();
    expect([...ipc.listeners.keys()].sort()).toEqual([...invokeChannelNames].sort());
  });

  it('answers the handler value for a trusted sender and valid input', async () => {
    const { ipc, calls } = setUp();
    await expect(ipc.call('drafts.get', appFrame, { id: 'd1' })).resolves.toEqual({
      ok: true,
      value: { echoed: 'drafts.get' },
    });
    await expect(ipc.call('app.info', appFrame)).resolves.toMatchObject({ ok: true });
    expect(calls).toEqual(['drafts.get', 'app.info']);
  });

  it.each([
    ['another https origin', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['a missing frame', { senderFrame: null }],
    ['no frame at all', {}],
    ['a look-alike host', { senderFrame: { url: 'app://portage.evil.example/' } }],
    ['credentials in the URL', { senderFrame: { url: 'app://user@portage/' } }],
    ['an unparsable URL', { senderFrame: { url: 'not a url' } }],
  ] as [string, SenderEvent][])('refuses %s and never calls the handler', async (_label, event) => {
    const { ipc, calls } = setUp();
    const result = await ipc.call('drafts.get', event, { id: 'd1' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: '[fr-CA] error.forbiddenSender' },
    });
    expect(calls).toEqual([]);
  });

  it('refuses a destroyed frame whose url getter throws', async () => {
    const { ipc, calls } = setUp();
    const destroyed = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const result = await ipc.call('drafts.list', destroyed, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('refuses invalid input with translated message and field issues, without calling the handler', async () => {
    const { ipc, calls } = setUp();
    const result = await ipc.call('drafts.list', appFrame, { limit: 10_000, bogus: true });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', message: '[fr-CA] error.invalidInput' },
    });
    const issues = (result as { error: { issues: { path: string; key: string }[] } }).error.issues;
    expect(issues).toContainEqual({ path: 'limit', key: 'shape.invalid' });
    expect(issues).toContainEqual({ path: 'bogus', key: 'shape.unknownField' });
    expect(calls).toEqual([]);
  });

  it('maps a StoreError to its code and translated key', async () => {
    const { ipc } = setUp({
      'drafts.get': () => {
        throw new StoreError('notFound', { id: 'd1' });
      },
    });
    await expect(ipc.call('drafts.get', appFrame, { id: 'd1' })).resolves.toEqual({
      ok: false,
      error: { code: 'notFound', message: '[fr-CA] error.notFound' },
    });
  });

  it('passes a domain Failure through with its issues', async () => {
    const issues = [{ path: 'customer.name', key: 'ready.required' }];
    const { ipc } = setUp({
      'drafts.finalize': () => {
        throw new Failure('notReady', {}, { issues: issues as Issue[] });
      },
    });
    await expect(ipc.call('drafts.finalize', appFrame, { id: 'd1' })).resolves.toEqual({
      ok: false,
      error: { code: 'notReady', message: '[fr-CA] error.notReady', issues },
    });
  });

  it('turns an unknown error into `internal` with no stack or secret in the message', async () => {
    const { ipc, onInternalError } = setUp({
      'account.test': async () => {
        throw new Error('password=hunter2 at Object.<anonymous> (/src/x.ts:1:1)');
      },
    });
    const result = await ipc.call('account.test', appFrame);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: '[fr-CA] error.internal' } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('still answers when something that is not an Error is thrown', async () => {
    const { ipc } = setUp({
      'outbox.retryNow': () => {
        throw 'a bare string';
      },
    });
    await expect(ipc.call('outbox.retryNow', appFrame)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
