/**
 * Turns the command line's inputs into a stream of records, one per document, in input order.
 * A record that cannot be read becomes a failed record in its place; nothing is dropped.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface DocumentRecord {
  kind: 'document';
  id: string;
  source: string;
  text: string;
  date: string | null;
  dateSource: 'option' | 'record';
}

export interface FailedRecord {
  kind: 'failed';
  id: string;
  source: string;
  message: string;
}

export type InputRecord = DocumentRecord | FailedRecord;

export interface InputOptions {
  from: 'text' | 'jsonl' | 'auto';
  /** publication date from --date; a JSONL record's own date wins over it */
  date: string | null;
  stdin: Readable;
}

export function isJsonlName(path: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(path);
}

export async function* readInputs(paths: readonly string[], options: InputOptions): AsyncGenerator<InputRecord> {
  for (const path of paths) {
    const jsonl = options.from === 'jsonl' || (options.from === 'auto' && isJsonlName(path));
    if (jsonl) yield* readJsonl(path, options);
    else yield await readText(path, options);
  }
}

async function readText(path: string, options: InputOptions): Promise<InputRecord> {
  const id = path === '-' ? 'stdin' : path;
  const source = id;
  try {
    const text = path === '-' ? await readStream(options.stdin) : readFileSync(path, 'utf8');
    return { kind: 'document', id, source, text, date: options.date, dateSource: 'option' };
  } catch (error) {
    return { kind: 'failed', id, source, message: describeReadError(path, error) };
  }
}

async function* readJsonl(path: string, options: InputOptions): AsyncGenerator<InputRecord> {
  const input = path === '-' ? options.stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const name = path === '-' ? 'stdin' : path;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    yield parseRecord(line, `${name}:${lineNumber}`, options.date);
  }
}

export function parseRecord(line: string, source: string, fallbackDate: string | null): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: 'failed', id: source, source, message: `line is not JSON (${source})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { kind: 'failed', id: source, source, message: 'record is not a JSON object' };
  const record = value as Record<string, unknown>;
  const id = record.id === undefined || record.id === null ? source : String(record.id);
  if (typeof record.text !== 'string') return { kind: 'failed', id, source, message: 'record has no "text" string' };
  const date = typeof record.date === 'string' && record.date ? record.date : null;
  return {
    kind: 'document',
    id,
    source,
    text: record.text,
    date: date ?? fallbackDate,
    dateSource: date ? 'record' : 'option',
  };
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file: ${path}`;
  if (code === 'EISDIR') return `is a directory: ${path}`;
  if (code === 'EACCES') return `permission denied: ${path}`;
  return `cannot read ${path}: ${(error as Error).message}`;
}
