import type { ErrorRecord, Result } from '../schema.js';

export type OutputRecord = Result | ErrorRecord;

export function isError(record: OutputRecord): record is ErrorRecord {
  return 'error' in record;
}
