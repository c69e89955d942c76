/**
 * Temporal expressions → TIMEX3. One chrono.parse per document, with our own parsers added
 * (src/extractors/times/parsers.ts); every result becomes a Spec, its span is cut to TimeML's
 * (prepositions out, modifiers in), and specs are resolved in text order against the
 * publication date and the narrative's current time (src/extractors/times/resolve.ts).
 */
import type * as chrono from 'chrono-node';
import type { Document } from '../document.js';
import { sentenceAt, tokenIndexAt } from '../document.js';
import type { Time } from '../schema.js';
import { createTimeParser } from './times/parsers.js';
import { specFromTags, type Spec } from './times/spec.js';
import { resolveSpec, yearForMonth, type Context, type Narrative, type Resolved, type Tense } from './times/resolve.js';
import { extendLeft, trimSpan, type ExtendOptions } from './times/span.js';
import { tenseOf, type Reading } from './times/tense.js';
import { granularityOf, intervalOf, pad, parseIsoDay } from './times/calendar.js';

export { intervalOf } from './times/calendar.js';

const PARSER = createTimeParser();

interface Candidate {
  start: number;
  end: number;
  spec: Spec;
  /** mod from a modifier in the text ("early", "about") */
  mod: string | null;
  rule: string;
}

export function extractTimes(doc: Document): Time[] {
  const body = doc.text.slice(doc.bodyStart);
  const instant = doc.date ? new Date(`${doc.date}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const candidates = PARSER.parse(body, { instant, timezone: 0 })
    .map((r) => toCandidate(doc, r, doc.bodyStart))
    .filter((c): c is Candidate => c !== null);
  return resolveAll(doc, withoutOverlaps(candidates)).map((t, i) => ({ ...t, id: `t${i + 1}` }));
}

// ---------- chrono result → candidate ----------

function toCandidate(doc: Document, r: chrono.ParsedResult, base: number): Candidate | null {
  const trimmed = trimSpan(doc.text, base + r.index, base + r.index + r.text.length);
  if (trimmed.end <= trimmed.start) return null;
  const ours = specFromTags(r.tags());
  const priced = ours ? null : PRICE_AFTER_DATE.exec(doc.text.slice(trimmed.start, trimmed.end));
  if (priced) trimmed.end -= priced[0].length;
  const spec = ours ?? specFromComponents(doc, r, trimmed.start, trimmed.end, priced !== null);
  if (!spec) return null;
  const possessive = /^['’]s\b/.test(doc.text.slice(trimmed.end, trimmed.end + 3));
  const options = extendOptions(spec, doc.text.slice(trimmed.start, trimmed.end));
  const ext = extendLeft(doc.text, trimmed.start, { ...options, approx: options.date && !possessive });
  const start = Math.max(ext.start, doc.bodyStart);
  return { start, end: trimmed.end, spec, mod: ext.mod, rule: ruleFor(spec, ours !== null) };
}

function extendOptions(spec: Spec, text: string): Omit<ExtendOptions, 'approx'> {
  const startsWithAmount = !/^(?:the|these|those|its|their|this|last|next|past)\b/i.test(text);
  const amount = startsWithAmount && (spec.kind === 'duration' || (spec.kind === 'shift' && spec.counted === true));
  const clock = (spec.kind === 'literal' && spec.type === 'TIME') || (spec.kind === 'shift' && spec.time !== undefined) || (spec.kind === 'weekday' && spec.time !== undefined);
  const date = spec.kind !== 'duration' && !(spec.kind === 'literal' && (spec.type === 'SET' || /_REF$/.test(spec.value)));
  return { amount: amount || clock, date };
}

function ruleFor(spec: Spec, ours: boolean): string {
  if (!ours) return 'times.chrono.' + (spec.kind === 'literal' ? spec.type.toLowerCase() : spec.kind);
  if (spec.kind === 'literal') return `times.${spec.type.toLowerCase()}.${/_REF$/.test(spec.value) ? 'reference' : 'literal'}`;
  return `times.${spec.kind}`;
}

/** "after March 3, 1991 at 2,340 marks": chrono reads the price as an hour; the date ends before "at". */
const PRICE_AFTER_DATE = /(?<!\s)\s+at\s+\d{1,2}$/;

const CLOCK_TEXT = /\d:\d\d|\d\s*(?:a\.?m\b|p\.?m\b)|\bnoon\b|\bmidnight\b|o'clock/i;

/** chrono's own results (dates, months, clock times) as Specs; null for the ones TimeML would not mark. */
function specFromComponents(doc: Document, r: chrono.ParsedResult, start: number, end: number, noClock: boolean): Spec | null {
  const c = r.start;
  const known = (k: chrono.Component) => c.isCertain(k) && !(noClock && (k === 'hour' || k === 'minute'));
  const text = doc.text.slice(start, end);
  const time = known('hour') ? `T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}` : '';
  if (known('hour') && !CLOCK_TEXT.test(text)) return null;
  if (/^\d{1,2}\/\d{1,2}$/.test(text)) return null; // "7/8": a fraction more often than a date
  if (known('month') && !known('day') && !known('year') && !plausibleMonth(doc, start, end)) return null;
  if (!known('month') && !known('day') && !known('year') && !known('weekday')) {
    if (!known('hour')) return null;
    // a clock time alone is on the day the text is talking about
    return { kind: 'shift', unit: 'day', offset: 0, anchor: 'narrative', time: time.slice(1) };
  }
  if (known('weekday') && !known('day') && !known('month')) {
    return { kind: 'weekday', weekday: c.get('weekday') === 0 ? 7 : c.get('weekday')!, offset: null };
  }
  const month = c.get('month')!;
  if (known('year')) {
    const y = pad(c.get('year')!, 4);
    if (known('month') && known('day')) return { kind: 'literal', type: time ? 'TIME' : 'DATE', value: `${y}-${pad(month)}-${pad(c.get('day')!)}${time}` };
    if (known('month')) return { kind: 'literal', type: 'DATE', value: `${y}-${pad(month)}` };
    return { kind: 'literal', type: 'DATE', value: y };
  }
  if (!known('month')) return null;
  const { tense } = readClause(doc, start);
  const day = known('day') ? c.get('day')! : undefined;
  const year = doc.date ? String(yearForMonth(doc.date, month, tense, day)) : 'XXXX';
  if (known('day')) return { kind: 'literal', type: time ? 'TIME' : 'DATE', value: `${year}-${pad(month)}-${pad(c.get('day')!)}${time}` };
  return { kind: 'literal', type: 'DATE', value: `${year}-${pad(month)}` };
}

/** Words before a bare month name that show it is the month ("in May", "since March", "early June"). */
const MONTH_CONTEXT = /\b(?:in|since|until|till|by|from|through|to|of|before|after|during|early|late|mid|last|next|this|between|and|or|on|around|as)\s*-?\s*$/i;

/** "May" the modal and "march" the verb are far more common than the months. */
function plausibleMonth(doc: Document, start: number, end: number): boolean {
  const text = doc.text.slice(start, end);
  if (!/^\p{Lu}/u.test(text)) return false;
  if (!/^(?:may|march)$/i.test(text)) return true;
  const before = doc.text.slice(Math.max(doc.bodyStart, start - 20), start);
  if (MONTH_CONTEXT.test(before)) return true;
  const after = doc.text.slice(end, end + 12);
  return /^\s*(?:,\s*)?(?:\d|[.,;:]|$)/.test(after);
}

// ---------- overlaps ----------

/** Keeps the longer of overlapping candidates (the earlier on a tie). */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const prev = kept[kept.length - 1];
    if (!prev || c.start >= prev.end) kept.push(c);
    else if (c.end - c.start > prev.end - prev.start) kept[kept.length - 1] = c;
  }
  return kept;
}

// ---------- resolution in text order ----------

type Unnumbered = Omit<Time, 'id'>;

function resolveAll(doc: Document, candidates: Candidate[]): Unnumbered[] {
  const out: Unnumbered[] = [];
  let narrative: Narrative = { date: null, value: null, valueEnd: -Infinity, day: null, period: null, periodEnd: -Infinity };
  const quotes = doc.quoteMarks.marked;
  let q = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    while (q < quotes.length && quotes[q]!.close <= c.start) q++;
    const quoted = q < quotes.length && quotes[q]!.open <= c.start;
    const { tense, plan } = readClause(doc, c.start);
    const ctx = { dct: doc.date, tense, plan, narrative, offset: c.start, quoted };
    const resolved = onNamedDay(doc, c, candidates[i + 1], ctx) ?? resolveSpec(c.spec, ctx);
    out.push(toTime(doc, c, resolved));
    if (!comparison(c.spec)) narrative = advance(narrative, resolved, c.end, setsPeriod(c.spec) && !ahead(doc.date, resolved.value, ctx.tense));
    if (endsPeriod(c.spec, doc.text.slice(c.start, c.end))) narrative = { ...narrative, period: null };
  }
  return out;
}

/** What may stand between a clock time and the weekday it falls on: a zone or a time elsewhere ("(0620 GMT)", "local time"), a comma, "on". */
const CLOCK_TO_DAY = /^\s*(?:(?:\([^()]{0,24}\)|local\s+time|\p{Lu}{3,4})\s*)?(?:,\s*)?(?:on\s+)?$/u;

/**
 * "at 9:20 a.m. (0620 GMT) Friday": a clock time the weekday after it places. The weekday is
 * resolved first, from the same context, and the clock time takes its day; null when the clock
 * time has no weekday of its own.
 */
function onNamedDay(doc: Document, c: Candidate, next: Candidate | undefined, ctx: Context): Resolved | null {
  if (c.spec.kind !== 'shift' || c.spec.time === undefined || c.spec.anchor !== 'narrative') return null;
  if (!next || next.spec.kind !== 'weekday' || next.spec.time !== undefined || next.spec.part !== undefined) return null;
  if (next.start - c.end > 30 || !CLOCK_TO_DAY.test(doc.text.slice(c.end, next.start))) return null;
  const day = resolveSpec(next.spec, { ...ctx, ...readClause(doc, next.start), offset: next.start });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day.value)) return null;
  return { type: 'TIME', value: `${day.value}T${c.spec.time}`, anchored: true, mod: null };
}

function toTime(doc: Document, c: Candidate, r: Resolved): Unnumbered {
  return {
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    type: r.type,
    value: r.value,
    mod: c.mod ?? r.mod,
    granularity: granularityOf(r.value),
    interval: intervalOf(r.value),
    anchored: r.anchored,
    rule: r.direction ? `${c.rule}+${r.direction}` : c.rule,
  };
}

/** The narrative moves to each absolute date the text mentions; quarters and halves become its period. */
function advance(narrative: Narrative, r: Resolved, end: number, periodSetter: boolean): Narrative {
  if (r.type !== 'DATE' && r.type !== 'TIME') return narrative;
  const interval = intervalOf(r.value);
  if (!interval) return narrative;
  const period = periodSetter && /^\d{4}-[QH]\d$/.test(r.value) ? { period: r.value, periodEnd: end } : {};
  const day = /^\d{4}-\d{2}-\d{2}$/.test(r.value) ? { day: r.value } : {};
  return { ...narrative, date: parseIsoDay(interval.start), value: r.value, valueEnd: end, ...period, ...day };
}

/** "a year ago", "year-earlier": a point of comparison, not a time the narrative moves to. */
function comparison(spec: Spec): boolean {
  if (spec.kind === 'shift' && spec.comparison === true) return true;
  return spec.kind === 'shift' && spec.counted === true && spec.unit === 'year' && Math.abs(spec.offset) === 1;
}

/**
 * "the nine months", "the first six months", "the year ended Aug. 31": a report moving on to a
 * stretch of several months or its whole year leaves the quarter it was at, so "a year
 * earlier" and "the 1988 period" after it are no longer that quarter's.
 */
function endsPeriod(spec: Spec, text: string): boolean {
  if (spec.kind !== 'duration' || spec.amount === null || !/^the\b/i.test(text)) return false;
  if (spec.unit === 'year') return spec.amount === 1;
  return spec.unit === 'month' && spec.amount > 3 && spec.amount <= 12;
}

/**
 * A period that begins after publication ("a recovery by the first quarter of 1990"), or is not
 * over and not told in the past ("the fourth quarter will be weak" in October): a forecast, not
 * the reporting period that "the year-ago period" and "the quarter" go on to mean.
 */
function ahead(dct: string | null, value: string, tense: Tense): boolean {
  const interval = intervalOf(value);
  if (dct === null || interval === null) return false;
  // a fiscal quarter may be reported before the calendar quarter of that name is over, but then
  // in the past tense ("fourth-quarter profit fell"); told in the present or future, an unfinished
  // quarter is still ahead ("no estimate of the impact on fourth-quarter results")
  return interval.start > dct || (interval.end > dct && tense !== 'past');
}

/** A quarter named outright ("the third quarter"), not one counted back from another ("the year-ago quarter", "the 1988 period"). */
function setsPeriod(spec: Spec): boolean {
  if (spec.kind !== 'quarter') return false;
  // "the 1988 period": the quarter already in view, in another year
  if (spec.n === null && spec.year !== null) return false;
  return spec.yearOffset === null || spec.yearOffset === 0 || spec.year !== null;
}

// ---------- tense ----------

/**
 * Tense of the verb governing `offset`, and the plan marker of its clause: the nearest tensed
 * verb to its left in the sentence (news puts the verb before the date: "left Tuesday", "will
 * testify in April"), else the nearest to its right ("On Tuesday, the company said").
 */
function readClause(doc: Document, offset: number): Reading {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return NO_VERB;
  const at = tokenIndexAt(doc, offset);
  for (let i = Math.min(at, sentence.tokenEnd) - 1; i >= sentence.tokenStart; i--) {
    const reading = tenseOf(doc.tokens, i, sentence.tokenStart);
    if (reading) return reading;
  }
  for (let i = at; i < sentence.tokenEnd; i++) {
    const reading = tenseOf(doc.tokens, i, sentence.tokenStart);
    if (reading) return reading;
  }
  return NO_VERB;
}

/** No verb the tagger recognised ("Prices rose in December"): news reports the past. */
const NO_VERB: Reading = { tense: 'past', plan: null };
