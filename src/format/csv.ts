/**
 * One row per event record, RFC 4180, one header for all documents: for spreadsheets and pandas.
 * A compound actor's members have rows of their own, `expands` naming the event as written.
 */
import type { Result } from '../schema.js';
import type { Formatter } from './index.js';
import { isError } from './record.js';

const COLUMNS = [
  'document_id', 'published', 'event_id', 'expands', 'date', 'category', 'mode', 'modality', 'negated', 'action',
  'agents', 'targets', 'location', 'trigger_start', 'trigger_end', 'sentence',
] as const;

export function csvFormatter(): Formatter {
  return {
    begin: () => row([...COLUMNS]),
    record: (record) => (isError(record) ? '' : rows(record)),
    end: () => '',
  };
}

function rows(r: Result): string {
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  const label = (ref: { actor: string | null; text: string }) => (ref.actor && names.get(ref.actor)) || ref.text;
  return r.events
    .map((e) =>
      row([
        r.document.id,
        r.document.date ?? '',
        e.id,
        e.expands ?? '',
        e.date ?? '',
        e.type,
        e.mode ?? '',
        e.modality,
        String(e.negated),
        e.action,
        e.agents.map(label).join('; '),
        e.targets.map(label).join('; '),
        e.location ? label(e.location) : '',
        String(e.trigger.start),
        String(e.trigger.end),
        e.sentence.text,
      ]),
    )
    .join('');
}

function row(fields: string[]): string {
  return `${fields.map(quote).join(',')}\r\n`;
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
export function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
