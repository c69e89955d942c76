/**
 * Temporal expressions → TIMEX3. chrono-node finds dates and clock times; the value is
 * built from the components chrono knows (never from ones it only implied), and relative
 * expressions are resolved against the publication date, taking direction from tense.
 */
import * as chrono from 'chrono-node';
import type { Document, Token } from '../document.js';
import { tokenIndexAt } from '../document.js';
import type { Time } from '../schema.js';

type Granularity = Time['granularity'];

interface Found {
  start: number;
  end: number;
  type: Time['type'];
  value: string;
  mod: string | null;
  granularity: Granularity;
  anchored: boolean;
  rule: string;
}

const parser = chrono.casual.clone();

const LEADING_WORDS = /^(?:(?:on|in|at|by|since|from|until|till|during|for|of|before|after)\s+)+/i;

export function extractTimes(doc: Document): Time[] {
  const body = doc.text.slice(doc.bodyStart);
  const ref = doc.date ? new Date(`${doc.date}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const found: Found[] = [];
  for (const result of parser.parse(body, { instant: ref, timezone: 0 })) {
    const f = fromChrono(doc, result, doc.bodyStart);
    if (f) found.push(f);
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((f, i) => ({
      id: `t${i + 1}`,
      start: f.start,
      end: f.end,
      text: doc.text.slice(f.start, f.end),
      type: f.type,
      value: f.value,
      mod: f.mod,
      granularity: f.granularity,
      interval: intervalOf(f.value),
      anchored: f.anchored,
      rule: f.rule,
    }));
}

function fromChrono(doc: Document, r: chrono.ParsedResult, base: number): Found | null {
  let start = base + r.index;
  let end = start + r.text.length;
  const lead = LEADING_WORDS.exec(r.text);
  if (lead) start += lead[0].length;
  while (end > start && /[\s,.;:]/.test(doc.text[end - 1]!)) end--;
  if (end <= start) return null;
  const c = r.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const pad = (n: number | null, w = 2) => String(n ?? 0).padStart(w, '0');
  const hasDate = known('year') || known('month') || known('day') || known('weekday');
  const relative = !known('year') || r.tags().has('result/relativeDate') || [...c.tags()].some((t) => t.startsWith('casualReference'));

  if (!known('month') && !known('day') && known('weekday') && !known('year')) {
    if (!doc.date) return found(start, end, 'DATE', `XXXX-WXX-${isoWeekday(c.get('weekday')!)}`, 'day', false, 'times.weekday.unanchored');
    const value = resolveWeekday(doc.date, c.get('weekday')!, tenseNear(doc, start));
    return found(start, end, 'DATE', withTime(value, c), known('hour') ? 'hour' : 'day', true, 'times.weekday');
  }
  if (!hasDate && known('hour')) {
    const day = doc.date ?? 'XXXX-XX-XX';
    return found(start, end, 'TIME', withTime(day, c), 'hour', true, 'times.clock');
  }
  const year = known('year') ? pad(c.get('year'), 4) : doc.date ? yearFor(doc, c, start) : 'XXXX';
  if (known('month') && known('day')) {
    const value = withTime(`${year}-${pad(c.get('month'))}-${pad(c.get('day'))}`, c);
    return found(start, end, known('hour') ? 'TIME' : 'DATE', value, known('hour') ? 'hour' : 'day', relative, 'times.date');
  }
  if (known('month')) return found(start, end, 'DATE', `${year}-${pad(c.get('month'))}`, 'month', relative && !known('year'), 'times.month');
  if (known('year')) return found(start, end, 'DATE', year, 'year', false, 'times.year');
  return null;
}

function found(start: number, end: number, type: Time['type'], value: string, granularity: Granularity, anchored: boolean, rule: string): Found {
  return { start, end, type, value, mod: null, granularity, anchored, rule };
}

function withTime(day: string, c: chrono.ParsedComponents): string {
  if (!c.isCertain('hour')) return day;
  const hh = String(c.get('hour')).padStart(2, '0');
  const mm = String(c.get('minute') ?? 0).padStart(2, '0');
  return `${day}T${hh}:${mm}`;
}

function isoWeekday(chronoWeekday: number): number {
  return chronoWeekday === 0 ? 7 : chronoWeekday;
}

type Tense = 'past' | 'future' | 'present';

/** Tense of the verb nearest to `offset` in its sentence: past → most recent, future → next. */
function tenseNear(doc: Document, offset: number): Tense {
  const at = tokenIndexAt(doc, offset);
  const sentence = doc.sentences.find((s) => s.tokenStart <= at && at < s.tokenEnd);
  if (!sentence) return 'present';
  let best: { distance: number; tense: Tense } | null = null;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const tense = tenseOf(doc.tokens, i);
    if (!tense) continue;
    const distance = Math.abs(i - at);
    if (!best || distance < best.distance) best = { distance, tense };
  }
  return best?.tense ?? 'present';
}

function tenseOf(tokens: Token[], i: number): Tense | null {
  const t = tokens[i]!;
  if (!t.tags.has('Verb')) return null;
  if (t.normal === 'will' || t.normal === "'ll" || t.normal === 'shall') return 'future';
  if (t.tags.has('PastTense') || t.tags.has('PerfectTense') || t.tags.has('Participle')) return 'past';
  const prev = tokens[i - 1];
  if (prev && /^(will|'ll|shall|to)$/.test(prev.normal)) return 'future';
  if (t.tags.has('Auxiliary')) return null;
  return 'present';
}

function resolveWeekday(ref: string, weekday: number, tense: Tense): string {
  const refDate = new Date(`${ref}T00:00:00Z`);
  const refDay = refDate.getUTCDay();
  let delta = weekday - refDay;
  if (tense === 'future') {
    if (delta <= 0) delta += 7;
  } else if (delta > 0) delta -= 7;
  return isoDay(new Date(refDate.getTime() + delta * 86_400_000));
}

/** A month or day without a year: the publication year, or the year before when a past event would otherwise lie in the future. */
function yearFor(doc: Document, c: chrono.ParsedComponents, offset: number): string {
  const [ry, rm] = doc.date!.split('-').map(Number) as [number, number];
  const month = c.get('month') ?? rm;
  const tense = tenseNear(doc, offset);
  if (tense === 'past' && month > rm + 1) return String(ry - 1);
  if (tense === 'future' && month < rm - 1) return String(ry + 1);
  return String(ry);
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** ISO interval a calendar value covers, end exclusive; null for values not tied to the calendar. */
export function intervalOf(value: string): Time['interval'] {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const start = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    return { start: isoDay(start), end: isoDay(new Date(start.getTime() + 86_400_000)) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { start: `${m[1]}-${m[2]}-01`, end: isoDay(new Date(Date.UTC(+m[1]!, +m[2]!, 1))) };
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${+m[1]! + 1}-01-01` };
  return null;
}
