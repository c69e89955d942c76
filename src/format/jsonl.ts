import type { OutputRecord } from './record.js';

/** One line per document, for archives and stream processors. */
export function formatJsonl(record: OutputRecord): string {
  return `${JSON.stringify(record)}\n`;
}
