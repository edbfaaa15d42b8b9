// The dealer's carrier account: base URL, username (customer number) and password.
// The password is encrypted at rest and only its ciphertext is persisted. When the cipher cannot protect
// it (weak obfuscation or none), nothing is persisted unless the dealer chooses a session-only account.
import { createCarrierClient, type CarrierCredentials } from '../carrier/client';
import type { MessageKey } from '../shared/domain/messages';
import { systemClock, type Clock } from '../carrier/clock';
import type { Cipher } from './cipher';
import type { SettingsPersistence } from './persistence';

export const defaultCarrierBaseUrl = 'https://api.thinktel.ca/rest.svc';

export type AccountTestResult = 'ok' | 'wrongCredentials' | 'unreachable' | 'certificate';

/** Exactly the `account.get` channel output: never the password. */
export interface AccountSummary {
  configured: boolean;
  /** The saved address, or the carrier's default when none is saved (so a form can show it). */
  baseUrl: string;
  username: string | null;
  storage: 'encrypted' | 'sessionOnly' | null;
  /** True when this computer can only obfuscate or cannot encrypt: the UI must say so plainly. */
  encryptionWeak: boolean;
  lastTest: { at: string; result: AccountTestResult } | null;
  practiceMode: boolean;
}

export interface AccountInput {
  baseUrl: string;
  username: string;
  password: string;
  /** Keep the password in memory for this session only; nothing about the account is written. */
  sessionOnly?: boolean;
}

export type AccountRefusal =
  | 'invalidUrl'
  | 'insecureUrl'
  | 'usernameRequired'
  | 'passwordRequired'
  | 'encryptionWeak'
  | 'encryptionUnavailable';

export type AccountSetResult =
  { ok: true; summary: AccountSummary } | { ok: false; reason: AccountRefusal; messageKey: MessageKey };

export interface AccountService {
  summary(): AccountSummary;
  set(input: AccountInput): AccountSetResult;
  /** For the main process only (the carrier client). Never send this to the renderer. */
  credentials(): CarrierCredentials | null;
  /**
   * One real read (GET /SipTrunks) with the saved account, or with `candidate` to try credentials before
   * saving them. The result of a test of the saved account is remembered (summary().lastTest).
   */
  test(candidate?: CarrierCredentials): Promise<AccountTestResult | 'noAccount'>;
  remove(): AccountSummary;
}

export interface AccountServiceOptions {
  cipher: Cipher;
  persistence: SettingsPersistence;
  fetchFn: typeof fetch;
  clock?: Clock;
  /** Per request for test(). Default 20 s. */
  timeoutMs?: number;
  /** Whether the app runs against the practice carrier; by default, whenever no account is set up. */
  practiceMode?: () => boolean;
}

const keys = {
  baseUrl: 'account.baseUrl',
  username: 'account.username',
  password: 'account.password',
  lastTest: 'account.lastTest',
} as const;

const loopbackHosts = new Set(['localhost', '[::1]', '::1']);

function isLoopback(hostname: string): boolean {
  if (loopbackHosts.has(hostname.toLowerCase())) return true;
  // 127.0.0.0/8. URL has already normalized IPv4 forms such as 127.1 or 0x7f.0.0.1 to dotted decimal.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

export type BaseUrlCheck = { ok: true; url: string } | { ok: false; reason: 'invalidUrl' | 'insecureUrl' };

/** HTTPS only; plain http only to this computer (the practice carrier, local tools). */
export function checkBaseUrl(input: string): BaseUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'invalidUrl' };
  }
  // A password in the address would be stored in clear and sent anywhere the URL goes.
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return { ok: false, reason: 'invalidUrl' };
  }
  if (url.protocol === 'https:') return { ok: true, url: url.toString().replace(/\/+$/, '') };
  if (url.protocol === 'http:') {
    return isLoopback(url.hostname)
      ? { ok: true, url: url.toString().replace(/\/+$/, '') }
      : { ok: false, reason: 'insecureUrl' };
  }
  return { ok: false, reason: 'invalidUrl' };
}

interface LoadedAccount extends CarrierCredentials {
  storage: 'encrypted' | 'sessionOnly';
}

function parseLastTest(text: string | null): AccountSummary['lastTest'] {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as { at?: unknown; result?: unknown };
    const results: AccountTestResult[] = ['ok', 'wrongCredentials', 'unreachable', 'certificate'];
    if (typeof value.at === 'string' && results.includes(value.result as AccountTestResult)) {
      return { at: value.at, result: value.result as AccountTestResult };
    }
  } catch {
    // A damaged note about the last test is simply forgotten.
  }
  return null;
}

export function createAccountService(options: AccountServiceOptions): AccountService {
  const { cipher, persistence } = options;
  const clock = options.clock ?? systemClock;

  let sessionAccount: LoadedAccount | null = null;
  let sessionLastTest: AccountSummary['lastTest'] = null;
  /** Decrypted once, on first use; undefined = not loaded yet. */
  let persistedAccount: LoadedAccount | null | undefined;

  function loadPersisted(): LoadedAccount | null {
    if (persistedAccount !== undefined) return persistedAccount;
    const baseUrl = persistence.get(keys.baseUrl);
    const username = persistence.get(keys.username);
    const ciphertext = persistence.getBlob(keys.password);
    persistedAccount = null;
    if (baseUrl && username && ciphertext && cipher.status() !== 'unavailable') {
      try {
        persistedAccount = { baseUrl, username, password: cipher.decrypt(ciphertext), storage: 'encrypted' };
      } catch {
        // The key changed (new OS profile, reset keyring): the dealer must enter the password again.
        persistedAccount = null;
      }
    }
    return persistedAccount;
  }

  function current(): LoadedAccount | null {
    return sessionAccount ?? loadPersisted();
  }

  function summary(): AccountSummary {
    const account = current();
    const configured = account !== null;
    return {
      configured,
      baseUrl: account?.baseUrl ?? persistence.get(keys.baseUrl) ?? defaultCarrierBaseUrl,
      username: account?.username ?? persistence.get(keys.username),
      storage: account?.storage ?? null,
      encryptionWeak: cipher.status() !== 'secure',
      lastTest:
        account?.storage === 'sessionOnly' ? sessionLastTest : parseLastTest(persistence.get(keys.lastTest)),
      practiceMode: options.practiceMode ? options.practiceMode() : !configured,
    };
  }

  function forgetPersisted(): void {
    for (const key of [keys.baseUrl, keys.username, keys.lastTest]) persistence.delete(key);
    persistence.delete(keys.password);
    persistedAccount = null;
  }

  function refuse(reason: AccountRefusal): AccountSetResult {
    const messageKey: Record<AccountRefusal, MessageKey> = {
      invalidUrl: 'account.invalidUrl',
      insecureUrl: 'account.insecureUrl',
      usernameRequired: 'account.usernameRequired',
      passwordRequired: 'account.passwordRequired',
      encryptionWeak: 'account.encryptionWeak',
      encryptionUnavailable: 'account.encryptionUnavailable',
    };
    return { ok: false, reason, messageKey: messageKey[reason] };
  }

  function recordTest(result: AccountTestResult, storage: LoadedAccount['storage']): void {
    const note = { at: new Date(clock.now()).toISOString(), result };
    if (storage === 'sessionOnly') sessionLastTest = note;
    else persistence.set(keys.lastTest, JSON.stringify(note));
  }

  return {
    summary,

    set(input) {
      const url = checkBaseUrl(input.baseUrl);
      if (!url.ok) return refuse(url.reason);
      const username = input.username.trim();
      if (username === '') return refuse('usernameRequired');
      if (input.password === '') return refuse('passwordRequired');

      if (input.sessionOnly) {
        // Nothing is written; an account saved earlier is removed so it cannot come back next session.
        forgetPersisted();
        sessionAccount = { baseUrl: url.url, username, password: input.password, storage: 'sessionOnly' };
        sessionLastTest = null;
        return { ok: true, summary: summary() };
      }
      const status = cipher.status();
      if (status === 'weak') return refuse('encryptionWeak');
      if (status === 'unavailable') return refuse('encryptionUnavailable');

      const ciphertext = cipher.encrypt(input.password);
      persistence.setBlob(keys.password, ciphertext);
      persistence.set(keys.baseUrl, url.url);
      persistence.set(keys.username, username);
      // A test of other credentials says nothing about these.
      persistence.delete(keys.lastTest);
      persistedAccount = { baseUrl: url.url, username, password: input.password, storage: 'encrypted' };
      sessionAccount = null;
      sessionLastTest = null;
      return { ok: true, summary: summary() };
    },

    credentials() {
      const account = current();
      return account
        ? { baseUrl: account.baseUrl, username: account.username, password: account.password }
        : null;
    },

    async test(candidate) {
      const saved = current();
      const target = candidate ?? saved;
      if (!target) return 'noAccount';
      const url = checkBaseUrl(target.baseUrl);
      if (!url.ok) return 'unreachable';
      const client = createCarrierClient({
        fetchFn: options.fetchFn,
        credentials: () => ({ ...target, baseUrl: url.url }),
        clock,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      });
      const outcome = await client.listSipTrunks();
      let result: AccountTestResult;
      if (outcome.ok) result = 'ok';
      else if (outcome.error.kind === 'unauthorized' || outcome.error.kind === 'forbidden')
        result = 'wrongCredentials';
      else if (outcome.error.kind === 'certificate') result = 'certificate';
      // Not the carrier (an HTML page, a wrong path) or not answering: either way, not reached.
      else result = 'unreachable';
      if (!candidate && saved) recordTest(result, saved.storage);
      return result;
    },

    remove() {
      forgetPersisted();
      sessionAccount = null;
      sessionLastTest = null;
      return summary();
    },
  };
}
