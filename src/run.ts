/**
 * One run of the command: read records, extract each, write each in input order.
 * Failures become error records in place; the exit code says whether any occurred.
 *
 * The path for one article stays light: the extraction pipeline is imported when the first
 * document needs it, and worker threads (pool.ts) only when there are --jobs > 1 and more
 * documents than this thread gets through in a moment.
 */
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import type { ComponentName } from './extract.js';
import { formatterFor, type FormatName, type FormatOptions, type Formatter } from './format/index.js';
import { readSources, type DocumentRecord, type InputRecord, type RecordFields } from './inputs.js';
import { failedOutcome, type Outcome } from './outcome.js';
import { openOutput } from './output.js';
import { Progress, type Counts } from './progress.js';
import { expandSources, type Source } from './sources.js';

export { FORMATS, type FormatName } from './format/index.js';

export interface RunOptions {
  inputs: readonly string[];
  from: 'text' | 'jsonl' | 'auto';
  date: string | null;
  format: FormatName | null;
  formatOptions?: FormatOptions;
  only?: readonly ComponentName[];
  /** JSON Lines field names (--text-field, --id-field, --date-field) */
  fields?: Partial<RecordFields>;
  /** worker threads (default: one per core); 1 extracts in this thread */
  jobs?: number;
  /** write here instead of stdout (-o) */
  output?: string | null;
  /** skip documents already complete in `output` and append the rest (--resume) */
  resume?: boolean;
  /** nothing on stderr: no progress, no summary, no per-document errors (--quiet) */
  quiet?: boolean;
  /** the summary line even when stderr is not a terminal (--verbose) */
  verbose?: boolean;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export interface RunSummary {
  documents: number;
  failed: number;
  /** documents already in the output (--resume) */
  skipped: number;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** A command-line input that names nothing to read: the person must fix the command (exit 2). */
export class NoInputError extends Error {}

export async function run(options: RunOptions): Promise<RunSummary> {
  const sources = expandSources(options.inputs, { from: options.from, exclude: options.output ?? null });
  const empty = sources.find((s) => s.kind === 'missing');
  if (empty && empty.kind === 'missing') throw new NoInputError(`${empty.message} (give text or JSON Lines files, a directory that holds them, or - for standard input)`);
  const format = options.format ?? defaultFormat(sources, options.resume === true);
  const formatter = await formatterFor(format, options.formatOptions ?? { color: false, width: 100 });
  const output = options.output ? await openOutput(options.output, options.resume === true) : null;
  const out = output?.stream ?? options.stdout;
  const counts: Counts = { documents: 0, failed: 0, skipped: 0, bytes: 0 };
  const progress = progressFor(options, sources);
  const records = skipDone(readSources(sources, options), output?.done ?? new Set(), counts);
  try {
    await write(out, formatter.begin());
    for await (const outcome of extractor(records, sources, options)) {
      if (outcome.error !== null) {
        counts.failed++;
        if (!options.quiet) progress.note(`extract: ${outcome.id}: ${outcome.error}`);
      }
      await write(out, formatted(formatter, format, outcome, counts.documents));
      counts.documents++;
      counts.bytes += outcome.bytes;
      progress.update(counts);
    }
    await write(out, formatter.end());
  } finally {
    progress.finish();
    await output?.close();
  }
  return { documents: counts.documents, failed: counts.failed, skipped: counts.skipped };
}

/** One indented JSON document for one article, JSON Lines for more (and always when resuming). */
function defaultFormat(sources: readonly Source[], resume: boolean): FormatName {
  const single = !resume && sources.length === 1 && sources[0]!.kind === 'text';
  return single ? 'json' : 'jsonl';
}

/**
 * A worker's record arrives serialised; for JSON Lines that string is the line (what the jsonl
 * formatter would make of the parsed record), so it is written as it is, not parsed and
 * serialised again.
 */
function formatted(formatter: Formatter, format: FormatName, outcome: Outcome, index: number): string {
  if (format === 'jsonl' && outcome.json !== undefined) return `${outcome.json}\n`;
  const record = outcome.record ?? JSON.parse(outcome.json!);
  return formatter.record(record, index, outcome.text);
}

/**
 * Extracts in this thread first; once that has taken POOL_AFTER_MS and documents remain, with
 * --jobs N > 1, starts N - 1 worker threads that share the rest with this one (pool.ts). One
 * article, or a handful, never pays for starting workers (each loads the whole pipeline), and
 * nothing waits to learn how many documents a stream holds, so an interactive producer feeding
 * one line at a time is answered.
 */
async function* extractor(records: AsyncIterable<InputRecord>, sources: readonly Source[], options: RunOptions): AsyncGenerator<Outcome> {
  const knownCount = sources.every((s) => s.kind !== 'jsonl') ? sources.length : Infinity;
  const jobs = Math.min(options.jobs ?? defaultJobs(), knownCount);
  const input = records[Symbol.asyncIterator]();
  const started = performance.now();
  let local: ((record: DocumentRecord) => Outcome) | null = null;
  for (;;) {
    if (jobs > 1 && performance.now() - started >= POOL_AFTER_MS) break;
    const next = await input.next();
    if (next.done) return;
    const record = next.value;
    if (record.kind === 'failed') yield failedOutcome(record, record.message);
    else yield (local ??= await localExtractor(options.only))(record);
  }
  const rest = { [Symbol.asyncIterator]: () => input };
  const { extractInPool } = await import('./pool.js');
  yield* extractInPool(rest, {
    jobs,
    local: local ?? (await localExtractor(options.only)),
    ...(options.only ? { only: options.only } : {}),
  });
}

/** Time spent extracting in this thread before worker threads are started. */
const POOL_AFTER_MS = 300;

async function localExtractor(only?: readonly ComponentName[]): Promise<(record: DocumentRecord) => Outcome> {
  const { extractRecord } = await import('./process.js');
  return (record) => {
    const output = extractRecord(record, only);
    const error = 'error' in output ? output.error.message : null;
    return { id: record.id, error, record: output, text: record.text, bytes: record.bytes ?? 0 };
  };
}

/** Drops records whose id is already complete in the output, counting them. */
async function* skipDone(records: AsyncIterable<InputRecord>, done: ReadonlySet<string>, counts: Counts): AsyncGenerator<InputRecord> {
  for await (const record of records) {
    if (done.size && done.has(record.id)) {
      counts.skipped++;
      counts.bytes += record.bytes ?? 0;
      continue;
    }
    yield record;
  }
}

function progressFor(options: RunOptions, sources: readonly Source[]): Progress {
  const tty = (options.stderr as { isTTY?: boolean }).isTTY === true;
  // records printed to the same terminal would be torn by a status line redrawn under them
  const recordsOnTerminal = !options.output && (options.stdout as { isTTY?: boolean }).isTTY === true;
  const files = sources.every((s) => s.kind !== 'missing' && s.path !== '-');
  const allText = sources.every((s) => s.kind === 'text');
  const gzip = sources.some((s) => s.path.endsWith('.gz'));
  return new Progress({
    stream: options.stderr,
    live: tty && !options.quiet && !recordsOnTerminal,
    summary: !options.quiet && (tty || options.verbose === true),
    total: allText && files ? sources.length : null,
    totalBytes: files && !gzip ? sources.reduce((n, s) => n + (s.kind === 'missing' ? 0 : (s.bytes ?? 0)), 0) : null,
  });
}

/** Waits for the stream to drain when its buffer is full: back-pressure reaches the reader. */
async function write(stream: Writable, chunk: string): Promise<void> {
  if (chunk && !stream.write(chunk)) await once(stream, 'drain');
}
