import type { OutputRecord } from './record.js';

/** One indented JSON document: for a single article read by a person or jq. */
export function formatJson(record: OutputRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
