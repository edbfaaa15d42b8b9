// What the dealer is offered when Portage cannot open their data at start: which failure it is, and which
// of the four ways on apply to it. The app only shows the choices (src-main/app/recovery-dialog.ts); the
// rule is here, where Node tests read it as a table.
//
// - restoreBackup: the newest backup that opens with this computer's key and passes quick_check. Not when
//   the folder cannot be written (nothing could be put in place), the key is gone or unreadable (every
//   backup is encrypted with that same key), the disk failed, or the failure is not the data's.
// - exportReadable: a read-only copy of the database is read, request by request, into an export file the
//   dealer saves elsewhere (it imports like any export). Only when there is a database file that this key
//   decrypts and some of it may be read: damaged pages, a read-only folder, a disk error.
// - startFresh: the database (and, for a key failure, the key) is set aside, never deleted, and an empty
//   one starts. Not in a read-only folder, and not for a disk error (the fresh start would fail the same).
// - quit: always. The choice when the dialog is dismissed, and the default unless a backup is offered
//   (for a database from a newer Portage, updating Portage is the right answer: quit stays the default).
import { Failure } from '../../shared/domain/failure';

export const startFailures = [
  'unreadable',
  'damaged',
  'missing',
  'notAFile',
  'readOnly',
  'newer',
  'keyUnreadable',
  'keyMissing',
  'storage',
  'unexpected',
] as const;
export type StartFailure = (typeof startFailures)[number];

export const recoveryChoices = ['restoreBackup', 'exportReadable', 'startFresh', 'quit'] as const;
export type RecoveryChoice = (typeof recoveryChoices)[number];

const failureOfCode: Readonly<Record<string, StartFailure>> = {
  databaseUnreadable: 'unreadable',
  databaseDamaged: 'damaged',
  databaseMissing: 'missing',
  databaseNotAFile: 'notAFile',
  databaseReadOnly: 'readOnly',
  databaseFromNewerVersion: 'newer',
  databaseKeyUnreadable: 'keyUnreadable',
  databaseKeyMissing: 'keyMissing',
  storage: 'storage',
};

/**
 * The failure a start's error stands for; null when there is nothing to ask (the dealer already chose to
 * quit rather than keep the key with weak protection).
 */
export function startFailureOf(error: unknown): StartFailure | null {
  if (!(error instanceof Failure)) return 'unexpected';
  if (error.code === 'keyProtectionRefused') return null;
  return failureOfCode[error.code] ?? 'unexpected';
}

export interface RecoveryFacts {
  /** A backup passed the check (so it can be restored). */
  goodBackup: boolean;
}

const restorable: ReadonlySet<StartFailure> = new Set([
  'unreadable',
  'damaged',
  'missing',
  'notAFile',
  'newer',
]);
const exportable: ReadonlySet<StartFailure> = new Set(['damaged', 'readOnly', 'storage', 'unexpected']);
const freshStartable: ReadonlySet<StartFailure> = new Set([
  'unreadable',
  'damaged',
  'missing',
  'notAFile',
  'newer',
  'keyUnreadable',
  'keyMissing',
]);

export interface RecoveryOffer {
  failure: StartFailure;
  /** In the order the buttons show them; `quit` is always there, last. */
  choices: RecoveryChoice[];
  defaultChoice: RecoveryChoice;
}

export function recoveryOffer(failure: StartFailure, facts: RecoveryFacts): RecoveryOffer {
  const choices: RecoveryChoice[] = [];
  if (facts.goodBackup && restorable.has(failure)) choices.push('restoreBackup');
  if (exportable.has(failure)) choices.push('exportReadable');
  if (freshStartable.has(failure)) choices.push('startFresh');
  choices.push('quit');
  const defaultChoice = choices[0] === 'restoreBackup' && failure !== 'newer' ? 'restoreBackup' : 'quit';
  return { failure, choices, defaultChoice };
}

/** What a fresh start sets aside besides the database: for a key failure, the key file too. */
export function setAsideWithDatabase(failure: StartFailure, keyFile: string): string[] {
  return failure === 'keyUnreadable' || failure === 'keyMissing' ? [keyFile] : [];
}
