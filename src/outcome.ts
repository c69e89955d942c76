/**
 * What the run loop gets back for each document, in input order, whichever way it was extracted.
 * Light on purpose: the main thread imports it without loading the extraction pipeline.
 */
import type { ErrorRecord } from './schema.js';
import type { OutputRecord } from './format/record.js';
import type { InputRecord } from './inputs.js';

export interface Outcome {
  id: string;
  /** the error message when the document failed, else null */
  error: string | null;
  /** the output record, when extracted in this thread */
  record?: OutputRecord;
  /** the output record as one line of JSON, when a worker extracted it (already serialised there) */
  json?: string;
  /** the document's text, for formats that show it (null for a record that could not be read) */
  text: string | null;
  /** bytes the record took in its input */
  bytes: number;
}

export function errorRecord(id: string, source: string, message: string): ErrorRecord {
  return { document: { id, source }, error: { message } };
}

/** The outcome of a record that failed before extraction (unreadable, not JSON, no text). */
export function failedOutcome(record: InputRecord, message: string): Outcome {
  return {
    id: record.id,
    error: message,
    record: errorRecord(record.id, record.source, message),
    text: null,
    bytes: record.bytes ?? 0,
  };
}
