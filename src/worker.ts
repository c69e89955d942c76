/**
 * A worker thread of the pool (pool.ts): loads the pipeline once, then extracts one document per
 * message and answers with the output record already serialised, so the main thread only writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ComponentName } from './extract.js';
import { isError } from './format/record.js';
import type { DocumentRecord } from './inputs.js';
import { extractRecord } from './process.js';

export interface Task {
  seq: number;
  record: DocumentRecord;
}

export interface TaskResult {
  seq: number;
  json: string;
  error: string | null;
}

/** Sent once, when the pipeline is loaded and the worker can take documents. */
export type Ready = 'ready';

const only = (workerData as { only?: readonly ComponentName[] } | null)?.only;
const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of the pool');

port.on('message', (task: Task) => {
  const output = extractRecord(task.record, only);
  const result: TaskResult = { seq: task.seq, json: JSON.stringify(output), error: isError(output) ? output.error.message : null };
  port.postMessage(result);
});
port.postMessage('ready' satisfies Ready);
