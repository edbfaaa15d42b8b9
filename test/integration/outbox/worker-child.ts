// The outbox worker as its own process, for the exactly-once test: it drains the queue in OUTBOX_DB to the
// carrier at OUTBOX_URL and exits 0 once nothing is left to send. The test kills it (SIGKILL) at random
// moments and starts it again on the same database file.
import { createOutboxWorker } from '../../../src-main/outbox/worker';
import { createOutboxRepository } from '../../../src-main/outbox/outbox-repository';
import { clientFor, openTestStore } from './harness';

const file = process.env.OUTBOX_DB;
const url = process.env.OUTBOX_URL;
if (!file || !url) throw new Error('OUTBOX_DB and OUTBOX_URL are required');

const store = openTestStore(file);
const repo = createOutboxRepository(store.db);
const worker = createOutboxWorker({
  store,
  client: clientFor(() => url, { timeoutMs: Number(process.env.OUTBOX_TIMEOUT_MS ?? 400) }),
  concurrency: 4,
  retryPolicy: { baseMs: 40, capMs: 400 },
  offlinePolicy: { baseMs: 40, capMs: 400 },
  maxUndecidedLookups: 6,
  log: (line) => console.log(line),
});
worker.start();

const check = setInterval(() => {
  const counts = repo.counts();
  const pending = (counts.queued ?? 0) + (counts.sending ?? 0) + (counts.waiting ?? 0);
  if (pending > 0) return;
  clearInterval(check);
  void worker.stop().then(() => {
    store.close();
    process.exit(0);
  });
}, 50);
