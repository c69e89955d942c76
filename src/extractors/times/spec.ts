/**
 * What a recognizer found, before it is resolved to a TIMEX3 value. Our chrono parsers attach
 * a Spec to their result as a tag (chrono results carry only calendar components and string
 * tags), and the resolver turns it into a value with pure functions.
 */
import type { CalendarUnit } from '../../lexicon/time-words.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** Where a relative expression is counted from: the publication date or the narrative's current time. */
export type AnchorKind = 'dct' | 'narrative';

export type Spec =
  /** fully known from the text: "1990", "PRESENT_REF", "P3M", "XXXX-WXX-4", "199" */
  | { kind: 'literal'; type: TimexType; value: string; mod?: string }
  /** a calendar unit some steps from an anchor: "last week" (week, -1), "two years ago" (year, -2), "the next day" */
  /** (comparison: "from $3 million last year", a figure's year-ago point, the same quarter a year back if one is in view) */
  | { kind: 'shift'; unit: CalendarUnit; offset: number; anchor: AnchorKind; part?: PartOfDay; mod?: string; counted?: boolean; time?: string; comparison?: boolean }
  /** a quarter or half: "the third quarter" (q 3), "the quarter" (q null), "last year's fourth quarter" (yearOffset -1) */
  /** (reporting: "the latest quarter", "this quarter's loss", the period in view if there is one) */
  /** (ended: "the quarter ended July 31", the calendar quarter its end date gives when none is in view) */
  | { kind: 'quarter'; unit: 'quarter' | 'half'; n: number | null; year: number | null; yearOffset: number | null; offset: number | null; reporting?: boolean; ended?: { n: number; year: number | null } }
  /** "last summer", "the winter of 1994" (ahead: "before the summer", the coming one whatever the tense) */
  | { kind: 'season'; season: Season; year: number | null; offset: number | null; ahead?: boolean }
  /** a weekday: "Tuesday", "last Friday", "Saturday night" */
  /** (possessive: "Wednesday's ruling", an event the news reports as done or under way; ahead: "as early as Tuesday", after publication whatever the tense) */
  /** (days: "the day before Tuesday" is Tuesday's date one day back) */
  | { kind: 'weekday'; weekday: number; offset: -1 | 0 | 1 | null; part?: PartOfDay; time?: string; anchor?: AnchorKind; possessive?: boolean; ahead?: boolean; days?: number }
  /** a month without a year, or with one relative to now: "last April", "June last year", "effective Feb. 1" (ahead) */
  | { kind: 'month'; month: number; offset: -1 | 0 | 1 | null; yearOffset: number | null; day?: number; ahead?: boolean }
  /** a holiday: month/day known or computed for the year */
  | { kind: 'holiday'; month: number; day: number | null; weekday?: number; nth?: number; offset?: -1 | 0 | 1 }
  /** an amount of time: n null when vague ("several months") */
  | { kind: 'duration'; amount: number | null; unit: CalendarUnit; mod?: string };

export const SPEC_TAG = 'timex:';

export function specTag(spec: Spec): string {
  return SPEC_TAG + JSON.stringify(spec);
}

/** The Spec a tag set carries, if one of our parsers made the result. */
export function specFromTags(tags: ReadonlySet<string>): Spec | null {
  for (const tag of tags) if (tag.startsWith(SPEC_TAG)) return JSON.parse(tag.slice(SPEC_TAG.length)) as Spec;
  return null;
}
