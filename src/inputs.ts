/**
 * Turns the command line's inputs into a stream of records, one per document, in input order.
 * A record that cannot be read becomes a failed record in its place; nothing is dropped.
 *
 * Everything streams: a JSON Lines file is read a chunk at a time and split into lines as bytes,
 * gzip is undone on the fly, and the generator yields one record at a time, so memory holds the
 * records in flight and not the archive.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { expandSources, type FileSource, type InputKind, type Source } from './sources.js';
import { decodeBytes, prepareText } from './decode.js';
import type { Warning } from './schema.js';


export interface DocumentRecord {
  kind: 'document';
  id: string;
  source: string;
  text: string;
  date: string | null;
  dateSource: 'option' | 'record';
  /** what decoding the bytes noticed (invalid UTF-8 replaced, read as Windows-1252) */
  warnings?: Warning[];
  /** bytes this record took in its input (for progress by bytes) */
  bytes?: number;
}

export interface FailedRecord {
  kind: 'failed';
  id: string;
  source: string;
  message: string;
  bytes?: number;
}

export type InputRecord = DocumentRecord | FailedRecord;

/** Field names of a JSON Lines record (--text-field, --id-field, --date-field). */
export interface RecordFields {
  text: string;
  id: string;
  date: string;
}

export const DEFAULT_FIELDS: RecordFields = { text: 'text', id: 'id', date: 'date' };

export interface InputOptions {
  from: InputKind | 'auto';
  /** publication date from --date; a JSONL record's own date wins over it */
  date: string | null;
  stdin: Readable;
  fields?: Partial<RecordFields>;
}

/**
 * One document larger than this is refused rather than read: no news article is near it, and a
 * runaway line (a file with no newlines) must not take all memory.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export async function* readInputs(paths: readonly string[], options: InputOptions): AsyncGenerator<InputRecord> {
  yield* readSources(expandSources(paths, { from: options.from }), options);
}

export async function* readSources(sources: readonly Source[], options: InputOptions): AsyncGenerator<InputRecord> {
  const fields = { ...DEFAULT_FIELDS, ...options.fields };
  for (const source of sources) {
    if (source.kind === 'missing') yield { kind: 'failed', id: source.path, source: source.path, message: source.message };
    else if (source.kind === 'jsonl') yield* readJsonl(source, options, fields);
    else yield await readText(source, options);
  }
}

async function readText(source: FileSource, options: InputOptions): Promise<InputRecord> {
  const id = source.path === '-' ? 'stdin' : source.path;
  try {
    const raw = source.path === '-' ? await readAll(options.stdin) : readFileBytes(source.path);
    const decoded = decodeBytes(gunzipIfCompressed(raw));
    if (decoded.kind === 'not-text') return { kind: 'failed', id, source: id, message: decoded.message, bytes: raw.length };
    const record: DocumentRecord = { kind: 'document', id, source: id, text: decoded.text, date: options.date, dateSource: 'option', bytes: raw.length };
    if (decoded.warnings.length) record.warnings = decoded.warnings;
    return record;
  } catch (error) {
    return { kind: 'failed', id, source: id, message: describeReadError(source.path, error), bytes: source.bytes ?? 0 };
  }
}

/** The one place a file's bytes are read whole (the size is checked first). */
function readFileBytes(path: string): Buffer {
  const size = statSync(path).size;
  if (size > MAX_DOCUMENT_BYTES) throw tooLarge(size);
  return readFileSync(path);
}

/**
 * One JSON Lines record's bytes to the line's text. Decoding rules are decode.ts's, as for a
 * file; a warning's span would point into the line, not into the record's text, so it is dropped.
 */
function decodeLine(line: Buffer, where: string): { line: string; warnings: Warning[] } | FailedRecord {
  const decoded = decodeBytes(line);
  if (decoded.kind === 'not-text') return { kind: 'failed', id: where, source: where, message: `${decoded.message} (${where})` };
  return { line: decoded.text, warnings: decoded.warnings.map((w) => ({ ...w, span: null })) };
}

function isGzip(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A gzip file is recognised by its magic bytes, whatever its name (stdin has none). */
function gunzipIfCompressed(bytes: Buffer): Buffer {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_DOCUMENT_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(null);
    throw error;
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = toBuffer(chunk);
    size += buffer.length;
    if (size > MAX_DOCUMENT_BYTES) {
      stream.destroy();
      throw tooLarge(size);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function* readJsonl(source: FileSource, options: InputOptions, fields: RecordFields): AsyncGenerator<InputRecord> {
  const name = source.path === '-' ? 'stdin' : source.path;
  let lineNumber = 0;
  try {
    const input = source.path === '-' ? options.stdin : createReadStream(source.path);
    for await (const line of byteLines(decompressed(input))) {
      lineNumber++;
      const where = `${name}:${lineNumber}`;
      if (line === TOO_LONG) {
        yield { kind: 'failed', id: where, source: where, message: `line longer than ${MAX_DOCUMENT_BYTES} bytes (${where})`, bytes: 0 };
        continue;
      }
      if (isBlank(line)) continue;
      const decoded = decodeLine(line, where);
      const record = 'kind' in decoded ? decoded : parseRecord(decoded.line, where, options.date, fields);
      record.bytes = line.length + 1;
      if (record.kind === 'document' && !('kind' in decoded) && decoded.warnings.length)
        record.warnings = [...decoded.warnings, ...(record.warnings ?? [])];
      yield record;
    }
  } catch (error) {
    const where = `${name}:${lineNumber + 1}`;
    yield { kind: 'failed', id: where, source: where, message: describeReadError(source.path, error), bytes: 0 };
  }
}

/**
 * A stream's bytes, gunzipped on the fly when its first bytes are gzip's magic number. The first
 * chunk is peeked at and then passed on, so nothing is read twice.
 */
async function* decompressed(input: Readable): AsyncGenerator<Buffer> {
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let head = Buffer.alloc(0);
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    head = Buffer.concat([head, toBuffer(next.value)]);
  }
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield toBuffer(next.value);
    }
  }
  if (!isGzip(head)) return yield* rest();
  const gunzip = createGunzip();
  // pipeline carries a read error (or a corrupt stream) into the gunzip iterator below
  pipeline(Readable.from(rest()), gunzip, () => {});
  for await (const chunk of gunzip) yield chunk as Buffer;
}

const TOO_LONG = Symbol('line too long');

/**
 * Splits a byte stream at LF (a CR before it is dropped) without decoding it, so that one record's
 * bytes are decoded whole. A line over MAX_DOCUMENT_BYTES is skipped up to its end and
 * reported as TOO_LONG; memory stays bounded whatever the input.
 */
export async function* byteLines(chunks: AsyncIterable<Buffer>, maxLine = MAX_DOCUMENT_BYTES): AsyncGenerator<Buffer | typeof TOO_LONG> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let skipping = false;
  for await (const chunk of chunks) {
    let from = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, from);
      if (newline < 0) break;
      if (skipping) skipping = false;
      else if (pendingSize + newline - from > maxLine) yield TOO_LONG;
      else yield stripCr(pending.length ? Buffer.concat([...pending, chunk.subarray(from, newline)]) : chunk.subarray(from, newline));
      pending = [];
      pendingSize = 0;
      from = newline + 1;
    }
    if (from < chunk.length && !skipping) {
      pending.push(chunk.subarray(from));
      pendingSize += chunk.length - from;
      if (pendingSize > maxLine) {
        yield TOO_LONG;
        pending = [];
        pendingSize = 0;
        skipping = true;
      }
    }
  }
  if (pendingSize > 0 && !skipping) yield stripCr(Buffer.concat(pending));
}

function stripCr(line: Buffer): Buffer {
  return line.length && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}

function isBlank(line: Buffer): boolean {
  for (const byte of line) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}

export function parseRecord(
  line: string,
  source: string,
  fallbackDate: string | null,
  fields: RecordFields = DEFAULT_FIELDS,
): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: 'failed', id: source, source, message: `line is not JSON (${source})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { kind: 'failed', id: source, source, message: `record is not a JSON object (${source})` };
  const record = value as Record<string, unknown>;
  const rawId = field(record, fields.id);
  const id = rawId === undefined || rawId === null || typeof rawId === 'object' ? source : String(rawId);
  const raw = field(record, fields.text);
  if (typeof raw !== 'string') return { kind: 'failed', id, source, message: `record has no "${fields.text}" string (${source})` };
  const { text, problem } = prepareText(raw);
  if (problem) return { kind: 'failed', id, source, message: `${problem} (${source})` };
  const date = recordDate(field(record, fields.date));
  return {
    kind: 'document',
    id,
    source,
    text,
    date: date ?? fallbackDate,
    dateSource: date ? 'record' : 'option',
  };
}

/** A field by its name, or by a dotted path into nested objects when no key has that name. */
function field(record: Record<string, unknown>, name: string): unknown {
  if (name in record || !name.includes('.')) return record[name];
  let value: unknown = record;
  for (const part of name.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * A record's publication date as YYYY-MM-DD: a date, or the date part of an ISO 8601 timestamp
 * (archives often store `2026-02-05T08:00:00Z`). Anything else is no date.
 */
export function recordDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? m[0].slice(0, 10) : null;
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

function tooLarge(size: number | null): Error {
  const what = size === null ? 'decompressed text' : `${size} bytes`;
  return Object.assign(new Error(`document too large (${what}; the limit is ${MAX_DOCUMENT_BYTES} bytes)`), { code: 'ETOOLARGE' });
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file: ${path}`;
  if (code === 'EISDIR') return `is a directory: ${path}`;
  if (code === 'EACCES') return `permission denied: ${path}`;
  if (code === 'ETOOLARGE') return `${path}: ${(error as Error).message}`;
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return `${path}: corrupt gzip data (${(error as Error).message})`;
  return `cannot read ${path}: ${(error as Error).message}`;
}
