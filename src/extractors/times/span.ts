/**
 * TimeML spans: leading prepositions out ("on Tuesday" → "Tuesday"), modifiers and
 * determiners in ("about three months", "the late 1970s", "the end of 1990", "mid-November"),
 * with the TIMEX3 mod the modifier carries.
 */
import { AMOUNT_MODIFIERS, MODIFIERS } from '../../lexicon/time-words.js';

const LEADING_WORDS = /^(?:(?:on|in|at|by|since|from|until|till|during|for|of|before|after|within|through|throughout|over)\s+)+/i;

/** Offsets of a chrono match without leading prepositions and trailing punctuation. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const lead = LEADING_WORDS.exec(text.slice(start, end));
  let s = lead ? start + lead[0].length : start;
  let e = end;
  while (e > s && /[\s,.;:]/.test(text[e - 1]!) && !/\b(?:a\.m|p\.m|[A-Z][a-z]{2,3})\.$/.test(text.slice(s, e))) e--;
  while (s < e && /\s/.test(text[s]!)) s++;
  // "a.m." keeps its final period even where it ends the sentence
  if (/\b[ap]\.m$/i.test(text.slice(s, e)) && text[e] === '.') e++;
  return { start: s, end: e };
}

/** Modifiers, longest first, as regexes anchored at the end of the text before a time. */
const MODIFIER_LIST = [...MODIFIERS.keys()].sort((a, b) => b.length - a.length);
const MODIFIER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}'])(${MODIFIER_LIST.map((m) => m.replace(/-$/, '').replace(/ /g, '\\s+')).join('|')})(\\s+|-)$`,
  'iud',
);

export interface Extension {
  start: number;
  mod: string | null;
}

/** What may be taken in before a time: amount modifiers before amounts, date modifiers before dates. */
export interface ExtendOptions {
  amount: boolean;
  date: boolean;
  /** "around", "about" before a date (not before a possessive: "get around Wednesday's ruling") */
  approx: boolean;
}

/** Takes a modifier before `start` into the span ("about three weeks", "the late 1970s", "mid-November"). */
export function extendLeft(text: string, start: number, options: ExtendOptions): Extension {
  const from = Math.max(0, start - 30);
  const m = MODIFIER_BEFORE.exec(text.slice(from, start));
  if (!m) return { start, mod: null };
  const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  // only "mid" joins with a hyphen ("mid-1990s"); "late-" and the like are other words
  if (m[2] === '-' && !/mid$/.test(word)) return { start, mod: null };
  const key = m[2] === '-' && MODIFIERS.has(`${word}-`) ? `${word}-` : word;
  const mod = MODIFIERS.get(key) ?? null;
  const isAmount = AMOUNT_MODIFIERS.has(key);
  // "around Nov. 1", "about 7:15 p.m.": an approximation fits dates as well as amounts
  const fits = (isAmount && options.amount) || (!isAmount && options.date) || (mod === 'APPROX' && options.approx);
  return fits ? { start: from + m.indices![1]![0], mod } : { start, mod: null };
}
