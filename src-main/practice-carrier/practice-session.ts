// Practice mode: while no carrier account is set up, Portage runs the practice carrier on loopback so a
// dealer can try everything end to end with nothing sent anywhere. This owns the rule (practice runs when
// there is no account, or while practice requests are still queued or followed, since those are only
// ever sent to and asked about at the practice carrier) and the practice carrier's lifetime and credentials.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { customerReferenceFor } from '../shared/domain/customer-reference';
import { createReceivedPorts } from './received-ports';
import type { LogLine } from '../shared/domain/log-line';
import {
  practiceCredentials,
  startPracticeCarrier,
  type PracticeCarrier,
  type PracticeCarrierOptions,
} from './server';
import { createStateSeal } from './state-seal';

export interface PracticeLogin {
  baseUrl: string;
  username: string;
  password: string;
}

export interface PracticeSession {
  /** Starts the practice carrier if there is no account or it has work, and it is not running (idempotent). */
  ensure(): Promise<void>;
  /** Practice mode: the practice carrier runs and no account is set. */
  active(): boolean;
  /** Where practice requests go and with what login; null when the practice carrier is not running. */
  login(): PracticeLogin | null;
  carrier(): PracticeCarrier | null;
  /**
   * These drafts were purged: the practice carrier forgets the ports they sent, running or not (its
   * state file is rewritten without them).
   */
  forgetDrafts(draftIds: readonly string[]): void;
  close(): Promise<void>;
}

export interface PracticeSessionOptions {
  dataDir: string;
  /** Whether a real account is set up, read on every call. */
  hasAccount: () => boolean;
  /** Whether practice requests are still queued or followed, read on every ensure(). Default: none. */
  hasWork?: () => boolean;
  /** false: never start it (tests of other parts). */
  enabled?: boolean;
  carrierOptions?: Omit<PracticeCarrierOptions, 'credentials' | 'clock'>;
  log?: LogLine;
  /**
   * The database key: the state file's bodies are sealed under a key derived from it (state-seal.ts),
   * so what the dealer typed is never in clear there. Without it they are written as they are.
   */
  stateKey?: Uint8Array;
}

export function createPracticeSession(options: PracticeSessionOptions): PracticeSession {
  let practice: PracticeCarrier | null = null;
  let starting: Promise<void> | null = null;
  // Fresh credentials every run: the practice carrier listens on loopback and holds what the dealer typed,
  // so a well-known password would let any local process read it.
  const credentials = {
    username: practiceCredentials.username,
    password: randomBytes(24).toString('base64url'),
  };
  const stateFile = join(options.dataDir, 'practice-carrier.json');
  const stateSeal = options.stateKey ? createStateSeal(options.stateKey) : undefined;

  async function start(): Promise<void> {
    try {
      practice = await startPracticeCarrier({
        stateFile,
        ...(stateSeal ? { stateSeal } : {}),
        credentials,
        ...options.carrierOptions,
      });
    } catch (error) {
      options.log?.(
        `practice carrier did not start: ${error instanceof Error ? error.name : 'error'}`,
        'error',
      );
    }
  }

  return {
    async ensure() {
      if (practice || options.enabled === false) return;
      if (options.hasAccount() && !(options.hasWork?.() ?? false)) return;
      starting ??= start().finally(() => (starting = null));
      await starting;
    },
    active: () => practice !== null && !options.hasAccount(),
    login: () => (practice ? { baseUrl: practice.url, ...credentials } : null),
    carrier: () => practice,
    forgetDrafts(draftIds) {
      if (draftIds.length === 0) return;
      const references = draftIds.map(customerReferenceFor);
      try {
        if (practice) practice.forget(references);
        else if (existsSync(stateFile)) createReceivedPorts(stateFile, stateSeal).forget(references);
        // Starting meanwhile: it may have read the file before the line above rewrote it.
        if (starting) void starting.then(() => practice?.forget(references));
      } catch (error) {
        options.log?.(`practice carrier did not forget: ${error instanceof Error ? error.name : 'error'}`);
      }
    },
    async close() {
      if (practice) await practice.close().catch(() => undefined);
    },
  };
}
