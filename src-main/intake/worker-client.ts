// The main process's side of the intake worker thread: started on first use, asked by message, answered
// by promise. A worker that dies (a file that exhausts it) fails the calls in flight and is started
// afresh on the next one; the tables it held are gone, and the dealer is asked to choose the file again.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../store/worker-entry';
import type { CheckAnswer, ReadAnswer, WorkerEnvelope, WorkerReply, WorkerRequest } from './worker-protocol';

export interface IntakeWorker {
  read(request: Extract<WorkerRequest, { op: 'read' }>): Promise<ReadAnswer>;
  check(request: Extract<WorkerRequest, { op: 'check' }>): Promise<CheckAnswer>;
  forget(tableId: string): void;
  close(): Promise<void>;
}

export function createIntakeWorker(): IntakeWorker {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  function failAll(error: Error): void {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  }

  function started(): Worker {
    if (worker) return worker;
    // Built: dist/main/intake-worker.cjs beside main.js; from source: parse-worker.ts through tsx.
    const { url, execArgv } = workerEntry(import.meta.url, 'parse-worker.ts', 'intake-worker.cjs');
    const created = new Worker(url, execArgv ? { execArgv } : {});
    created.on('message', (reply: WorkerReply) => {
      const call = pending.get(reply.id);
      if (!call) return;
      pending.delete(reply.id);
      // Idle again: it keeps nothing alive, unless it is being closed (close holds it until it stops).
      if (pending.size === 0 && worker === created) created.unref();
      if (reply.ok) call.resolve(reply.value);
      else call.reject(new Error(reply.message));
    });
    created.on('error', (error) => {
      if (worker === created) worker = null;
      failAll(error);
    });
    created.on('exit', (code) => {
      if (worker === created) worker = null;
      failAll(new Error(`the intake worker stopped (${code})`));
    });
    // Idle, it keeps nothing alive: the app and the tests exit without waiting for it. With a call in
    // flight it does (ask), or a process with nothing else to do would exit before the answer came.
    created.unref();
    worker = created;
    return created;
  }

  function ask(request: WorkerRequest): Promise<unknown> {
    const target = started();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      target.ref();
      target.postMessage({ id, request } satisfies WorkerEnvelope);
    });
  }

  return {
    read: (request) => ask(request) as Promise<ReadAnswer>,
    check: (request) => ask(request) as Promise<CheckAnswer>,
    forget(tableId) {
      if (worker) void ask({ op: 'forget', tableId }).catch(() => undefined);
    },
    async close() {
      const current = worker;
      worker = null;
      // Held while it stops: an idle (unref'd) worker would let the process exit before terminate settles.
      current?.ref();
      if (current) await current.terminate();
      failAll(new Error('the intake worker was closed'));
    },
  };
}
