/**
 * A report for people at a terminal: the document line, actors by type, a timeline of dated
 * events in date order, then who said what. Width-aware; colour only when allowed.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Actor, Event, Quote, Result } from '../schema.js';
import type { FormatOptions, Formatter } from './index.js';
import { isError, type OutputRecord } from './record.js';

const TYPE_HEADINGS: Array<[Actor['type'], string]> = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['location', 'Places'],
  ['product', 'Products'],
  ['other', 'Other'],
];

export function textFormatter(options: FormatOptions): Formatter {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(40, Math.min(options.width, 160));
  return {
    begin: () => '',
    record: (record, index) => (index > 0 ? '\n' : '') + renderRecord(record, c, width),
    end: () => '',
  };
}

function renderRecord(record: OutputRecord, c: ChalkInstance, width: number): string {
  if (isError(record)) return `${c.red.bold('✗')} ${record.document.id}: ${c.red(record.error.message)}\n`;
  const lines = [
    ...documentLines(record, c, width),
    '',
    ...section(c, 'Actors', actorLines(record, c, width)),
    ...section(c, 'Timeline', timelineLines(record, c, width, true)),
    ...section(c, 'Undated events', timelineLines(record, c, width, false)),
    ...section(c, 'Quotes', quoteLines(record, c, width)),
  ];
  return `${lines.join('\n')}\n`;
}

function documentLines(r: Result, c: ChalkInstance, width: number): string[] {
  const { document: d } = r;
  const date = d.date ? `published ${d.date} (${dateOrigin(d.dateSource)})` : c.yellow('no publication date');
  const source = d.source !== d.id ? ` ${c.dim('·')} ${c.dim(d.source)}` : '';
  const lines = [fit(`${c.bold(d.id)} ${c.dim('·')} ${date}${source}`, width)];
  if (d.title) lines.push(fit(c.italic(d.title), width));
  if (r.summary) lines.push(fit(`${c.dim('Lead:')} ${r.summary.text}`, width));
  for (const w of r.warnings) lines.push(fit(c.yellow(`! ${w.message}`), width));
  return lines;
}

function dateOrigin(source: Result['document']['dateSource']): string {
  return { option: 'from --date', record: 'from the record', header: 'from the text', dateline: 'from the dateline', none: 'none' }[source];
}

function section(c: ChalkInstance, title: string, body: string[]): string[] {
  return [c.bold.underline(title), ...(body.length ? body : [c.dim('  (none)')]), ''];
}

function actorLines(r: Result, c: ChalkInstance, width: number): string[] {
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  const lines: string[] = [];
  for (const [type, heading] of TYPE_HEADINGS) {
    const actors = r.actors.filter((a) => a.type === type);
    if (!actors.length) continue;
    lines.push(`  ${c.cyan(heading)}`);
    for (const a of actors) {
      const aliases = a.aliases.length ? c.dim(` (${a.aliases.join(', ')})`) : '';
      const country = a.country && type === 'location' ? c.dim(` [${a.country}]`) : '';
      const roles = a.roles.map((role) => `${role.former ? 'former ' : ''}${role.role}${role.of ? ` of ${names.get(role.of) ?? '?'}` : ''}`);
      const count = c.dim(` ×${a.mentions.length + a.references.length}`);
      lines.push(fit(`    ${c.bold(a.name)}${aliases}${country}${roles.length ? ` — ${roles.join('; ')}` : ''}${count}`, width));
    }
  }
  return lines;
}

/** Dated events in date order (by the start of the interval they cover), or the undated ones in text order. */
function timelineLines(r: Result, c: ChalkInstance, width: number, dated: boolean): string[] {
  const times = new Map(r.times.map((t) => [t.id, t]));
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  const sortKey = (e: Event) => (e.time ? times.get(e.time)?.interval?.start : undefined) ?? e.date ?? '';
  // one line per act: records expanding a compound actor to its members repeat the event as written
  const events = r.events
    .filter((e) => e.expands === null && (e.date !== null) === dated)
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a.trigger.start - b.trigger.start));
  const dateWidth = Math.max(10, ...events.map((e) => (e.date ?? '').length));
  return events.map((e) => {
    const who = e.agents.map((a) => (a.actor && names.get(a.actor)) || a.text).join(', ');
    const whom = e.targets.map((a) => (a.actor && names.get(a.actor)) || a.text).join(', ');
    const where = e.location ? c.dim(` · in ${(e.location.actor && names.get(e.location.actor)) || e.location.text}`) : '';
    const flags = [e.negated ? 'not' : '', e.modality !== 'asserted' ? e.modality : ''].filter(Boolean).join(', ');
    const date = dated ? `${c.green((e.date ?? '').padEnd(dateWidth))}  ` : '';
    const action = `${who || '?'} → ${c.bold(e.action)}${whom ? ` → ${whom}` : ''}`;
    return fit(`  ${date}${c.magenta(e.type.padEnd(9))} ${action}${where}${flags ? c.dim(` (${flags})`) : ''}`, width);
  });
}

function quoteLines(r: Result, c: ChalkInstance, width: number): string[] {
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.quotes.map((q: Quote) => {
    const speaker = q.speaker ? (q.speaker.actor && names.get(q.speaker.actor)) || q.speaker.text : 'unattributed';
    const head = `  ${c.bold(speaker)} ${c.dim(`(${q.kind})`)}: `;
    const room = Math.max(20, width - visibleLength(head) - 2);
    return `${head}${c.italic(`“${shorten(q.kind === 'direct' ? bare(q.text) : q.text.replace(/\s+/g, ' '), room)}”`)}`;
  });
}

const OPENING = new Set(['"', "'", '\u201c', '\u2018', '\u00ab']);
const CLOSING = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', ',']);

/** The words of a quote without its own marks and closing comma, on one line (a scan, not a regex: linear on any input). */
function bare(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  let start = 0;
  let end = oneLine.length;
  while (start < end && (OPENING.has(oneLine[start]!) || oneLine[start] === ' ')) start++;
  while (end > start && (CLOSING.has(oneLine[end - 1]!) || oneLine[end - 1] === ' ')) end--;
  return oneLine.slice(start, end);
}

/** Cuts at a word boundary and marks the cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

const ESCAPES = /\u001b\[[0-9;]*m/g;

function visibleLength(s: string): number {
  return [...s.replace(ESCAPES, '')].length;
}

/** Truncates a possibly coloured line to the terminal width. */
function fit(line: string, width: number): string {
  if (visibleLength(line) <= width) return line;
  let out = '';
  let visible = 0;
  for (let i = 0; i < line.length && visible < width - 1; ) {
    ESCAPES.lastIndex = i;
    const m = line[i] === '\u001b' ? /^\u001b\[[0-9;]*m/.exec(line.slice(i)) : null;
    if (m) {
      out += m[0];
      i += m[0].length;
      continue;
    }
    const ch = String.fromCodePoint(line.codePointAt(i)!);
    out += ch;
    i += ch.length;
    visible++;
  }
  return `${out}…${line.includes('\u001b') ? '\u001b[0m' : ''}`;
}
