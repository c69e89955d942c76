/**
 * Calendar arithmetic on UTC dates and TIMEX3 value formatting: ISO weeks, quarters,
 * halves, seasons, decades, and the interval and granularity a value covers.
 */
import type { Time } from '../../schema.js';
import { MONTH_NAMES, type CalendarUnit } from '../../lexicon/time-words.js';
import type { PartOfDay, Season } from './spec.js';

type Granularity = Time['granularity'];

/** "Sept." → 9, "june" → 6: a month name or abbreviation, with or without its period. */
export function monthNumber(word: string): number | undefined {
  return MONTH_NAMES.get(word.toLowerCase().replace(/\.$/, ''));
}
export const DAY_MS = 86_400_000;

export function utcDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function parseIsoDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? utcDate(+m[1]!, +m[2]!, +m[3]!) : null;
}

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
/** ISO weekday, Monday 1 … Sunday 7. */
export const isoWeekday = (d: Date) => (d.getUTCDay() === 0 ? 7 : d.getUTCDay());

export function addMonths(d: Date, n: number): Date {
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last)));
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(d: Date): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { year, week };
}

/** Monday of ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): Date {
  const jan4 = utcDate(year, 1, 4);
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

/** The date `n` units after `d` (before, when n < 0). */
export function shiftDate(d: Date, unit: CalendarUnit, n: number): Date {
  switch (unit) {
    case 'day':
      return addDays(d, n);
    case 'week':
    case 'weekend':
      return addDays(d, 7 * n);
    case 'month':
      return addMonths(d, n);
    case 'quarter':
      return addMonths(d, 3 * n);
    case 'half':
      return addMonths(d, 6 * n);
    case 'year':
      return addMonths(d, 12 * n);
    case 'decade':
      return addMonths(d, 120 * n);
    case 'century':
      return addMonths(d, 1200 * n);
    case 'hour':
      return new Date(d.getTime() + n * 3_600_000);
    case 'minute':
      return new Date(d.getTime() + n * 60_000);
    case 'second':
      return new Date(d.getTime() + n * 1000);
  }
}

/** The TIMEX3 value naming the `unit` that contains `d`. */
export function formatAt(d: Date, unit: CalendarUnit, part?: PartOfDay): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return `${isoDay(d)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    case 'day':
      return part ? `${isoDay(d)}T${part}` : isoDay(d);
    case 'week': {
      const w = isoWeek(d);
      return `${w.year}-W${pad(w.week)}`;
    }
    case 'weekend': {
      const w = isoWeek(d);
      return `${w.year}-W${pad(w.week)}-WE`;
    }
    case 'month':
      return `${y}-${pad(m)}`;
    case 'quarter':
      return `${y}-Q${Math.ceil(m / 3)}`;
    case 'half':
      return `${y}-H${m <= 6 ? 1 : 2}`;
    case 'year':
      return String(y);
    case 'decade':
      return String(Math.floor(y / 10));
    case 'century':
      return String(Math.floor(y / 100));
  }
}

/** The season a month lies in (December counts with the winter of its year). */
export function seasonOf(month: number): Season {
  if (month >= 3 && month <= 5) return 'SP';
  if (month >= 6 && month <= 8) return 'SU';
  if (month >= 9 && month <= 11) return 'FA';
  return 'WI';
}

export const SEASON_ORDER: readonly Season[] = ['WI', 'SP', 'SU', 'FA'];
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Granularity of a TIMEX3 value. */
export function granularityOf(value: string): Granularity {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value)) return 'second';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return 'minute';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}/.test(value)) return 'hour';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}T[A-Z]{2}$/.test(value)) return 'part-of-day';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value) || /^[\dX]{4}-W[\dX]{2}-\d$/.test(value)) return 'day';
  if (/^[\dX]{4}-W[\dX]{2}/.test(value)) return 'week';
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'month';
  if (/^[\dX]{4}-Q[\dX]$/.test(value)) return 'quarter';
  if (/^[\dX]{4}-H[\dX]$/.test(value)) return 'half';
  if (/^[\dX]{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  // "199X" is a decade, not a year with an unknown digit
  if (/^\d{3}X?$/.test(value)) return 'decade';
  if (/^[\dX]{4}$/.test(value)) return 'year';
  if (/^\d{2}$/.test(value)) return 'century';
  const dur = /^PT?(?:[\dX.]+)(Y|M|W|D|H|S|Q|DE|CE|WE)$/.exec(value);
  if (dur) {
    const time = value.startsWith('PT');
    const map: Record<string, Granularity> = { Y: 'year', W: 'week', D: 'day', H: 'hour', S: 'second', Q: 'quarter', DE: 'decade', CE: 'century', WE: 'week' };
    return dur[1] === 'M' ? (time ? 'minute' : 'month') : map[dur[1]!]!;
  }
  return 'none';
}

/** ISO interval a calendar value covers, end exclusive; null for values not tied to the calendar. */
export function intervalOf(value: string): Time['interval'] {
  const span = (a: Date, b: Date) => ({ start: isoDay(a), end: isoDay(b) });
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = utcDate(+m[1]!, +m[2]!, +m[3]!);
    return span(d, addDays(d, 1));
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = isoWeekStart(+m[1]!, +m[2]!);
    return m[3] ? span(addDays(monday, 5), addDays(monday, 7)) : span(monday, addDays(monday, 7));
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const d = utcDate(+m[1]!, +m[2]!, 1);
    return span(d, addMonths(d, 1));
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const d = utcDate(+m[1]!, (+m[2]! - 1) * 3 + 1, 1);
    return span(d, addMonths(d, 3));
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) {
    const d = utcDate(+m[1]!, m[2] === '1' ? 1 : 7, 1);
    return span(d, addMonths(d, 6));
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const d = utcDate(+m[1]!, SEASON_START[m[2] as Season], 1);
    return span(d, addMonths(d, 3));
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return span(utcDate(+m[1]!, 1, 1), utcDate(+m[1]! + 1, 1, 1));
  m = /^(\d{3})X?$/.exec(value);
  if (m) return span(utcDate(+m[1]! * 10, 1, 1), utcDate(+m[1]! * 10 + 10, 1, 1));
  m = /^(\d{2})$/.exec(value);
  if (m) return span(utcDate(+m[1]! * 100, 1, 1), utcDate(+m[1]! * 100 + 100, 1, 1));
  return null;
}

/** TIMEX3 duration value: P3M, PT2H, PXY, P2Y6M. */
export function durationValue(amount: number | null, unit: CalendarUnit): string {
  const time = unit === 'hour' || unit === 'minute' || unit === 'second';
  const letters: Record<CalendarUnit, string> = {
    second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'Q', half: 'M', year: 'Y', decade: 'Y', century: 'Y',
  };
  // quarters and halves are written in months (P9M for "the next three quarters")
  if (unit === 'quarter' || unit === 'half') return durationValue(amount === null ? null : amount * (unit === 'quarter' ? 3 : 6), 'month');
  const factor = unit === 'decade' ? 10 : unit === 'century' ? 100 : 1;
  const p = time ? 'PT' : 'P';
  if (amount === null) return `${p}X${unit === 'decade' ? 'DE' : unit === 'century' ? 'CE' : letters[unit]}`;
  const n = amount * factor;
  if (Number.isInteger(n)) return `${p}${n}${letters[unit]}`;
  const whole = Math.floor(n);
  const frac = n - whole;
  if (unit === 'year' || unit === 'decade' || unit === 'century') return `P${whole ? `${whole}Y` : ''}${Math.round(frac * 12)}M`;
  if (unit === 'day') return `P${whole ? `${whole}D` : ''}T${Math.round(frac * 24)}H`;
  if (unit === 'hour') return `PT${whole ? `${whole}H` : ''}${Math.round(frac * 60)}M`;
  if (unit === 'month') return `P${whole ? `${whole}M` : ''}${Math.round(frac * 30)}D`;
  if (unit === 'minute') return `PT${whole ? `${whole}M` : ''}${Math.round(frac * 60)}S`;
  if (unit === 'week') return `P${whole ? `${whole}W` : ''}${Math.round(frac * 7)}D`;
  return `${p}${Math.round(n)}${letters[unit]}`;
}
