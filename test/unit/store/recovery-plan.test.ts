// Which ways on the dealer is offered for each failure at start (src-main/store/recovery/plan.ts), as a
// table: the app's dialog shows exactly these buttons, in this order, with this default.
import { describe, expect, it } from 'vitest';
import { Failure } from '../../../src-main/shared/domain/failure';
import { StoreError } from '../../../src-main/store/errors';
import {
  recoveryOffer,
  setAsideWithDatabase,
  startFailureOf,
  startFailures,
  type RecoveryChoice,
  type StartFailure,
} from '../../../src-main/store/recovery/plan';

const withBackup: Record<StartFailure, RecoveryChoice[]> = {
  unreadable: ['restoreBackup', 'startFresh', 'quit'],
  damaged: ['restoreBackup', 'exportReadable', 'startFresh', 'quit'],
  missing: ['restoreBackup', 'startFresh', 'quit'],
  notAFile: ['restoreBackup', 'startFresh', 'quit'],
  readOnly: ['exportReadable', 'quit'],
  newer: ['restoreBackup', 'startFresh', 'quit'],
  keyUnreadable: ['startFresh', 'quit'],
  keyMissing: ['startFresh', 'quit'],
  storage: ['exportReadable', 'quit'],
  unexpected: ['exportReadable', 'quit'],
};

const restoreByDefault: ReadonlySet<StartFailure> = new Set(['unreadable', 'damaged', 'missing', 'notAFile']);

describe('the recovery offered at start', () => {
  it.each(startFailures.map((failure) => [failure]))('%s, with a good backup', (failure) => {
    const offer = recoveryOffer(failure, { goodBackup: true });
    expect(offer.choices).toEqual(withBackup[failure]);
    // The restore is the default where it is offered, except over a newer Portage's data (update instead).
    expect(offer.defaultChoice).toBe(restoreByDefault.has(failure) ? 'restoreBackup' : 'quit');
  });

  it.each(startFailures.map((failure) => [failure]))(
    '%s, with no good backup: never a restore',
    (failure) => {
      const offer = recoveryOffer(failure, { goodBackup: false });
      expect(offer.choices).toEqual(withBackup[failure].filter((choice) => choice !== 'restoreBackup'));
      expect(offer.defaultChoice).toBe('quit');
    },
  );

  it('reads the failure from what the start threw', () => {
    expect(startFailureOf(new StoreError('databaseDamaged'))).toBe('damaged');
    expect(startFailureOf(new StoreError('databaseFromNewerVersion', { found: 9, supported: 6 }))).toBe(
      'newer',
    );
    expect(startFailureOf(new StoreError('databaseReadOnly'))).toBe('readOnly');
    expect(startFailureOf(new Failure('databaseKeyUnreadable'))).toBe('keyUnreadable');
    expect(startFailureOf(new StoreError('storage', { reason: 'SQLITE_FULL' }))).toBe('storage');
    expect(startFailureOf(new TypeError('boom'))).toBe('unexpected');
    // The dealer already chose to quit rather than keep the key weakly protected: nothing more to ask.
    expect(startFailureOf(new Failure('keyProtectionRefused'))).toBeNull();
  });

  it('sets the key aside with the database only when the key is what failed', () => {
    expect(setAsideWithDatabase('keyUnreadable', '/data/portage.key')).toEqual(['/data/portage.key']);
    expect(setAsideWithDatabase('keyMissing', '/data/portage.key')).toEqual(['/data/portage.key']);
    expect(setAsideWithDatabase('damaged', '/data/portage.key')).toEqual([]);
  });
});
