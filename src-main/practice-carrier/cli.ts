// Runs the practice carrier until killed and prints where it listens as one JSON line:
//   npx tsx src-main/practice-carrier/cli.ts --port 0 [--host 127.0.0.1] [--step-ms 5000] [--state file.json]
import { parseArgs } from 'node:util';
import { practiceCredentials, startPracticeCarrier } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'step-ms': { type: 'string' },
    state: { type: 'string' },
  },
});

const carrier = await startPracticeCarrier({
  port: Number(values.port),
  host: values.host,
  controlEndpoints: true,
  ...(values['step-ms'] ? { statusStepMs: Number(values['step-ms']) } : {}),
  ...(values.state ? { stateFile: values.state } : {}),
});
process.stdout.write(
  `${JSON.stringify({ url: carrier.url, controlUrl: carrier.controlUrl, username: practiceCredentials.username })}\n`,
);

const stop = () => {
  void carrier.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
