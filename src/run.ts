/**
 * One run of the command: read records, extract each, write each in input order.
 * Failures become error records in place; the exit code says whether any occurred.
 */
import type { Writable } from 'node:stream';
import { extractDocument, type ComponentName } from './extract.js';
import { readInputs, type InputRecord } from './inputs.js';
import type { OutputRecord } from './format/record.js';
import { isError } from './format/record.js';
import { formatterFor, type FormatName, type FormatOptions } from './format/index.js';
import type { Readable } from 'node:stream';

export { FORMATS, type FormatName } from './format/index.js';

export interface RunOptions {
  inputs: readonly string[];
  from: 'text' | 'jsonl' | 'auto';
  date: string | null;
  format: FormatName | null;
  formatOptions?: FormatOptions;
  only?: readonly ComponentName[];
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export interface RunSummary {
  documents: number;
  failed: number;
}

export async function run(options: RunOptions): Promise<RunSummary> {
  const format = options.format ?? defaultFormat(options);
  const formatter = await formatterFor(format, options.formatOptions ?? { color: false, width: 100 });
  const summary: RunSummary = { documents: 0, failed: 0 };
  await writeOut(options.stdout, formatter.begin());
  for await (const record of readInputs(options.inputs, options)) {
    const output = process(record, options.only);
    if (isError(output)) {
      summary.failed++;
      options.stderr.write(`extract: ${output.document.id}: ${output.error.message}\n`);
    }
    await writeOut(options.stdout, formatter.record(output, summary.documents, record.kind === 'document' ? record.text : null));
    summary.documents++;
  }
  await writeOut(options.stdout, formatter.end());
  return summary;
}

function defaultFormat(options: RunOptions): FormatName {
  const single = options.inputs.length === 1 && options.from !== 'jsonl' && !/\.(jsonl|ndjson)$/i.test(options.inputs[0]!);
  return single ? 'json' : 'jsonl';
}

export function process(record: InputRecord, only?: readonly ComponentName[]): OutputRecord {
  if (record.kind === 'failed') return errorRecord(record.id, record.source, record.message);
  try {
    return extractDocument(record.text, {
      id: record.id,
      source: record.source,
      date: record.date,
      dateSource: record.dateSource,
      ...(record.warnings?.length ? { warnings: record.warnings } : {}),
      ...(only ? { only } : {}),
    });
  } catch (error) {
    return errorRecord(record.id, record.source, `extraction failed: ${(error as Error).message}`);
  }
}

function errorRecord(id: string, source: string, message: string): OutputRecord {
  return { document: { id, source }, error: { message } };
}

function writeOut(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(chunk)) resolve();
    else stream.once('drain', resolve).once('error', reject);
  });
}
