// The one IPC wrapper. For every channel: refuse untrusted senders, parse the input with the channel's
// schema, call the handler, and answer an IpcResult. Nothing thrown by a handler escapes: the renderer
// always gets `{ ok: false, error: { code, message (translated), issues? } }`.
// Takes an `ipcMain`-like object so Node tests and the browser harness drive the same code as Electron.
import type { ChannelName, ParsedInput, ChannelOutput } from '../shared/ipc-contract/channels';
import { channels, invokeChannelNames } from '../shared/ipc-contract/channels';
import type { ErrorDescription, MessageParams } from './errors';
import { describeError, invalidInput } from './errors';
import type { IpcError, IpcResult, Locale } from '../shared/ipc-contract/types';

export type Handlers = {
  [N in ChannelName]: (input: ParsedInput<N>) => Promise<ChannelOutput<N>> | ChannelOutput<N>;
};

export type Translate = (locale: Locale, key: string, params?: MessageParams) => string;

export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, input: unknown) => Promise<IpcResult<unknown>>): void;
}

export interface RegisterOptions<E> {
  isTrustedSender(event: E): boolean;
  locale: () => Locale;
  translate: Translate;
  /** Told about unexpected errors (never sent to the renderer). Must not log secrets. */
  onInternalError?: (channel: ChannelName, error: unknown) => void;
}

export type Invoke<E> = (channel: ChannelName, event: E, input: unknown) => Promise<IpcResult<unknown>>;

/** The dispatcher alone, for the harness bridge which has no ipcMain. */
export function createInvoker<E>(handlers: Handlers, options: RegisterOptions<E>): Invoke<E> {
  const fail = (description: ErrorDescription): { ok: false; error: IpcError } => {
    let message: string;
    try {
      message = options.translate(options.locale(), description.key, description.params);
    } catch {
      message = description.key;
    }
    return {
      ok: false,
      error: {
        code: description.code,
        message,
        ...(description.issues && description.issues.length > 0 ? { issues: description.issues } : {}),
      },
    };
  };

  return async (name, event, input) => {
    let trusted: boolean;
    try {
      trusted = options.isTrustedSender(event);
    } catch {
      trusted = false;
    }
    if (!trusted) return fail({ code: 'forbidden', key: 'error.forbiddenSender', params: {} });

    const parsed = channels[name].input.safeParse(input);
    if (!parsed.success) return fail(invalidInput(parsed.error));

    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      const description = describeError(error);
      if (description.code === 'internal') options.onInternalError?.(name, error);
      return fail(description);
    }
  };
}

export function registerHandlers<E>(
  ipc: IpcMainLike<E>,
  handlers: Handlers,
  options: RegisterOptions<E>,
): void {
  const invoke = createInvoker(handlers, options);
  for (const name of invokeChannelNames) {
    ipc.handle(name, (event, input) => invoke(name, event, input));
  }
}
