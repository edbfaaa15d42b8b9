// The parts the composition root wires together: the outbox worker, tracker and finalize; the carrier's
// reference lists; and what the IPC handlers are given. Kept apart so services.ts reads as the order of start.
import type { CarrierTargets } from '../carrier/carrier-targets';
import type { CarrierClient } from '../carrier/client';
import { createReferenceService, type ReferenceService } from '../carrier/reference-service';
import { createReferenceSync, type ReferenceSync } from '../carrier/reference-sync';
import type { EventBus } from '../ipc/events';
import type { HandlerDeps } from '../ipc/handlers/deps';
import { createIntakeService } from '../intake/intake-service';
import type { createIntakeWorker } from '../intake/worker-client';
import { createOutboxDrafts } from '../outbox/finalize';
import { createRetention } from '../outbox/retention';
import { statusNotifications } from '../outbox/status-notifications';
import { practiceDraftsReader } from '../outbox/targets';
import { createPortTracker, type PortTracker } from '../outbox/tracking';
import { createTransferHistory } from '../outbox/transfer-history';
import { createPaperwork } from '../paperwork/paperwork-service';
import { createOutboxWorker, type OutboxWorker } from '../outbox/worker';
import type { PracticeSession } from '../practice-carrier/practice-session';
import type { AccountService } from '../secrets/account';
import type { LinePasswords } from '../secrets/line-passwords';
import { todayEastern } from '../shared/domain/eastern-date';
import type { Locale } from '../shared/domain/locale';
import { translateText } from '../shared/domain/messages';
import type { Store } from '../store';
import { splitDraft } from '../store/draft-split';
import { draftsPurged } from './drafts-purged';
import type { ServicesOptions } from './services-options';
import type { LogLine } from '../shared/domain/log-line';
import { diagnosticsFor } from './diagnostics-deps';

export interface Core {
  options: ServicesOptions;
  store: Store;
  events: EventBus;
  account: AccountService;
  linePasswords: LinePasswords;
  practice: PracticeSession;
  targets: CarrierTargets;
  carrier: CarrierClient;
  locale: () => Locale;
  dateClock: () => Date;
  isOnline: () => boolean;
  log: LogLine;
  /** The intake worker thread (spreadsheets of numbers), closed at shutdown. */
  intakeWorker: ReturnType<typeof createIntakeWorker>;
}

/** The outbox worker, the tracker and finalize, wired to each other and to the event bus. */
export function outboxParts(core: Core, reference: ReferenceService) {
  const { options, store, events, targets, locale, dateClock, isOnline, log } = core;
  const notify = statusNotifications({
    notifier: options.notifier,
    enabled: () => store.settings.get('notifications'),
    locale,
  });
  const worker: OutboxWorker = createOutboxWorker({
    store,
    targets,
    clock: dateClock,
    isOnline,
    onChange: (state) => events.emit('outboxChanged', state),
    onDraftsChanged: (ids) => events.emit('draftsChanged', { ids }),
    // A port just got its ticket: the tracker looks at its schedule again instead of sleeping on.
    onSubmitted: () => tracker.wake(),
    ...(options.firstPollDelayMs !== undefined ? { firstPollDelayMs: options.firstPollDelayMs } : {}),
    log,
    snapshot: { locale },
  });
  const tracker: PortTracker = createPortTracker({
    store,
    targets,
    clock: dateClock,
    isOnline,
    ...(options.trackingSchedule ? { schedule: options.trackingSchedule } : {}),
    onPortStatusChanged: (change) => {
      events.emit('portStatusChanged', change);
      notify(change);
    },
    onDraftsChanged: (ids) => events.emit('draftsChanged', { ids }),
    log,
    locale,
  });
  const outboxDrafts = createOutboxDrafts({
    store,
    clock: dateClock,
    readyContext: (draftId) => {
      const data = reference.get();
      return {
        today: todayEastern(dateClock()),
        providers: data.providers,
        npanxx: data.npanxx,
        holidays: data.holidays,
        signatures: store.signatures.forDraft(draftId),
      };
    },
    onQueued: () => worker.wake(),
    target: () => targets.current(),
    linePasswords: (draftId) => core.linePasswords.reveal(draftId),
  });
  return { worker, tracker, outboxDrafts, retention: createRetention({ store, clock: dateClock }) };
}

export type OutboxParts = ReturnType<typeof outboxParts>;

export function handlerDeps(
  core: Core,
  parts: OutboxParts,
  reference: ReferenceService,
  online: () => boolean,
  localeListeners: Set<(locale: Locale) => void>,
): Omit<HandlerDeps, 'backups'> {
  const { options, store, account, practice, events, linePasswords } = core;
  const { worker, tracker } = parts;
  return {
    store,
    account,
    linePasswords,
    carrier: core.carrier,
    paperwork: createPaperwork({
      store,
      clock: core.dateClock,
      providers: () => reference.get().providers,
    }),
    dialogs: options.dialogs,
    events: core.events,
    workflow: {
      split: (id) => splitDraft(store, id),
      finalize: (id, options) => parts.outboxDrafts.finalizeDraft(id, options),
      editCopy: (id) => parts.outboxDrafts.editCopy(id),
      copiedRejection: (id) => parts.outboxDrafts.copiedRejection(id),
    },
    outbox: {
      list: () => worker.snapshot(),
      retryNow: () => worker.retryNow(),
      resolveReview: ({ draftId, choice, ticket }) => worker.resolveReview(draftId, choice, ticket),
      pullBack: (draftId) => worker.pullBack(draftId),
      practiceAmong: practiceDraftsReader(store),
      sendToCurrent: (draftIds) => worker.sendToCurrent(draftIds),
    },
    tracking: { get: (draftId) => parts.tracker.trackingFor(draftId) },
    retention: {
      count: (period) => parts.retention.count(period),
      purgeExpired: () => draftsPurged(events, practice, parts.retention.purgeExpired()),
    },
    transferHistory: createTransferHistory(store),
    reference,
    intake: createIntakeService({
      store,
      worker: core.intakeWorker,
      portablePrefixes: () => reference.get().npanxx,
      locale: core.locale,
    }),
    locale: core.locale,
    systemLocale: options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    version: options.version ?? '0.0.0',
    dataFolder: options.dataDir,
    practiceMode: () => practice.active(),
    online,
    onAccountChanged: () => {
      // A new or fixed account: a queue paused on 401/403 drains again (the requests of that account;
      // the others wait for the dealer's choice), and the outbox view says which wait and why.
      worker.resume();
      // The account was removed: practice again rather than fail every request. Then the tickets of
      // whichever carriers are reachable now are followed, and the window hears of it (the banner).
      void practice
        .ensure()
        .then(() => {
          worker.wake();
          tracker.wake();
          events.emit('accountChanged', account.summary());
        })
        // Shut down meanwhile: there is no window left to tell.
        .catch(() => undefined);
    },
    onLocaleChanged: (next) => localeListeners.forEach((listener) => listener(next)),
    translate: (l, key) => translateText(l, key),
    diagnostics: diagnosticsFor(store.db, options, {
      locale: core.locale,
      practiceMode: () => practice.active(),
      online,
      now: core.dateClock,
    }),
  };
}

// The carrier's reference lists: synced from the current carrier into the store's cache, read in the
// dealer's language.
export function referenceParts(core: Core): { referenceSync: ReferenceSync; reference: ReferenceService } {
  const { store, carrier, options, locale } = core;
  const referenceSync = createReferenceSync({
    client: carrier,
    cache: store.referenceCache,
    clock: options.clock,
  });
  const reference = createReferenceService({
    cache: store.referenceCache,
    sync: referenceSync,
    locale,
    translate: (l, key) => translateText(l, key),
  });
  return { referenceSync, reference };
}
