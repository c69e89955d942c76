/**
 * Spec → TIMEX3 value. Pure functions of the spec, the publication date, the tense of the
 * sentence and the narrative's current time (the last absolute date the text mentioned).
 * With no publication date, relative values keep X for what is unknown.
 */
import {
  DAY_MS,
  addDays, durationValue, formatAt, intervalOf, isoDay, isoWeekday, parseIsoDay, seasonOf, shiftDate, utcDate, pad,
} from './calendar.js';
import type { Spec, TimexType, Season } from './spec.js';
import type { CalendarUnit } from '../../lexicon/time-words.js';

export type Tense = 'past' | 'future' | 'present';

/** The time the narrative is at: the last absolute date mentioned before this expression. */
export interface Narrative {
  /** first day of the last mentioned DATE/TIME, with its value */
  date: Date | null;
  value: string | null;
  /** where the mention of `value` ended in the text */
  valueEnd: number;
  /** last single day mentioned ("Tuesday", "Nov. 5"): the day a quoted "today" was most likely said */
  day: string | null;
  /** last quarter or half mentioned ("1989-Q3") and where it ended in the text */
  period: string | null;
  periodEnd: number;
}

export interface Context {
  /** publication date YYYY-MM-DD or null */
  dct: string | null;
  tense: Tense;
  /** id of the plan marker in the time's own clause ("was sending", "would"), or null: a plan's bare weekday lies ahead */
  plan: string | null;
  narrative: Narrative;
  /** text offset of the expression, to judge how recent the narrative's period is */
  offset: number;
  /** true when the expression stands inside quotation marks: "today" is then the day the words were said */
  quoted: boolean;
}

export interface Resolved {
  type: TimexType;
  value: string;
  anchored: boolean;
  mod: string | null;
  /** id of the rule that chose the direction (a plan marker, a cue before a season), when one did */
  direction?: string;
}

/** How far back (characters) a quarter stays the narrative's period for "a year ago", "the quarter". */
const PERIOD_REACH = 1200;
/** How far back (characters) the last date mentioned sets the granularity of "a year earlier" or the day of a clock time. */
const DATE_REACH = 300;

export function resolveSpec(spec: Spec, ctx: Context): Resolved {
  switch (spec.kind) {
    case 'literal':
      return { type: spec.type, value: spec.value, anchored: false, mod: spec.mod ?? null };
    case 'duration':
      return { type: 'DURATION', value: durationValue(spec.amount, spec.unit), anchored: false, mod: spec.mod ?? null };
    case 'shift':
      return resolveShift(spec, ctx);
    case 'quarter':
      return resolveQuarter(spec, ctx);
    case 'season':
      return resolveSeason(spec, ctx);
    case 'weekday':
      return resolveWeekdaySpec(spec, ctx);
    case 'month':
      return { type: 'DATE', value: resolveMonth(spec, ctx), anchored: true, mod: null };
    case 'holiday':
      return { type: 'DATE', value: resolveHoliday(spec, ctx), anchored: true, mod: null };
  }
}

const UNKNOWN: Record<CalendarUnit, string> = {
  second: 'XXXX-XX-XXTXX:XX', minute: 'XXXX-XX-XXTXX:XX', hour: 'XXXX-XX-XXTXX:XX', day: 'XXXX-XX-XX', week: 'XXXX-WXX',
  weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', year: 'XXXX', decade: 'XXX', century: 'XX',
};

function dctDate(ctx: Context): Date | null {
  return ctx.dct ? parseIsoDay(ctx.dct) : null;
}

/** "last week", "two years ago", "the next day", "tonight", "the end of the year". */
function resolveShift(spec: Extract<Spec, { kind: 'shift' }>, ctx: Context): Resolved {
  const type: TimexType = spec.part || spec.unit === 'hour' || spec.unit === 'minute' ? 'TIME' : 'DATE';
  const mod = spec.mod ?? null;
  const recentPeriod = ctx.narrative.period && ctx.offset - ctx.narrative.periodEnd < PERIOD_REACH ? ctx.narrative.period : null;
  const recentValue = ctx.narrative.value && ctx.offset - ctx.narrative.valueEnd < DATE_REACH ? ctx.narrative.value : null;
  // "a year ago" / "a year earlier" next to a date or a quarter means the same day, month or quarter a year before
  if (spec.unit === 'year' && spec.counted && Math.abs(spec.offset) === 1) {
    const same = recentPeriod ?? (recentValue && /^\d{4}-\d{2}(?:-\d{2})?$/.test(recentValue) ? recentValue : null);
    if (same) return { type, value: yearShifted(same, spec.offset), anchored: true, mod };
  }
  // "compared with $33 million last year" in a report on a quarter: that quarter a year before
  if (spec.comparison && recentPeriod) return { type, value: yearShifted(recentPeriod, spec.offset), anchored: true, mod, direction: LAST_YEAR_FIGURE_RULE };
  if (spec.time) {
    const day = recentValue && /^\d{4}-\d{2}-\d{2}/.test(recentValue) ? ctx.narrative.date : dctDate(ctx);
    return { type: 'TIME', value: `${day ? isoDay(day) : 'XXXX-XX-XX'}T${spec.time}`, anchored: true, mod };
  }
  const vague = sameButUnknown(spec, ctx);
  if (vague) return { type, value: vague, anchored: true, mod, direction: SAME_UNKNOWN_RULE };
  const spoken = ctx.quoted && spec.unit === 'day' && spec.anchor === 'dct' ? speechDay(ctx) : null;
  const base = spec.anchor === 'narrative' ? (narrativeBase(spec.unit, ctx) ?? dctDate(ctx)) : (spoken ?? dctDate(ctx));
  if (!base) {
    const unknown = spec.part ? `XXXX-XX-XXT${spec.part}` : UNKNOWN[spec.unit];
    return { type, value: unknown, anchored: true, mod };
  }
  if (spec.unit === 'weekend' && spec.offset === 0) {
    return { type, value: formatAt(weekendFor(base, ctx.plan ? 'future' : ctx.tense), 'weekend'), anchored: true, mod, ...planned(ctx) };
  }
  const date = shiftDate(base, spec.unit, spec.offset);
  return { type, value: formatAt(date, spec.unit, spec.part), anchored: true, mod };
}

/** Rule id: a figure of "last year" set against one of the quarter in view is that quarter's a year before. */
const LAST_YEAR_FIGURE_RULE = 'times.shift.last-year-figure';

/** Rule id: "that same day" after "last October" is a day of that month, which the text does not name. */
const SAME_UNKNOWN_RULE = 'times.shift.same-unknown';

/**
 * "killed last October … crossed out that same day": the same day (or month) as a time the text
 * named only by its month (or year) is a day of it left unknown (1998-10-XX), not its first.
 */
function sameButUnknown(spec: Extract<Spec, { kind: 'shift' }>, ctx: Context): string | null {
  if (spec.anchor !== 'narrative' || spec.offset !== 0 || spec.counted || spec.part || spec.time) return null;
  const { value } = ctx.narrative;
  if (!value) return null;
  if (spec.unit === 'day' && /^\d{4}-\d{2}$/.test(value)) return `${value}-XX`;
  if (spec.unit === 'month' && /^\d{4}$/.test(value) && !ctx.narrative.day) return `${value}-XX`;
  return null;
}

/** Units finer than a year, which a year alone cannot anchor. */
const FINER_THAN_YEAR: ReadonlySet<CalendarUnit> = new Set(['day', 'week', 'weekend', 'month']);

/**
 * The narrative's date for a unit counted from it. A year mentioned in passing ("since 1990")
 * has no day or month to count "the next day" or "the weeks before" from: those count from the
 * last single day the text named instead.
 */
function narrativeBase(unit: CalendarUnit, ctx: Context): Date | null {
  const { value, day, date } = ctx.narrative;
  if (FINER_THAN_YEAR.has(unit) && value && /^\d{4}$/.test(value) && day) return parseIsoDay(day);
  return date;
}

/** Days before publication a statement quoted in the article may have been made. */
const SPEECH_REACH_DAYS = 7;

/** The day a quoted "today" was said: the last single day the text named, if it lies in the week before publication. */
function speechDay(ctx: Context): Date | null {
  const dct = dctDate(ctx);
  const day = ctx.narrative.day ? parseIsoDay(ctx.narrative.day) : null;
  if (!dct || !day) return null;
  const days = (dct.getTime() - day.getTime()) / 86_400_000;
  return days >= 0 && days <= SPEECH_REACH_DAYS ? day : null;
}

/** The same calendar value `years` later: 1989-Q3 → 1988-Q3, 1989-11-02 → 1988-11-02 (29 February → 28). */
function yearShifted(value: string, years: number): string {
  const y = +value.slice(0, 4) + years;
  const rest = value.slice(4);
  return rest === '-02-29' ? `${y}-02-28` : `${y}${rest}`;
}

/** The weekend a bare "the weekend" means: the last one for past tense, the coming one otherwise. */
function weekendFor(dct: Date, tense: Tense): Date {
  const wd = isoWeekday(dct);
  if (wd >= 6) return dct;
  return tense === 'past' ? addDays(dct, -(wd + 1)) : addDays(dct, 6 - wd);
}

/** Rule id: "the quarter ended Sept. 30" is the quarter of that end date. */
const QUARTER_ENDED_RULE = 'times.quarter.ended';
/** Rule id: "the latest quarter", "this quarter's" name the period in view. */
const REPORTING_RULE = 'times.quarter.reporting';

function resolveQuarter(spec: Extract<Spec, { kind: 'quarter' }>, ctx: Context): Resolved {
  const letter = spec.unit === 'quarter' ? 'Q' : 'H';
  const months = spec.unit === 'quarter' ? 3 : 6;
  const dct = dctDate(ctx);
  const recent = ctx.narrative.period && ctx.offset - ctx.narrative.periodEnd < PERIOD_REACH ? ctx.narrative.period : null;
  const recentSame = recent && recent.includes(`-${letter}`) ? recent : null;
  // "the quarter ended July 31": the quarter in view if the text named one (fiscal names win), else the end date's
  if (spec.ended && !recentSame) {
    const { ended, ...named } = spec;
    return { ...resolveQuarter({ ...named, n: ended.n, year: ended.year }, ctx), direction: QUARTER_ENDED_RULE };
  }
  const dctYear = dct ? dct.getUTCFullYear() : null;
  let year: number | null = spec.year;
  if (year === null && spec.yearOffset !== null) {
    const base = spec.n === null && recentSame ? +recentSame.slice(0, 4) : dctYear;
    year = base === null ? null : base + spec.yearOffset;
  }
  if (spec.n !== null) {
    // a quarter not yet begun at publication is last year's unless the clause looks ahead: news
    // reports results ("fourth-quarter profit fell", "expects a loss for the fourth quarter" in January)
    if (year === null && dct && dctYear !== null) {
      const start = utcDate(dctYear, (spec.n - 1) * months + 1, 1);
      year = ctx.tense !== 'future' && start > dct ? dctYear - 1 : dctYear;
    }
    return { type: 'DATE', value: `${year ?? 'XXXX'}-${letter}${spec.n}`, anchored: spec.year === null, mod: null };
  }
  // "the latest period" after "fourth-quarter earnings": the quarter the report is about, not the last one by the calendar
  if (spec.reporting && recentSame && year === null) return { type: 'DATE', value: recentSame, anchored: true, mod: null, direction: REPORTING_RULE };
  if (spec.offset !== null && dct) {
    const d = shiftDate(dct, spec.unit, spec.offset);
    return { type: 'DATE', value: formatAt(d, spec.unit), anchored: true, mod: null };
  }
  // "the 1988 period" with no quarter in view: the same stretch of that year, which only the year names
  if (!recentSame && spec.year !== null && spec.yearOffset === null) return { type: 'DATE', value: String(spec.year), anchored: false, mod: null };
  if (recentSame) {
    const n = recentSame.slice(6);
    return { type: 'DATE', value: `${year ?? recentSame.slice(0, 4)}-${letter}${n}`, anchored: true, mod: null };
  }
  if (!dct) return { type: 'DATE', value: `${year ?? 'XXXX'}-${letter}X`, anchored: true, mod: null };
  // "the latest quarter" with nothing before: the last one completed before publication
  const last = shiftDate(dct, spec.unit, -1);
  const value = formatAt(last, spec.unit);
  return { type: 'DATE', value: year !== null ? `${year}${value.slice(4)}` : value, anchored: true, mod: null };
}

/** Rule id: a cue before the season ("before the summer", "ahead of the winter") puts it ahead. */
const SEASON_AHEAD_RULE = 'times.season.ahead';

/** Days before a season's calendar start from which it may already be called "this winter". */
const SEASON_EDGE_DAYS = 31;

/** Days between a date and the nearest edge of a value's interval (0 inside it). */
function daysFrom(date: Date, value: string): number {
  const interval = intervalOf(value);
  if (!interval) return Infinity;
  const start = parseIsoDay(interval.start)!.getTime();
  const end = parseIsoDay(interval.end)!.getTime();
  const t = date.getTime();
  return (t < start ? start - t : t >= end ? t - end : 0) / DAY_MS;
}

/**
 * A season without a year: "last"/"next" count from the current season; otherwise a past
 * clause means the latest such season begun by publication ("During the summer, prices rose"),
 * and a present or future clause, or a cue that looks ahead ("before the summer travel
 * season"), the coming one (the current one included).
 */
function resolveSeason(spec: Extract<Spec, { kind: 'season' }>, ctx: Context): Resolved {
  const anchored = spec.year === null;
  if (spec.year !== null) return { type: 'DATE', value: `${spec.year}-${spec.season}`, anchored, mod: null };
  const dct = dctDate(ctx);
  if (!dct) return { type: 'DATE', value: `XXXX-${spec.season}`, anchored, mod: null };
  const month = dct.getUTCMonth() + 1;
  const seasonYear = month <= 2 ? dct.getUTCFullYear() - 1 : dct.getUTCFullYear();
  const order: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];
  const current = order.indexOf(seasonOf(month));
  const wanted = order.indexOf(spec.season);
  const value = (year: number) => ({ type: 'DATE' as const, value: `${year}-${spec.season}`, anchored, mod: null });
  if (spec.offset === -1) return value(wanted < current ? seasonYear : seasonYear - 1);
  if (spec.offset === 1) return value(wanted > current ? seasonYear : seasonYear + 1);
  const coming = value(wanted >= current ? seasonYear : seasonYear + 1);
  const latest = value(wanted > current ? seasonYear - 1 : seasonYear);
  // "this winter" is the one under way; another season named "this" is the coming one in a present
  // or future clause ("will open this spring" in November) and the last one in a past clause
  // ("this winter was mild" in April), unless the coming one is about to begin: seasons have soft
  // edges ("snow fell early this winter" in November)
  if (spec.offset === 0) {
    if (wanted === current || ctx.tense !== 'past') return coming;
    return daysFrom(dct, coming.value) <= SEASON_EDGE_DAYS ? coming : latest;
  }
  if (spec.ahead) return ctx.tense === 'past' ? { ...coming, direction: SEASON_AHEAD_RULE } : coming;
  return ctx.tense !== 'past' ? coming : latest;
}

function resolveWeekdaySpec(spec: Extract<Spec, { kind: 'weekday' }>, ctx: Context): Resolved {
  // TimeML annotators mark "Wednesday night" as a DATE; a clock time makes it a TIME
  const type: TimexType = spec.time ? 'TIME' : 'DATE';
  const suffix = spec.time ? `T${spec.time}` : spec.part ? `T${spec.part}` : '';
  const from = spec.anchor === 'narrative' && ctx.narrative.date ? isoDay(ctx.narrative.date) : ctx.dct;
  if (!from) return { type, value: `XXXX-WXX-${spec.weekday}${suffix}`, anchored: true, mod: null };
  const byPlan = !spec.possessive && !spec.ahead && spec.offset === null && ctx.plan !== null;
  const tense = spec.possessive ? 'past' : spec.ahead || byPlan ? 'future' : ctx.tense;
  const day = resolveWeekday(from, spec.weekday, spec.offset, tense);
  const value = spec.days ? isoDay(addDays(parseIsoDay(day)!, spec.days)) : day;
  return { type, value: value + suffix, anchored: true, mod: null, ...(byPlan ? planned(ctx) : {}) };
}

/** The plan marker's rule id, to name it on the time it placed. */
function planned(ctx: Context): { direction?: string } {
  return ctx.plan ? { direction: ctx.plan } : {};
}

/**
 * A weekday from the publication date: "last Friday" the one before, "next Friday" the one
 * after; a bare weekday the most recent (publication day included) in past tense, else the next.
 */
export function resolveWeekday(dct: string, weekday: number, offset: -1 | 0 | 1 | null, tense: Tense): string {
  const ref = parseIsoDay(dct)!;
  const delta = weekday - isoWeekday(ref);
  let days: number;
  if (offset === -1) days = delta < 0 ? delta : delta - 7;
  else if (offset === 1) days = delta > 0 ? delta : delta + 7;
  else if (tense === 'future') days = delta >= 0 ? delta : delta + 7;
  else if (offset === 0) days = delta;
  else days = delta <= 0 ? delta : delta - 7;
  return isoDay(addDays(ref, days));
}

function resolveMonth(spec: Extract<Spec, { kind: 'month' }>, ctx: Context): string {
  const dct = dctDate(ctx);
  const day = spec.day ? `-${pad(spec.day)}` : '';
  if (!dct) return `XXXX-${pad(spec.month)}${day}`;
  const y = dct.getUTCFullYear();
  const m = dct.getUTCMonth() + 1;
  let year = y;
  if (spec.yearOffset !== null) year = y + spec.yearOffset;
  else if (spec.offset === null) year = yearForMonth(ctx.dct!, spec.month, spec.ahead ? 'future' : ctx.tense, spec.day);
  else if (spec.offset === -1) year = spec.month < m ? y : y - 1;
  else if (spec.offset === 1) year = spec.month > m ? y : y + 1;
  return `${year}-${pad(spec.month)}${day}`;
}

/** Days a past-tense date may lie after publication (schedules reported in the past tense) before it is read as last year's. */
const SLACK_DAYS = 60;

/**
 * A month (and day) without a year, read from the publication date: in past tense the latest
 * such month not well after publication, in future tense the first not well before it, in
 * present tense the nearest.
 */
export function yearForMonth(dct: string, month: number, tense: Tense, day?: number): number {
  const ref = parseIsoDay(dct)!.getTime();
  const y = +dct.slice(0, 4);
  const candidates = [y - 1, y, y + 1].map((year) => {
    const first = utcDate(year, month, day ?? 1).getTime();
    const last = day ? first : utcDate(year, month + 1, 0).getTime();
    return { year, first, last };
  });
  if (tense === 'past') return [...candidates].reverse().find((c) => c.first - ref <= SLACK_DAYS * DAY_MS)!.year;
  if (tense === 'future') return candidates.find((c) => ref - c.last <= SLACK_DAYS * DAY_MS)!.year;
  const distance = (c: { first: number; last: number }) => (ref < c.first ? c.first - ref : ref > c.last ? ref - c.last : 0);
  return candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best)).year;
}

function resolveHoliday(spec: Extract<Spec, { kind: 'holiday' }>, ctx: Context): string {
  const direction: Tense = spec.offset === -1 ? 'past' : spec.offset === 1 ? 'future' : ctx.tense;
  if (!ctx.dct) return spec.day ? `XXXX-${pad(spec.month)}-${pad(spec.day)}` : `XXXX-${pad(spec.month)}-XX`;
  const dct = parseIsoDay(ctx.dct)!;
  const on = (year: number) => (spec.day ? utcDate(year, spec.month, spec.day) : nthWeekday(year, spec.month, spec.weekday!, spec.nth!));
  let year = dct.getUTCFullYear();
  const date = on(year);
  if (direction === 'past' && date >= dct && (spec.offset === -1 || date > dct)) year--;
  else if (direction === 'future' && date <= dct && (spec.offset === 1 || date < dct)) year++;
  return isoDay(on(year));
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): Date {
  if (nth > 0) {
    const first = utcDate(year, month, 1);
    const delta = (weekday - isoWeekday(first) + 7) % 7;
    return addDays(first, delta + (nth - 1) * 7);
  }
  const last = utcDate(year, month + 1, 0);
  const delta = (isoWeekday(last) - weekday + 7) % 7;
  return addDays(last, -delta);
}
