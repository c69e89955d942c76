/**
 * --jobs N: N threads extract documents side by side, this one and N - 1 worker threads;
 * outcomes come back in input order.
 *
 * This thread counts as one of the N: it has the pipeline loaded already, it extracts whatever
 * the workers cannot take right now (everything, while they are still starting), and between two
 * documents it hands out work and writes results. Each worker holds up to WORKER_QUEUE documents,
 * so it never waits for this thread to finish a document of its own before getting the next one.
 * N threads cost N copies of the pipeline in memory, not N + 1.
 *
 * Order with a bounded window: a record is taken from the input only while fewer than `window`
 * records are between the next one to emit and the next one to read. A slow document therefore
 * holds back at most window - 1 finished ones behind it, and memory holds at most `window`
 * documents whatever the archive's size. The caller's pace (its writes waiting for stdout to
 * drain) stops this generator, which stops reading: back-pressure reaches the input.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ComponentName } from './extract.js';
import type { DocumentRecord, InputRecord } from './inputs.js';
import { errorRecord, failedOutcome, type Outcome } from './outcome.js';
import type { Ready, Task, TaskResult } from './worker.js';

export interface PoolOptions {
  /** extraction threads in all, this one included when `local` is given */
  jobs: number;
  only?: readonly ComponentName[];
  /** most records in flight or waiting for their turn (default: 8 per job, at least 16) */
  window?: number;
  /** extracts one document in this thread; without it, workers do all the work (jobs workers) */
  local?: (record: DocumentRecord) => Outcome;
  /** the worker script (default: worker.js); tests give one that misbehaves */
  workerUrl?: URL;
  /** V8 heap limits of each worker (default: WORKER_LIMITS) */
  resourceLimits?: ResourceLimits;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** documents sent and not answered yet, oldest first (a worker answers in order) */
  tasks: Task[];
  /** documents this worker finished: a worker that dies before its first one may be unable to start */
  finished: number;
  dead: boolean;
}

/** Documents queued in one worker: one being extracted, one waiting, so it never idles. */
const WORKER_QUEUE = 2;

/**
 * A worker's heap. V8 sizes a heap from the machine's memory (4 GB on a 24 GB machine) and lets
 * garbage pile up to a few times the live data before collecting; extraction's live data is a
 * few tens of MB, so a smaller ceiling keeps each worker's memory flat at little cost in speed.
 * A document that needs more than this kills its worker alone: it becomes an error record.
 * The young generation (where a document's short-lived tokens and matches live) defaults to
 * 3 × 16 MB on 64-bit machines; 12 MB holds a document's garbage between two collections and
 * saves ~25 MB per worker (measured: --jobs 2 on 400 articles, peak 277 → 250 MB, same CPU time).
 */
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 12 };

/** A worker that cannot start (a broken build) would be replaced forever: stop after this many. */
const MAX_START_FAILURES = 3;

export async function* extractInPool(records: AsyncIterable<InputRecord>, options: PoolOptions): AsyncGenerator<Outcome> {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const workers = options.local ? jobs - 1 : jobs;
  const window = Math.max(options.window ?? Math.max(16, jobs * 8), workers * WORKER_QUEUE + 1);
  const ready = new Map<number, Outcome>();
  const slots = new Set<Slot>();
  /** documents a dead worker had queued behind the one that killed it: handed out again first */
  const retry: Task[] = [];
  let wake: (() => void) | null = null;
  let fatal: Error | null = null;
  let startFailures = 0;
  let closing = false;

  const signal = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };

  const spawn = () => {
    const worker = new Worker(options.workerUrl ?? defaultWorkerUrl(), {
      workerData: { only: options.only },
      resourceLimits: options.resourceLimits ?? WORKER_LIMITS,
    });
    const slot: Slot = { worker, ready: false, tasks: [], finished: 0, dead: false };
    slots.add(slot);
    worker.on('message', (message: TaskResult | Ready) => {
      if (message === 'ready') {
        slot.ready = true;
        return signal();
      }
      const at = slot.tasks.findIndex((t) => t.seq === message.seq);
      if (at < 0) return;
      const [task] = slot.tasks.splice(at, 1);
      slot.finished++;
      const { record } = task!;
      ready.set(message.seq, { id: record.id, error: message.error, json: message.json, text: record.text, bytes: record.bytes ?? 0 });
      signal();
    });
    worker.on('error', (error) => crashed(slot, error));
    worker.on('exit', (code) => crashed(slot, new Error(`worker stopped with exit code ${code}`)));
  };

  /**
   * The document the worker was extracting fails alone (it is the likely cause); the ones queued
   * behind it go to another thread, and a fresh worker takes the dead one's place.
   */
  const crashed = (slot: Slot, error: Error) => {
    if (slot.dead || closing) return;
    slot.dead = true;
    slots.delete(slot);
    const [culprit, ...queued] = slot.tasks;
    if (culprit) {
      const { seq, record } = culprit;
      const message = `extraction failed: worker crashed (${error.message})`;
      ready.set(seq, { id: record.id, error: message, record: errorRecord(record.id, record.source, message), text: record.text, bytes: record.bytes ?? 0 });
    } else if (slot.finished === 0 && ++startFailures >= MAX_START_FAILURES) {
      fatal = new Error(`worker threads cannot start: ${error.message}`);
    }
    retry.unshift(...queued);
    if (!fatal) spawn();
    signal();
  };

  /** The ready worker with the shortest queue, if any has room. */
  const freeWorker = (): Slot | null => {
    let best: Slot | null = null;
    for (const slot of slots) if (slot.ready && slot.tasks.length < WORKER_QUEUE && (!best || slot.tasks.length < best.tasks.length)) best = slot;
    return best;
  };

  for (let i = 0; i < workers; i++) spawn();
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
      if (inputDone && retry.length === 0 && nextEmit === nextRead) return;
      const worker = freeWorker();
      // what to do next: a retried document, or a new one if the window has room
      const canRead = !inputDone && nextRead - nextEmit < window;
      if ((worker || options.local) && (retry.length > 0 || canRead)) {
        const task = retry.shift() ?? (await readTask());
        if (!task) continue;
        const target = worker && !worker.dead ? worker : freeWorker();
        if (target) {
          target.tasks.push(task);
          target.worker.postMessage(task);
        } else if (options.local) {
          ready.set(task.seq, options.local(task.record));
          // results and "ready" messages are macrotasks: let them in between two documents
          await new Promise((resolve) => setImmediate(resolve));
        } else retry.unshift(task);
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    await Promise.all([...slots].map((slot) => slot.worker.terminate()));
  }

  /** The next document to extract; a record that failed to read goes straight to `ready`. */
  async function readTask(): Promise<Task | null> {
    const next = await input.next();
    if (next.done) {
      inputDone = true;
      return null;
    }
    const seq = nextRead++;
    if (next.value.kind === 'failed') {
      ready.set(seq, failedOutcome(next.value, next.value.message));
      return null;
    }
    return { seq, record: next.value };
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
