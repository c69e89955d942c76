/**
 * A self-contained page of each article with every fact highlighted (actors, times, quotes,
 * event triggers) and a legend; hovering a highlight shows the facts it carries. For checking
 * extraction by eye.
 */
import type { Result } from '../schema.js';
import type { Formatter } from './index.js';
import { isError } from './record.js';

interface Mark {
  start: number;
  end: number;
  kind: string;
  title: string;
}

const STYLE = `
body{font:16px/1.6 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
header.legend{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.5rem 0;font:13px system-ui,sans-serif}
.legend span{margin-right:.8rem;padding:0 .3rem}
article{border-top:2px solid #444;margin-top:2rem;padding-top:.5rem}
article h2{font:bold 15px system-ui,sans-serif;margin:.2rem 0}
.meta{font:13px system-ui,sans-serif;color:#555}
.text{white-space:pre-wrap}
.person{background:#ffe0b3}.organization{background:#cfe3ff}.location{background:#d4f5d4}.product{background:#f0d9ff}.other{background:#eee}
.reference{box-shadow:inset 0 -2px #999}
.time{outline:1px solid #2a9d2a;background:#eaffea}
.quote{text-decoration:underline wavy #c0392b;text-decoration-skip-ink:none}
.event{font-weight:bold;border-bottom:3px solid #8e44ad}
.error{color:#b00}
[data-facts]{cursor:help}`;

const LEGEND = [
  ['person', 'person'], ['organization', 'organization'], ['location', 'place'], ['product', 'product'],
  ['reference', 'reference (it, the company)'], ['time', 'time'], ['quote', 'quote'], ['event', 'event trigger'],
];

export function htmlFormatter(): Formatter {
  return {
    begin: () =>
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>extract: highlighted facts</title><style>${STYLE}</style></head><body>\n` +
      `<header class="legend">${LEGEND.map(([cls, label]) => `<span class="${cls}">${label}</span>`).join('')}</header>\n`,
    record: (record, _index, text) =>
      isError(record)
        ? `<article><h2>${escape(record.document.id)}</h2><p class="error">${escape(record.error.message)}</p></article>\n`
        : renderArticle(record, text ?? ''),
    end: () => '</body></html>\n',
  };
}

function renderArticle(r: Result, text: string): string {
  const meta = `published ${r.document.date ?? 'unknown'} · ${r.actors.length} actors · ${r.times.length} times · ${r.quotes.length} quotes · ${r.events.length} events`;
  return `<article data-id="${escape(r.document.id)}"><h2>${escape(r.document.title ?? r.document.id)}</h2><p class="meta">${escape(meta)}</p>` +
    `<div class="text">${highlight(text, marksOf(r))}</div></article>\n`;
}

export function marksOf(r: Result): Mark[] {
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  const name = (id: string | null, fallback: string) => (id && names.get(id)) || fallback;
  const marks: Mark[] = [];
  for (const a of r.actors) {
    const roles = a.roles.map((x) => x.role).join(', ');
    for (const m of a.mentions) marks.push({ ...m, kind: a.type, title: `${a.type}: ${a.name}${roles ? ` (${roles})` : ''}` });
    for (const m of a.references) marks.push({ ...m, kind: 'reference', title: `${m.kind} → ${a.name}` });
  }
  for (const t of r.times) marks.push({ ...t, kind: 'time', title: `${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}` });
  for (const q of r.quotes)
    marks.push({ ...q, kind: 'quote', title: `${q.kind} quote by ${q.speaker ? name(q.speaker.actor, q.speaker.text) : 'unknown'}` });
  // a record expanding a compound actor repeats its event's trigger: the event as written says it all
  for (const e of r.events.filter((x) => x.expands === null)) {
    const who = e.agents.map((x) => name(x.actor, x.text)).join(', ') || '?';
    const whom = e.targets.map((x) => name(x.actor, x.text)).join(', ');
    marks.push({ ...e.trigger, kind: 'event', title: `${e.type} ${e.action}: ${who}${whom ? ` → ${whom}` : ''}${e.date ? ` on ${e.date}` : ''}` });
  }
  return marks;
}

/** Cuts the text at every mark boundary; each piece carries the classes and titles of the marks covering it. */
export function highlight(text: string, marks: readonly Mark[]): string {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const starts = [...marks].sort((a, b) => a.start - b.start);
  const active: Mark[] = [];
  let next = 0;
  let out = '';
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    while (next < starts.length && starts[next]!.start <= from) active.push(starts[next++]!);
    const covering = active.filter((m) => m.start <= from && m.end >= to);
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= from) active.splice(k, 1);
    const piece = escape(text.slice(from, to));
    if (!covering.length) {
      out += piece;
      continue;
    }
    const classes = [...new Set(covering.map((m) => m.kind))].join(' ');
    const title = covering.map((m) => m.title).join('\n');
    out += `<span class="${classes}" title="${escape(title)}" data-facts="${covering.length}">${piece}</span>`;
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
