// The harness's control endpoints, POST|GET|DELETE /control/<action>, for the e2e journeys (token
// required, like /ipc): cut or restore the carrier and the system's connection, set the practice
// carrier's faults, stage the file the next dialog picks and read the files saved, nudge the
// tracker and the outbox worker, move the clock on (a day passes in a second), wait for the outbox to
// go idle, read the harness's state.
// A body that does not parse or fit its schema throws: the router answers 400.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Services } from '../composition/services';
import { faultUpdateSchema } from '../practice-carrier/faults';
import { readBody, send } from '../practice-carrier/http';
import type { NetworkSwitches } from './network';
import type { ShiftedClock } from './shifted-clock';
import type { StagedDialogs } from './staged-dialogs';

const stageSchema = z.union([
  z.object({ name: z.string().min(1).max(255), base64: z.base64() }).strict(),
  // A file known by its size alone: one too large to send here, to see the app refuse it.
  z
    .object({
      name: z.string().min(1).max(255),
      size: z
        .int()
        .min(0)
        .max(2 ** 40),
    })
    .strict(),
]);
const onlineSchema = z.object({ online: z.boolean() }).strict();
const advanceSchema = z
  .object({
    ms: z
      .int()
      .min(0)
      .max(366 * 24 * 60 * 60_000),
  })
  .strict();

export interface ControlOptions {
  services: Services;
  dialogs: StagedDialogs;
  network: NetworkSwitches;
  clock: ShiftedClock;
  dataDir: string;
  maxBodyBytes: number;
}

/** Returns the handler of one control request (`action`: the path after /control/). */
export function createControl({ services, dialogs, network, clock, dataDir, maxBodyBytes }: ControlOptions) {
  return async function control(
    request: IncomingMessage,
    response: ServerResponse,
    action: string,
  ): Promise<void> {
    const body = request.method === 'POST' ? await readBody(request, maxBodyBytes) : '';
    const json = (): unknown => (body ? JSON.parse(body) : {});
    const practice = services.practiceCarrier();
    switch (action) {
      case 'carrier/unreachable':
        network.unreachable = true;
        return send(response, 200, { unreachable: network.unreachable });
      case 'carrier/reachable':
        network.unreachable = false;
        services.worker.retryNow();
        services.tracker.pollNow();
        return send(response, 200, { unreachable: network.unreachable });
      case 'online': {
        network.online = onlineSchema.parse(json()).online;
        return send(response, 200, { online: network.online });
      }
      case 'practice/faults':
        if (!practice) return send(response, 409, { error: 'no practice carrier' });
        if (request.method === 'DELETE') return send(response, 200, practice.faults.clear());
        if (request.method === 'GET') return send(response, 200, practice.faults.get());
        return send(response, 200, practice.faults.set(faultUpdateSchema.parse(json())));
      case 'dialogs/stage': {
        const file = stageSchema.parse(json());
        dialogs.stage(
          'size' in file
            ? file
            : { name: file.name, content: new Uint8Array(Buffer.from(file.base64, 'base64')) },
        );
        return send(response, 200, { staged: file.name });
      }
      case 'dialogs/clear':
        dialogs.clear();
        return send(response, 200, { cleared: true });
      case 'dialogs/saved':
        return send(
          response,
          200,
          dialogs
            .saved()
            .map((file) => ({ name: file.name, base64: Buffer.from(file.content).toString('base64') })),
        );
      case 'tracking/poll':
        services.tracker.pollNow();
        services.worker.retryNow();
        return send(response, 200, { polled: true });
      case 'clock/advance':
        return send(response, 200, { aheadMs: clock.advance(advanceSchema.parse(json()).ms) });
      case 'outbox/idle':
        await services.worker.idle();
        return send(response, 200, services.worker.snapshot());
      case 'state':
        return send(response, 200, {
          dataDir,
          practiceUrl: practice?.url ?? null,
          unreachable: network.unreachable,
          online: network.online,
        });
      default:
        return send(response, 404, { error: 'unknown control' });
    }
  };
}
