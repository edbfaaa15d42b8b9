// The database task's worker thread: one task from workerData, one answer posted back, then it ends.
// Built as its own bundle (dist/main/database-worker.cjs, electron.config.ts); from source, through tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type DatabaseTask } from './database-task-body';

parentPort?.postMessage(runTask(workerData as DatabaseTask, 'worker'));
