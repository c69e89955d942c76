/**
 * One input record to one output record, in whichever thread runs it (the main thread for one
 * job, a worker for more). A document whose extraction throws becomes an error record: the run
 * goes on.
 */
import { extractDocument, type ComponentName } from './extract.js';
import type { OutputRecord } from './format/record.js';
import type { InputRecord } from './inputs.js';
import { errorRecord } from './outcome.js';

export function extractRecord(record: InputRecord, only?: readonly ComponentName[]): OutputRecord {
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
