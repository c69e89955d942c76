/**
 * --jobs N: N worker threads extract documents side by side; outcomes come back in input order.
 *
 * Order with a bounded window: a record is handed out only while fewer than `window` records
 * are between the next one to emit and the next one to read. A slow document therefore holds back
 * at most window - 1 finished ones behind it, and memory holds at most `window` documents
 * whatever the archive's size. The caller's pace (its writes waiting for stdout to drain) stops
 * this generator, which stops reading: back-pressure reaches the input.
 *
 * Workers take a while to start (each loads the pipeline). Until the first one is ready, the
 * main thread, which has the pipeline loaded already, extracts documents itself (`local`), so
 * starting the pool never makes a run wait.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ComponentName } from './extract.js';
import type { DocumentRecord, InputRecord } from './inputs.js';
import { errorRecord, failedOutcome, type Outcome } from './outcome.js';
import type { Ready, Task, TaskResult } from './worker.js';

export interface PoolOptions {
  jobs: number;
  only?: readonly ComponentName[];
  /** most records in flight or waiting for their turn (default: 8 per job, at least 16) */
  window?: number;
  /** extracts one document in this thread, used while no worker is ready yet */
  local?: (record: DocumentRecord) => Outcome;
  /** the worker script (default: worker.js); tests give one that misbehaves */
  workerUrl?: URL;
}

interface Slot {
  worker: Worker;
  task: { seq: number; record: DocumentRecord } | null;
  /** documents this worker finished: a worker that dies before its first one may be unable to start */
  finished: number;
  dead: boolean;
}

/** A worker that cannot start (a broken build) would be replaced forever: stop after this many. */
const MAX_START_FAILURES = 3;

export async function* extractInPool(records: AsyncIterable<InputRecord>, options: PoolOptions): AsyncGenerator<Outcome> {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const window = Math.max(options.window ?? Math.max(16, jobs * 8), jobs);
  const ready = new Map<number, Outcome>();
  const idle: Slot[] = [];
  const slots = new Set<Slot>();
  let wake: (() => void) | null = null;
  let fatal: Error | null = null;
  let startFailures = 0;
  let closing = false;
  let anyReady = false;

  const signal = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };

  const spawn = () => {
    const worker = new Worker(options.workerUrl ?? defaultWorkerUrl(), { workerData: { only: options.only } });
    const slot: Slot = { worker, task: null, finished: 0, dead: false };
    slots.add(slot);
    slot.worker.on('message', (result: TaskResult | Ready) => {
      if (result === 'ready') {
        anyReady = true;
        idle.push(slot);
        return signal();
      }
      const task = slot.task;
      if (!task || task.seq !== result.seq) return;
      slot.task = null;
      slot.finished++;
      ready.set(task.seq, { id: task.record.id, error: result.error, json: result.json, text: task.record.text, bytes: task.record.bytes ?? 0 });
      idle.push(slot);
      signal();
    });
    slot.worker.on('error', (error) => crashed(slot, error));
    slot.worker.on('exit', (code) => crashed(slot, new Error(`worker stopped with exit code ${code}`)));
  };

  /** The document the worker held fails alone; a fresh worker takes the dead one's place. */
  const crashed = (slot: Slot, error: Error) => {
    if (slot.dead || closing) return;
    slot.dead = true;
    slots.delete(slot);
    const at = idle.indexOf(slot);
    if (at >= 0) idle.splice(at, 1);
    if (slot.task) {
      const { seq, record } = slot.task;
      const message = `extraction failed: worker crashed (${error.message})`;
      ready.set(seq, { id: record.id, error: message, record: errorRecord(record.id, record.source, message), text: record.text, bytes: record.bytes ?? 0 });
    } else if (slot.finished === 0 && ++startFailures >= MAX_START_FAILURES) {
      fatal = new Error(`worker threads cannot start: ${error.message}`);
    }
    if (!fatal) spawn();
    signal();
  };

  for (let i = 0; i < jobs; i++) spawn();
  const input = records[Symbol.asyncIterator]();
  let nextRead = 0;
  let nextEmit = 0;
  let inputDone = false;
  try {
    for (;;) {
      if (fatal) throw fatal;
      while (ready.has(nextEmit)) {
        const outcome = ready.get(nextEmit)!;
        ready.delete(nextEmit);
        nextEmit++;
        yield outcome;
      }
      if (inputDone && nextEmit === nextRead) return;
      const canLocal = options.local !== undefined && !anyReady;
      if (!inputDone && (idle.length > 0 || canLocal) && nextRead - nextEmit < window) {
        const next = await input.next();
        if (next.done) {
          inputDone = true;
          continue;
        }
        const seq = nextRead++;
        const record = next.value;
        if (record.kind === 'failed') ready.set(seq, failedOutcome(record, record.message));
        else if (idle.length === 0) {
          ready.set(seq, options.local!(record));
          // a worker's "ready" is a macrotask: let it in, or this thread would keep all the work
          await new Promise((resolve) => setImmediate(resolve));
        }
        else {
          const slot = idle.pop()!;
          slot.task = { seq, record };
          slot.worker.postMessage({ seq, record } satisfies Task);
        }
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    await Promise.all([...slots].map((slot) => slot.worker.terminate()));
  }
}

/**
 * The compiled worker next to this module; when this module runs from the TypeScript sources
 * (the tests), the compiled one in dist/, since a worker thread cannot load TypeScript.
 */
function defaultWorkerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../dist/worker.js', import.meta.url);
}
