/**
 * Output formats. Each formatter turns a stream of records into text: something before the
 * first record (a CSV header, an HTML head), one piece per record, something after the last.
 */
import type { OutputRecord } from './record.js';
import { formatJson } from './json.js';
import { formatJsonl } from './jsonl.js';

export type FormatName = 'json' | 'jsonl' | 'text' | 'csv' | 'html';
export const FORMATS: readonly FormatName[] = ['json', 'jsonl', 'text', 'csv', 'html'];

export interface FormatOptions {
  /** colour escape codes allowed (text format) */
  color: boolean;
  /** terminal width for the text format */
  width: number;
}

export interface Formatter {
  begin(): string;
  /** `text` is the document's input, for formats that show the article itself */
  record(record: OutputRecord, index: number, text: string | null): string;
  end(): string;
}

const simple = (record: (r: OutputRecord) => string): Formatter => ({ begin: () => '', record, end: () => '' });

export async function formatterFor(name: FormatName, options: FormatOptions): Promise<Formatter> {
  switch (name) {
    case 'json':
      return simple(formatJson);
    case 'jsonl':
      return simple(formatJsonl);
    case 'text':
      return (await import('./text.js')).textFormatter(options);
    case 'csv':
      return (await import('./csv.js')).csvFormatter();
    case 'html':
      return (await import('./html.js')).htmlFormatter();
  }
}
