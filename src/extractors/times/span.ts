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
const THE_BEFORE = /(?:^|[^\p{L}\p{N}'])(the)\s+$/diu;

export interface Extension {
  start: number;
  mod: string | null;
}

/** What may be taken in before a time: amount modifiers before amounts, date modifiers before dates, "the" where TimeML keeps it. */
export interface ExtendOptions {
  amount: boolean;
  date: boolean;
  /** "around", "about" before a date (not before a possessive: "get around Wednesday's ruling") */
  approx: boolean;
  determiner: boolean;
}

/** Takes modifiers and a determiner before `start` into the span (at most two steps: "the late 1970s"). */
export function extendLeft(text: string, start: number, options: ExtendOptions): Extension {
  let s = start;
  let mod: string | null = null;
  for (let step = 0; step < 2; step++) {
    const from = Math.max(0, s - 30);
    const before = text.slice(from, s);
    const m = MODIFIER_BEFORE.exec(before);
    if (m && !mod) {
      const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const key = m[2] === '-' ? `${word}-` : word;
      const known = MODIFIERS.has(key) ? key : word;
      const isAmount = AMOUNT_MODIFIERS.has(known);
      // only "mid" joins with a hyphen ("mid-1990s"); "late-" and the like are other words
      if (m[2] === '-' && !/mid$/.test(word)) break;
      // "around Nov. 1", "about 7:15 p.m.": an approximation fits dates as well as amounts
      const approx = MODIFIERS.get(known) === 'APPROX';
      if ((isAmount && options.amount) || (!isAmount && options.date) || (approx && options.approx)) {
        mod = MODIFIERS.get(known) ?? null;
        s = from + m.indices![1]![0];
        continue;
      }
    }
    const the = options.determiner ? THE_BEFORE.exec(before) : null;
    if (the && !/^the\b/i.test(text.slice(s))) s = from + the.indices![1]![0];
    break;
  }
  return { start: s, mod };
}
