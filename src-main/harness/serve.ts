// `npm run harness`: the app's services and renderer in a browser, for development and the e2e journeys.
// Prints the URL (with the session token) for a person, then the same as one JSON line for tests.
import { startHarness } from './server';

const harness = await startHarness({
  ...(process.env.PORTAGE_STATUS_STEP_MS ? { statusStepMs: Number(process.env.PORTAGE_STATUS_STEP_MS) } : {}),
  ...(process.env.PORTAGE_STATUS_POLL_MS ? { statusPollMs: Number(process.env.PORTAGE_STATUS_POLL_MS) } : {}),
});
console.log(`Portage harness: open ${harness.url}`);
console.log(`Data folder: ${harness.dataDir}`);
console.log(
  JSON.stringify({
    url: harness.url,
    origin: harness.origin,
    token: harness.token,
    dataDir: harness.dataDir,
  }),
);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void harness.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
