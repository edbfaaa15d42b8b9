// Runs the practice carrier until killed and prints where it listens as one JSON line:
//   npx tsx src-main/practice-carrier/cli.ts --port 0 [--host 127.0.0.1] [--step-ms 5000] [--state file.json]
//     [--username practice --password practice]
// With its own username and password it plays a dealer's carrier account (the journeys start two, as
// "account A" and "account B", and type their addresses in Settings).
import { parseArgs } from 'node:util';
import { practiceCredentials, startPracticeCarrier } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'step-ms': { type: 'string' },
    state: { type: 'string' },
    username: { type: 'string', default: practiceCredentials.username },
    password: { type: 'string', default: practiceCredentials.password },
  },
});

const carrier = await startPracticeCarrier({
  port: Number(values.port),
  host: values.host,
  controlEndpoints: true,
  credentials: { username: values.username, password: values.password },
  ...(values['step-ms'] ? { statusStepMs: Number(values['step-ms']) } : {}),
  ...(values.state ? { stateFile: values.state } : {}),
});
process.stdout.write(
  `${JSON.stringify({ url: carrier.url, controlUrl: carrier.controlUrl, username: values.username })}\n`,
);

const stop = () => {
  void carrier.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
