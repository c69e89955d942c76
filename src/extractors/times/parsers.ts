/**
 * Our chrono configuration: chrono's casual English parsers for calendar dates and clock
 * times, plus custom parsers for what chrono has no components for (durations, sets,
 * quarters, seasons, decades, reference words, relative units). Each custom parser tags its
 * result with a Spec (see spec.ts); resolve.ts turns it into a TIMEX3 value.
 *
 * chrono calls a parser's pattern on the text left after its previous match, so a match can
 * begin inside a word; every extract checks the character before it in the full text.
 */
// the English locale only: loading all of chrono's locales costs ~0.2 s at every start-up
import * as chrono from 'chrono-node/en';
import type { ParsingContext } from 'chrono-node';
import {
  FIXED_HOLIDAYS, FREQUENCY_WORDS, MONTH_NAMES, ORDINALS, PART_OF_DAY, REFERENCE_WORDS, RELATIVE_DIRECTIONS,
  SEASON_NAMES, SEASON_AHEAD_CUES, UNIT_WORDS, WEEKDAY_HOLIDAYS, CLOCK_WORDS, WEEKDAY_NAMES, COUNTED_NOUNS, NAMED_DAY_WORDS, NUMBER_LABELS, CLOCK_SUFFIXES, AWARD_NOUNS, NUMBER_WORDS, RELATIVE_DAYS,
  type CalendarUnit,
} from '../../lexicon/time-words.js';
import { AMOUNT, parseAmount } from './numbers.js';
import { durationValue, monthNumber } from './calendar.js';
import { specTag, specFromTags, type PartOfDay, type Spec, type TimexType } from './spec.js';

type Extract = (ctx: ParsingContext, m: RegExpMatchArray) => Found | null;
interface Found {
  /** offset of the expression inside the match (a word the pattern needed but the span leaves out) */
  skip?: number;
  /** length of the expression from the match start (default: the whole match) */
  length?: number;
  spec: Spec;
}

const alt = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|');

const UNIT = alt(UNIT_WORDS.keys());
const WEEKDAY = alt(WEEKDAY_NAMES.keys());
const MONTH = `(?:${alt([...MONTH_NAMES.keys()].filter((m) => m.length > 3))}|may|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)`;
const PART = alt(PART_OF_DAY.keys());
const SEASON = alt(SEASON_NAMES.keys());
const YEAR = '(?:1[6-9]|20)\\d\\d';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const DIGIT_WORD = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A year read aloud: "nineteen ninety-six", "two thousand", "two thousand and one". */
const SPOKEN_YEAR = `(?:nineteen|eighteen|twenty)[- ](?:hundred|(?:${TENS})(?:[- ](?:${DIGIT_WORD}))?|${TEENS}|oh[- ](?:${DIGIT_WORD}))|two\\s+thousand(?:\\s+and)?(?:\\s+(?:${TEENS}|${DIGIT_WORD}))?`;

/** Not inside a word: no letter or digit just before, nor an in-word apostrophe ("o'clock"). */
function isWordStart(ctx: ParsingContext, index: number): boolean {
  return !IN_WORD_BEFORE.test(ctx.text.slice(Math.max(0, index - 2), index));
}
const IN_WORD_BEFORE = /[\p{L}\p{N}]['’]?$/u;

function capitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Builds a chrono Parser from a pattern and an extract function returning a Spec. The pattern
 * gets a word-start lookbehind, so that few matches are rejected: chrono copies the rest of
 * the text after each rejected match, and many rejections would make a long text slow. An
 * apostrophe stops a match only inside a word ("o'clock"); after a space it is a quote mark
 * (''Today we begin,'' …).
 */
function parser(pattern: RegExp, extract: Extract): chrono.Parser {
  const bounded = new RegExp(`(?<![A-Za-z0-9]|[A-Za-z0-9]['’])(?:${pattern.source})`, pattern.flags);
  return {
    pattern: () => bounded,
    extract(ctx, m) {
      const index = m.index!;
      if (!isWordStart(ctx, index)) return null;
      const found = extract(ctx, m);
      if (!found) return null;
      const skip = found.skip ?? 0;
      // a found length past the match takes in words the pattern left for the extract to check ("the weeks ahead")
      const text = ctx.text.slice(index + skip, index + (found.length ?? m[0].length));
      // holidays keep their capitals ("Christmas Day"); other time words in capitals are names
      if (found.spec.kind !== 'holiday' && inTitle(ctx.text, index + skip, text)) return null;
      const result = ctx.createParsingResult(index + skip, text, {});
      result.addTag(specTag(found.spec));
      return result;
    },
  };
}

/**
 * Time words that English writes in lower case mid-sentence (unlike weekdays, months and
 * holidays): the lexicon's units, parts of the day, relative days, clock words and the head
 * word of each reference phrase ("the past" → "past", "at the moment" → "moment").
 */
const COMMON_TIME_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(), ...PART_OF_DAY.keys(), ...RELATIVE_DAYS.keys(), ...CLOCK_WORDS.keys(),
  ...[...REFERENCE_WORDS.keys()].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
]);
/** A common time word, singular or plural ("Mornings"). */
function isCommonTimeWord(word: string): boolean {
  const w = word.toLowerCase();
  return COMMON_TIME_WORDS.has(w) || (w.endsWith('s') && COMMON_TIME_WORDS.has(w.slice(0, -1)));
}
const TITLE_CASED = /^\p{Lu}\p{Ll}/u;
/** The word before `start` when blank space separates them (a bounded look, no regex over the text). */
function previousWord(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 30), start);
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length || trimmed.length === 0) return undefined;
  const cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\t'));
  return trimmed.slice(cut + 1);
}

/** Capitalized words that open a sentence before a time word ("But Today…", "Early Today"). */
const SENTENCE_OPENERS = /^(?:I|A|The|This|That|And|But|Or|So|Then|On|In|At|By|Until|Since|From|For|Of|Earlier|Later|Early|Late|Just|Right|Even|Only|Also)$/;
const capitalCommon = (word: string) => TITLE_CASED.test(word) && isCommonTimeWord(word.replace(/[^\p{L}]/gu, ''));

/**
 * A time expression inside a name or title: a common time word capitalized after the first
 * word ("Sunday Night With Jane Roe", "Good Morning Riverside"), or a capitalized one right
 * after a capitalized word in mid-sentence ("KRX Today", "Late Noon"). Sentence starts
 * ("Today, the court…") and all-capital text are left alone.
 */
function inTitle(text: string, start: number, span: string): boolean {
  const words = span.split(/\s+/);
  if (words.slice(1).some(capitalCommon)) return true;
  if (!capitalCommon(words[0]!)) return false;
  const prev = previousWord(text, start)?.replace(/^[^\p{L}\p{N}]+/u, '');
  // a capitalized word ending a sentence or clause ("… in Paris. Today") leaves the next one a start
  return prev !== undefined && /^\p{Lu}/u.test(prev) && /[\p{L}\p{N}]$/u.test(prev) && !SENTENCE_OPENERS.test(prev);
}

const literal = (type: TimexType, value: string): Found => ({ spec: { kind: 'literal', type, value } });

// ---------- reference words: now, currently, recently, the future ----------

const REFERENCE = parser(new RegExp(`(?:${alt(REFERENCE_WORDS.keys())})(?![\\w-])`, 'i'), (_ctx, m) =>
  literal('DATE', REFERENCE_WORDS.get(m[0].toLowerCase().replace(/\s+/g, ' '))!),
);

// ---------- years: 1990, fiscal 1990, the year 2000, nineteen ninety-six ----------

const YEAR_PARSER = parser(
  new RegExp(`(?:(fiscal|calendar|fy|the\\s+year|model\\s+year)\\s+)?(?:(${YEAR})|(${SPOKEN_YEAR}))(?![\\w%]|[.,]\\d|'?s\\b)`, 'i'),
  (ctx, m) => {
    const index = m.index!;
    const before = ctx.text.slice(Math.max(0, index - 12), index);
    if (/[$£€#¥]\s*$|[\d.,]$|\bNo\.?\s*$|\bnumber\s*$/i.test(before)) return null;
    const after = ctx.text.slice(index + m[0].length, index + m[0].length + 20);
    const next = /^\s+([a-z]+)/i.exec(after)?.[1]?.toLowerCase();
    if (m[2] && !m[1] && next && (COUNTED_NOUNS.has(next) || CLOCK_SUFFIXES.has(next))) return null;
    const label = /([a-z]+)\.?\s+$/i.exec(before)?.[1]?.toLowerCase();
    if (m[2] && !m[1] && label && NUMBER_LABELS.has(label)) return null;
    if (m[2] && /^\s*(?:-|to)\s*\d{1,3}\b(?!\d)/.test(after) && !/^-\d\d\b/.test(after)) return null;
    const year = m[2] ? Number(m[2]) : spokenYear(m[3]!);
    if (year === null) return null;
    return openEnded(before, after, m[0].length, literal('DATE', String(year)));
  },
);

/** Open ends after a year: "1994 or later", "1990 and beyond" ("and later" is left out: "in 1990 and later taught"); before it: "post-1959", "pre-1914". */
const OPEN_AFTER = /^\s+(?:(or\s+later|or\s+after|and\s+beyond|onwards?)|(or\s+earlier|or\s+before))(?![\w-])/i;
const OPEN_BEFORE = /(?:^|[^\w-])(pre|post)-$/i;

/** Takes an open end into the span with its TIMEX3 mod (ON_OR_AFTER, ON_OR_BEFORE, AFTER, BEFORE). */
function openEnded(before: string, after: string, length: number, found: Found): Found {
  if (found.spec.kind !== 'literal') return found;
  const tail = OPEN_AFTER.exec(after);
  if (tail) return { length: length + tail[0].length, spec: { ...found.spec, mod: tail[1] ? 'ON_OR_AFTER' : 'ON_OR_BEFORE' } };
  const head = OPEN_BEFORE.exec(before);
  if (head) return { skip: -(head[1]!.length + 1), length, spec: { ...found.spec, mod: head[1]!.toLowerCase() === 'pre' ? 'BEFORE' : 'AFTER' } };
  return found;
}

function spokenYear(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  const small = (w: string[]): number | null => {
    let n = 0;
    for (const word of w) {
      const v = ['oh', 'zero'].includes(word) ? 0 : WORD_VALUES.get(word);
      if (v === undefined) return null;
      n += v;
    }
    return n;
  };
  if (words[0] === 'two' && words[1] === 'thousand') return 2000 + (small(words.slice(2)) ?? 0);
  const century = WORD_VALUES.get(words[0]!);
  if (century === undefined) return null;
  if (words[1] === 'hundred') return century * 100;
  const rest = small(words.slice(1));
  return rest === null ? null : century * 100 + rest;
}

const WORD_VALUES: ReadonlyMap<string, number> = new Map(
  [...`${DIGIT_WORD}|${TEENS}`.split('|').map((w, i) => [w, i + 1] as [string, number]), ...TENS.split('|').map((w, i) => [w, 20 + i * 10] as [string, number])],
);

// ---------- decades and centuries: the 1990s, '80s, the nineties, the 20th century ----------

const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);

const DECADE = parser(
  new RegExp(`(?:(the\\s+)?((?:1[0-9]|20)\\d)0'?s|(the\\s+)?'(\\d)0'?s|(the\\s+)(${alt(DECADE_WORDS.keys())}))(?![\\w-])`, 'i'),
  (_ctx, m) => {
    if (m[2]) return literal('DATE', m[2]);
    if (m[4]) return literal('DATE', `19${m[4]}`);
    return literal('DATE', `19${DECADE_WORDS.get(m[6]!.toLowerCase())}`);
  },
);

const CENTURY = parser(
  new RegExp(`(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${alt([...ORDINALS.keys()].filter((o) => /^[a-z]/.test(o)))}|twentieth|nineteenth|eighteenth|twenty-first))[- ]century(?![\\w-])`, 'i'),
  (_ctx, m) => {
    const n = m[1] ? Number(m[1]) : ORDINAL_CENTURY.get(m[2]!.toLowerCase()) ?? ORDINALS.get(m[2]!.toLowerCase());
    if (!n) return null;
    return literal('DATE', String(n - 1).padStart(2, '0'));
  },
);

const ORDINAL_CENTURY: ReadonlyMap<string, number> = new Map([['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21]]);

// ---------- quarters and halves: the third quarter, third-quarter, the latest quarter, first half of 1990 ----------

const QUARTER_QUALIFIERS = 'year-earlier|year-ago|year\\s+earlier|latest|current|recent|previous|past|same|comparable|corresponding|fiscal|calendar|just-ended|just-completed|final|second|first';
/**
 * "the first two quarters of 1990", "the last two quarters": half a year, TimeML's H1 or H2.
 */
const TWO_QUARTERS = parser(
  new RegExp(`(the\\s+)?(first|last|final|second)\\s+two\\s+(?:fiscal\\s+)?quarters(?![\\w-])(?:\\s+of\\s+(?:fiscal\\s+)?(${YEAR}|this\\s+year|last\\s+year|next\\s+year))?`, 'i'),
  (_ctx, m) => {
    const [, , which, yearText] = m;
    // "the last two quarters" with no year: the six months just past, a stretch, not a half
    if (!yearText && /^(?:last|final)$/i.test(which!)) return null;
    const n = /^first$/i.test(which!) ? 1 : 2;
    return { spec: { kind: 'quarter', unit: 'half', n, year: yearWord(yearText), yearOffset: relativeYear(yearText), offset: null } };
  },
);

/** "… a year ago", "… last year" right after "the quarter" or "the same period". */
const YEAR_BACK = /^\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|the\s+(?:previous|prior)\s+year|the\s+year\s+before)(?![\w-])/i;

/** "… ended Sept. 30", "… ending June 30, 1990" right after "the quarter". */
const QUARTER_END = new RegExp(`^\\s+(?:that\\s+|which\\s+)?(?:ended|ending)\\s+(?:on\\s+)?(${MONTH})\\s+\\d{1,2}(?![\\d])(?:,?\\s+(${YEAR}))?`, 'i');

/**
 * "the quarter ended Sept. 30": the calendar quarter that holds most of the three months up to
 * that date, the one of the month before it (a fiscal quarter ended July 31 is mostly the second).
 */
function quarterEnded(after: string): { n: number; year: number | null } | null {
  const m = QUARTER_END.exec(after);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  if (!month) return null;
  const year = m[2] ? Number(m[2]) : null;
  // the month before January is December of the year before
  if (month === 1) return { n: 4, year: year === null ? null : year - 1 };
  return { n: Math.floor((month - 2) / 3) + 1, year };
}

const QUARTER = parser(
  new RegExp(
    // a bare "quarter" or "half" is a fraction: something must come before it
    `(?!(?:quarter|half|period)(?![\\w-]))` +
      `(?:(the|this|last|next)\\s+|(${YEAR}|this\\s+year|last\\s+year|next\\s+year)'s\\s+|fiscal\\s+(${YEAR})(?:'s)?\\s+)?` +
      `(?:(${QUARTER_QUALIFIERS})\\s+)?(?:(${YEAR})\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?:\\s+fiscal)?[- ])?(quarter|half|period)(?![\\w-])` +
      `(?:\\s+of\\s+(?:fiscal\\s+)?(${YEAR}|this\\s+year|last\\s+year|next\\s+year))?`,
    'i',
  ),
  (ctx, m) => {
    const [, det, possessive, fiscalYear, qualifier, innerYear, ordinal, unitWord, ofYear] = m;
    const word = unitWord!.toLowerCase();
    const unit = word === 'half' ? 'half' : 'quarter';
    const q = qualifier?.toLowerCase().replace(/\s+/g, ' ');
    // "the year-earlier period", "the 1988 period": a reporting period, the quarter the text is about
    if (word === 'period' && (ordinal || !det || !(innerYear || /year|same|comparable|corresponding|latest/.test(q ?? '')))) return null;
    const ordWord = ordinal?.toLowerCase() ?? (q === 'first' || q === 'second' || q === 'final' ? q : undefined);
    const max = unit === 'half' ? 2 : 4;
    let n: number | null = null;
    if (ordWord === 'final' || ordWord === 'last') n = ofYear || possessive ? max : null;
    else if (ordWord) n = ORDINALS.get(ordWord) ?? null;
    if (n !== null && n > max) return null;
    const after = ctx.text.slice(m.index! + m[0].length, m.index! + m[0].length + 30);
    // "a quarter of the shares", "half the price": a fraction, not a period
    if (!ofYear && /^\s+of\s+(?:the|a|an|its|their|his|her|all|\d)/i.test(after) && !/^\s+of\s+the\s+year/i.test(after)) return null;
    if (unit === 'half' && n === null) return null;
    const d = det?.toLowerCase();
    if (n === null && !d && !q && !possessive && !fiscalYear && !innerYear) return null;
    const year = fiscalYear ? Number(fiscalYear) : innerYear ? Number(innerYear) : yearWord(possessive) ?? yearWord(ofYear);
    const yearOffset = relativeYear(possessive) ?? relativeYear(ofYear) ?? (q === 'year-earlier' || q === 'year-ago' || q === 'year earlier' ? -1 : null);
    let offset: number | null = null;
    if (n === null) {
      if (d === 'last' || q === 'previous' || q === 'past' || q === 'latest' || q === 'recent' || q === 'just-ended' || q === 'just-completed') offset = -1;
      else if (d === 'next') offset = 1;
      else if (d === 'this' || q === 'current') offset = 0;
    }
    // "the third-quarter profit": the determiner belongs to the noun
    const skip = det && ordinal && m[0].includes(`${ordinal}-`) ? m[0].length - m[0].slice(det.length).trimStart().length : 0;
    const ended = n === null && unit === 'quarter' && !ofYear && !possessive && !innerYear && !fiscalYear ? quarterEnded(after) : null;
    if (ended) return { skip, spec: { kind: 'quarter', unit, n: null, year: null, yearOffset: null, offset: null, ended } };
    // "the quarter a year ago", "the corresponding period last year": the quarter in view, a year back
    const back = n === null && year === null && yearOffset === null && d === 'the' ? YEAR_BACK.exec(after) : null;
    if (back) return { skip, length: m[0].length + back[0].length, spec: { kind: 'quarter', unit, n, year, yearOffset: -1, offset } };
    // "the latest quarter", "this quarter's loss": the period the report is about, if one is in view
    const reporting = n === null && (q === 'latest' || q === 'recent' || (d === 'this' && /^['’]s\b/.test(after)));
    return { skip, spec: { kind: 'quarter', unit, n, year, yearOffset, offset, ...(reporting ? { reporting } : {}) } };
  },
);

/** Business shorthand: "Q3 2025", "Q4", "3Q25", "H1 2026", "FY2025", "FY25". */
const SHORTHAND = parser(
  /(?:([QH])([1-4])|([1-4])([QH]))(?:\s*(?:(\d{4})|'?(\d{2})))?(?![\w-])|FY\s?(\d{4}|\d{2})(?![\w-])/,
  (_ctx, m) => {
    const [, letter1, n1, n2, letter2, year4, year2, fy] = m;
    if (fy) return literal('DATE', String(fullYear(fy)));
    const letter = (letter1 ?? letter2)!;
    const n = Number(n1 ?? n2);
    // "H2" alone is more often hydrogen than a half-year
    if (letter === 'H' && (n > 2 || (!year4 && !year2))) return null;
    const year = year4 ? Number(year4) : year2 ? fullYear(year2) : null;
    const unit = letter === 'Q' ? 'quarter' : 'half';
    return { spec: { kind: 'quarter', unit, n, year, yearOffset: null, offset: null } };
  },
);

/** "25" → 2025, "98" → 1998: two-digit years read as the nearer century. */
function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  const n = Number(text);
  return n < 50 ? 2000 + n : 1900 + n;
}

function yearWord(text: string | undefined): number | null {
  return text && /^\d{4}$/.test(text) ? Number(text) : null;
}

function relativeYear(text: string | undefined): number | null {
  if (!text) return null;
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  return t === 'this year' ? 0 : t === 'last year' ? -1 : t === 'next year' ? 1 : null;
}

// ---------- seasons: last fall, this summer, the winter of 1994 ----------

/** A cue right before "the summer" that looks ahead to it (SEASON_AHEAD_CUES). */
const SEASON_AHEAD = new RegExp(`(?<![\\w-])(?:${SEASON_AHEAD_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'i');

const SEASON_PARSER = parser(
  // "fall" is mostly a verb: a season needs a determiner before it or a year after it
  new RegExp(
    `(?:(last|this|next|past|coming|the|early|late|mid|in|during|this\\s+past)\\s+(${SEASON})|(${SEASON})(?=\\s+(?:of\\s+)?(?:${YEAR}|${SPOKEN_YEAR})))(?![\\w-])(?:\\s+(?:of\\s+)?(${YEAR}|${SPOKEN_YEAR}))?`,
    'i',
  ),
  (_ctx, m) => {
    const [, det, name1, name2, yearText] = m;
    const name = name1 ?? name2;
    const d = det?.toLowerCase().replace(/\s+/g, ' ');
    // "fall" is mostly a verb: only "last fall", "the fall", "fall 1990" count
    const season = SEASON_NAMES.get(name!.toLowerCase())!;
    const year = yearText ? (/^\d/.test(yearText) ? Number(yearText) : spokenYear(yearText)) : null;
    const offset = d === 'last' || d === 'past' || d === 'this past' ? -1 : d === 'next' || d === 'coming' ? 1 : d === 'this' ? 0 : null;
    const skip = d && ['early', 'late', 'mid', 'in', 'during'].includes(d) ? m[0].indexOf(name!) : 0;
    const ahead = offset === null && year === null && SEASON_AHEAD.test(_ctx.text.slice(Math.max(0, m.index! - 30), m.index!));
    return { skip, spec: { kind: 'season', season, year, offset, ...(ahead ? { ahead } : {}) } };
  },
);

// ---------- weekdays: Tuesday, last Friday, Saturday night, Mondays ----------

/** A time zone after a clock time: "9 a.m. EST Tuesday". */
const ZONE = '(?:[ECMP][SD]T|GMT|UTC|BST|CET)';
/** A clock time written before a weekday: "10 p.m. Wednesday", "midnight Friday". */
const CLOCK = '(\\d{1,2})(?:[:.](\\d\\d))?\\s*([ap])\\.?m\\.?|(noon|midnight)';

const WEEKDAY_PARSER = parser(
  new RegExp(
    `(?:(?:${CLOCK})(?:\\s+${ZONE})?,?\\s+(?:on\\s+)?)?(?:(last|next|this\\s+coming|this\\s+past|this|coming|past|the\\s+previous|the\\s+following|previous|following)\\s+)?(${WEEKDAY})(s)?(?![\\w-])` +
      `(?:\\s+(${PART})s?|,?\\s+(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\w-])(?:,\\s+(${YEAR})(?!\\d))?)?`,
    'i',
  ),
  (ctx, m) => {
    const [, hh, mm, ap, word, rel, name, plural, part, monthName, dayText, yearText] = m;
    if (!capitalized(name!)) return null;
    if (namedDay(ctx, m.index! + m[0].indexOf(name!), m.index! + m[0].length)) return null;
    const weekday = WEEKDAY_NAMES.get(name!.toLowerCase())!;
    const p = part ? PART_OF_DAY.get(part.toLowerCase()) : undefined;
    if (plural) return hh || word || monthName ? null : literal('SET', `XXXX-WXX-${weekday}${p ? `T${p}` : ''}`);
    // "Saturday, April 25": the date says which Saturday
    const month = monthName && capitalized(monthName) ? monthNumber(monthName) : undefined;
    if (month) {
      if (yearText) return literal('DATE', `${yearText}-${String(month).padStart(2, '0')}-${dayText!.padStart(2, '0')}`);
      return { spec: { kind: 'month', month, offset: null, yearOffset: null, day: Number(dayText) } };
    }
    const r = rel?.toLowerCase().replace(/^(?:the|this)\s+(?=previous|following|past|coming)/, '');
    const offset = r === 'last' || r === 'past' || r === 'previous' ? -1 : r === 'next' || r === 'coming' || r === 'following' ? 1 : r === 'this' ? 0 : null;
    // "the previous Friday", "the following Monday": counted from the day the story is at
    const anchor = r === 'previous' || r === 'following' ? { anchor: 'narrative' as const } : {};
    const time = clockTime(hh, mm, ap, word);
    const length = monthName ? m[0].length - m[0].slice(m[0].indexOf(name!)).length + name!.length : undefined;
    // "Wednesday's ruling": news names an event by its day once it has happened or is under way
    const end = m.index! + (length ?? m[0].length);
    const possessive = !part && !time && offset === null && /^['’]s\b/.test(ctx.text.slice(end, end + 3)) ? { possessive: true } : {};
    return { ...(length ? { length } : {}), spec: { kind: 'weekday', weekday, offset, ...anchor, ...possessive, ...(time ? { time } : p ? { part: p } : {}) } };
  },
);

/**
 * "the day before last Tuesday", "the day after Friday": a day counted from a weekday. The
 * weekday is resolved as it would be alone (its tense, "last", "next"), then moved one day.
 */
const DAY_AROUND_WEEKDAY = parser(
  new RegExp(`(?:the\\s+)?day\\s+(before|after)\\s+(?:(last|next|this)\\s+)?(${WEEKDAY})(?![\\w-])`, 'i'),
  (ctx, m) => {
    const [, side, rel, name] = m;
    if (!capitalized(name!)) return null;
    if (namedDay(ctx, m.index! + m[0].lastIndexOf(name!), m.index! + m[0].length)) return null;
    const r = rel?.toLowerCase();
    const offset = r === 'last' ? -1 : r === 'next' ? 1 : r === 'this' ? 0 : null;
    const days = side!.toLowerCase() === 'before' ? -1 : 1;
    return { spec: { kind: 'weekday', weekday: WEEKDAY_NAMES.get(name!.toLowerCase())!, offset, days } };
  },
);

/** "Good Friday Agreement", "Super Tuesday": a weekday inside a name. */
function namedDay(ctx: ParsingContext, start: number, end: number): boolean {
  const prev = /([\p{L}]+)\s+$/u.exec(ctx.text.slice(Math.max(0, start - 20), start))?.[1];
  if (prev && NAMED_DAY_WORDS.has(prev.toLowerCase()) && capitalized(prev)) return true;
  const next = /^\s+(\p{Lu}[\p{L}]+)/u.exec(ctx.text.slice(end, end + 30))?.[1];
  return next !== undefined && monthNumber(next) === undefined && !/^(?:EST|EDT|GMT|UTC|PST|PDT|CST|CDT)$/.test(next);
}

function clockTime(hh?: string, mm?: string, ap?: string, word?: string): string | undefined {
  if (word) return CLOCK_WORDS.get(word.toLowerCase());
  if (!hh) return undefined;
  let h = Number(hh) % 12;
  if (ap!.toLowerCase() === 'p') h += 12;
  return `${String(h).padStart(2, '0')}:${mm ?? '00'}`;
}

// ---------- yesterday, today, tomorrow, tonight, this morning, last night ----------

const DAY_PARSER = parser(
  new RegExp(
    `(?:the\\s+day\\s+(before|after)\\s+)?(yesterday|today|tomorrow|tonight)(?:\\s+(${PART}))?|(this|last|tomorrow)\\s+(${PART})|(that(?:\\s+same)?|the\\s+same)\\s+(${PART}|day)|the\\s+(next|following|previous|prior)\\s+(${PART}|day)`,
    'i',
  ),
  (_ctx, m) => {
    if (m[2]) {
      let offset = RELATIVE_DAYS.get(m[2].toLowerCase())!;
      if (m[1]) offset += m[1].toLowerCase() === 'before' ? -1 : 1;
      const part = m[3] ? PART_OF_DAY.get(m[3].toLowerCase()) : m[2].toLowerCase() === 'tonight' ? 'NI' : undefined;
      return dayShift(offset, 'dct', part);
    }
    if (m[4]) {
      const w = m[4].toLowerCase();
      const part = PART_OF_DAY.get(m[5]!.toLowerCase());
      if (w === 'last' && part !== 'NI') return null;
      return dayShift(w === 'last' ? -1 : w === 'tomorrow' ? 1 : 0, 'dct', part);
    }
    if (m[6]) return dayShift(0, 'narrative', PART_OF_DAY.get(m[7]!.toLowerCase()));
    const dir = m[8]!.toLowerCase();
    return dayShift(dir === 'next' || dir === 'following' ? 1 : -1, 'narrative', PART_OF_DAY.get(m[9]!.toLowerCase()));
  },
);

/** Hours of the clock as words ("four in the morning"): the number words one to twelve ("dozen" is no hour). */
const HOUR_WORDS: ReadonlyMap<string, number> = new Map([...NUMBER_WORDS].filter(([w, n]) => n >= 1 && n <= 12 && w !== 'dozen'));

/**
 * Parts of the day without a day word: "afternoon yesterday", "by mid-afternoon", "in the
 * morning", "4 in the morning". They fall on the day the text is at (the narrative's), like a
 * clock time alone. "night" after early/late is left out: "late-night show" is an adjective.
 */
const PART_PARSER = parser(
  new RegExp(
    `(?:early|late|mid)[- ]((morning|afternoon|evening)(?:\\s+(yesterday|today|tomorrow))?)(?![\\w-])` +
      `|(${PART})\\s+(yesterday|today|tomorrow)(?![\\w-])` +
      `|(?:in|during|by|through|until)\\s+(the\\s+(morning|afternoon|evening|night))(?![\\w-])` +
      // "at" is taken in so that chrono's "at 4 in the morning" (a clock time it cannot show) does not outrun
      // the match; the span's trimming drops it as it drops every leading preposition
      `|(?:at\\s+)?(\\d{1,2}|${[...HOUR_WORDS.keys()].join('|')})(?:\\s+o'clock)?\\s+in\\s+the\\s+(morning|afternoon|evening)(?![\\w-])`,
    'i',
  ),
  (_ctx, m) => {
    const [whole, edged, edgedPart, edgedDay, part, dayWord, theSpan, thePart, hourText, clockPart] = m;
    const partOf = (word: string) => PART_OF_DAY.get(word.toLowerCase());
    // the modifier stays out for the span's left extension, which gives the mod ("mid-afternoon": MID)
    if (edged) {
      const shift = edgedDay ? dayShift(RELATIVE_DAYS.get(edgedDay.toLowerCase())!, 'dct', partOf(edgedPart!)) : dayShift(0, 'narrative', partOf(edgedPart!));
      return { ...shift, skip: whole!.length - edged.length };
    }
    if (part) return dayShift(RELATIVE_DAYS.get(dayWord!.toLowerCase())!, 'dct', partOf(part));
    if (theSpan) return { ...dayShift(0, 'narrative', partOf(thePart!)), skip: whole!.length - theSpan.length };
    const hour = /^\d/.test(hourText!) ? Number(hourText) : HOUR_WORDS.get(hourText!.toLowerCase())!;
    if (hour < 1 || hour > 12) return null;
    const h = clockPart!.toLowerCase() === 'morning' ? hour % 12 : (hour % 12) + 12;
    return { spec: { kind: 'shift', unit: 'day', offset: 0, anchor: 'narrative', time: `${String(h).padStart(2, '0')}:00` } };
  },
);

/** "noon", "midnight" on their own: a clock time on the day the text is talking about. */
const NOON = parser(new RegExp(`(${alt(CLOCK_WORDS.keys())})(?![\\w-])`, 'i'), (_ctx, m) => ({
  spec: { kind: 'shift', unit: 'day', offset: 0, anchor: 'narrative', time: CLOCK_WORDS.get(m[1]!.toLowerCase())! },
}));

function dayShift(offset: number, anchor: 'dct' | 'narrative', part?: PartOfDay): Found {
  return { spec: { kind: 'shift', unit: 'day', offset, anchor, ...(part ? { part } : {}) } };
}

// ---------- holidays ----------

const HOLIDAY = parser(new RegExp(`(?:(last|next|this)\\s+)?(${alt([...FIXED_HOLIDAYS.keys(), ...WEEKDAY_HOLIDAYS.keys()])})(?![\\w-])`, 'i'), (_ctx, m) => {
  if (!capitalized(m[2]!)) return null;
  const key = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  const fixed = FIXED_HOLIDAYS.get(key);
  const r = m[1]?.toLowerCase();
  const offset: -1 | 0 | 1 | undefined = r === 'last' ? -1 : r === 'next' ? 1 : r === 'this' ? 0 : undefined;
  const rel = offset === undefined ? {} : { offset };
  if (fixed) return { spec: { kind: 'holiday', month: fixed[0], day: fixed[1], ...rel } };
  const [month, weekday, nth] = WEEKDAY_HOLIDAYS.get(key)!;
  return { spec: { kind: 'holiday', month, day: null, weekday, nth, ...rel } };
});

// ---------- sets: daily, every Thursday, each July, twice a week ----------

const SET_PARSER = parser(
  new RegExp(
    `(${alt(FREQUENCY_WORDS.keys())})(?![\\w-])|(?:every|each)\\s+(?:other\\s+)?(?:(${AMOUNT})\\s+)?(${UNIT}|${WEEKDAY}|${MONTH}|${PART}|${SEASON})(?![\\w-])|(?:once|twice|(?:${DIGIT_WORD}|\\d+)\\s+times)\\s+(?:a|an|per|each)\\s+(${UNIT})(?![\\w-])`,
    'i',
  ),
  (_ctx, m) => {
    if (m[1]) return literal('SET', FREQUENCY_WORDS.get(m[1].toLowerCase())!);
    if (m[3]) return literal('SET', setValue(m[3], m[2] ? parseAmount(m[2]) : 1));
    const unit = UNIT_WORDS.get(m[4]!.toLowerCase())!;
    return literal('SET', durationValue(1, unit));
  },
);

function setValue(word: string, amount: number | null): string {
  const w = word.toLowerCase().replace(/\.$/, '');
  const weekday = WEEKDAY_NAMES.get(w);
  if (weekday) return `XXXX-WXX-${weekday}`;
  const month = MONTH_NAMES.get(w);
  if (month) return `XXXX-${String(month).padStart(2, '0')}`;
  const part = PART_OF_DAY.get(w);
  if (part) return `XXXX-XX-XXT${part}`;
  const season = SEASON_NAMES.get(w);
  if (season) return `XXXX-${season}`;
  return durationValue(amount, UNIT_WORDS.get(w)!);
}

// ---------- amounts of time and units counted from an anchor ----------

const REL_WORDS = 'this\\s+past|this\\s+coming|past|last|next|first|final|coming|previous|following|latest|remaining|initial|same|this|current|prior|recent';
const PLURAL_UNIT = alt([...UNIT_WORDS.keys()].filter((w) => /s$/.test(w)));
/** Words after which a bare plural unit is an amount of time: "for years", "took months". */
const AMOUNT_CONTEXT = 'for|over|within|after|take|takes|took|taken|taking|spent|spend|last|lasted|in';
const UNIT_PARSER = parser(
  new RegExp(
    // a bare unit ("the day", "years") is no time: the match starts with a word that makes it one,
    // or with a word before it that asks for an amount of time ("for years", taken in and then left out)
    `(?:(${AMOUNT_CONTEXT})\\s+(?=(?:${PLURAL_UNIT})(?![\\w-]))|` +
      `(?=(?:the|these|those|its|their|${REL_WORDS}|${AMOUNT})[\\s-]|(?:${UNIT})(?:\\s+or\\s+so)?\\s+(?:ago|earlier|later|from\\s+now|hence)\\b|(?:${PLURAL_UNIT})\\s+or\\s|weekends?\\b))` +
      `(?:(the|these|those|its|their)\\s+)?(?:(${REL_WORDS})\\s+)?(?:(${AMOUNT})[\\s-]+)?(?:(more|additional|straight|consecutive|full|trading|business|calendar|working|fiscal)\\s+)?(${UNIT})(?![\\w-])(?:\\s+and\\s+a\\s+half(?![\\w-]))?` +
      `(\\s+or\\s+so)?(?:\\s+(ago|earlier|later|before|after|from\\s+now|hence|old|long)(?![\\w-]))?`,
    'i',
  ),
  (ctx, m) => {
    const found = unitExpression(ctx, m);
    // "a year or so": the span takes "or so" in, and the value is approximate
    if (!found || !m[7] || (found.spec.kind !== 'duration' && found.spec.kind !== 'shift')) return found;
    const orSoEnd = m[0].indexOf(m[7]) + m[7].length;
    const length = found.length !== undefined && found.length < orSoEnd ? orSoEnd : found.length;
    return { ...found, ...(length !== undefined ? { length } : {}), spec: { ...found.spec, mod: 'APPROX' } };
  },
);

/** A figure right before the time ("earnings of $33 million last year", "from 4 cents a share last year"). */
const FIGURE_BEFORE = /(?:\d|%|\b(?:million|billion|trillion|cents?|dollars?|share|percent))\s*,?\s+$/i;

/**
 * "compared with $33 million last year", "last year's $1.55 billion": a figure set against one
 * of last year, which in a report on a quarter is the same quarter a year before.
 */
function figureComparison(ctx: ParsingContext, start: number, end: number): boolean {
  return FIGURE_BEFORE.test(ctx.text.slice(Math.max(0, start - 24), start)) || /^['’]s\s+(?:\$|\d)/.test(ctx.text.slice(end, end + 5));
}

/** What a unit phrase means: an amount ("two years"), a shift ("last week", "two days ago"), a rate ("$5 a year"). */
function unitExpression(ctx: ParsingContext, m: RegExpMatchArray): Found | null {
  const [whole, prep, det, relWord, amountText, , unitWord, , tail] = m;
  const unit = UNIT_WORDS.get(unitWord!.toLowerCase())!;
  const plural = /s$/i.test(unitWord!) || /centuries/i.test(unitWord!);
  // "this past weekend" is the last one, "this coming week" the next
  const rel = relWord?.toLowerCase().replace(/^this\s+(?=past|coming)/, '');
  // "a minute and a half": the half comes after the unit
  const unitHalf = !/\band\s+a\s+half\b/i.test(amountText ?? '') && /\sand\s+a\s+half\b/i.test(whole!);
  const counted = amountText ? parseAmount(amountText) : null;
  const amount = counted !== null && unitHalf ? counted + 0.5 : counted;
  const t = tail?.toLowerCase().replace(/\s+/g, ' ');
  const lengthWithoutTail = tail ? whole!.lastIndexOf(tail) : whole!.length;
  // "the two-year contract": the determiner belongs to the noun, not to the adjective
  const skip = prep
    ? whole!.length - whole!.slice(prep.length).trimStart().length
    : det && amountText && whole!.includes(`${amountText}-`) ? whole!.indexOf(amountText, det.length) : 0;
  const core = (spec: Spec): Found => ({ skip, length: trimmedLength(whole!, lengthWithoutTail), spec });

  if (amountText && /^(some|many|recent)$/i.test(amountText.trim()) && !plural) return null;
  // "a second time", "a second round": an ordinal
  if (unit === 'second' && amountText && /^(a|an)$/i.test(amountText.trim())) return null;
  // ages ("52 years old") are not marked
  if (t === 'old') return null;
  const following = ctx.text.slice(m.index! + whole!.length, m.index! + whole!.length + 6);
  // "three-quarters of the vote", "half of": fractions
  if ((unit === 'quarter' || unit === 'half') && (/^\s+of\b/i.test(following) || /-quarters?$/i.test(whole!))) return null;
  // "the 1988 second quarter": a year, not 1988 seconds
  if (amountText && /^(?:1[6-9]|20)\d\d$/.test(amountText.trim())) return null;
  if (t === 'ago' || t === 'from now' || t === 'hence') {
    if (amountText && amount === null) return literal('DATE', t === 'ago' ? 'PAST_REF' : 'FUTURE_REF');
    const n = amountText ? amount! : 1;
    if (!amountText && plural) return literal('DATE', t === 'ago' ? 'PAST_REF' : 'FUTURE_REF');
    return { spec: { kind: 'shift', unit, offset: t === 'ago' ? -n : n, anchor: 'dct', counted: true } };
  }
  if ((t === 'earlier' || t === 'later') && (amountText || !plural) && !rel) {
    // "a few days later", "an hour and a half later": no day or clock time to land on (the narrative
    // knows days, not hours), so the amount is the time and "later" its signal, as TimeML marks it
    if ((amountText && amount === null) || unit === 'hour' || unit === 'minute' || unit === 'second') {
      return core({ kind: 'duration', amount: amountText ? amount : 1, unit });
    }
    const n = amountText ? amount! : 1;
    return { spec: { kind: 'shift', unit, offset: t === 'earlier' ? -n : n, anchor: 'narrative', counted: true } };
  }
  if (amountText) {
    if (rel && /^(this|current|same)$/.test(rel)) return null;
    // "$5 million a year", "10% a month": a rate, TimeML's SET
    const before = ctx.text.slice(Math.max(0, m.index! - 16), m.index!);
    if (!det && !rel && /^(a|an)$/i.test(amountText.trim()) && /(?:\d|\d%|million|billion|trillion|cents?|dollars?)\s+$/i.test(before)) {
      return { length: trimmedLength(whole!, lengthWithoutTail), spec: { kind: 'literal', type: 'SET', value: durationValue(1, unit) } };
    }
    return core({ kind: 'duration', amount, unit });
  }
  if (rel) {
    if (plural) {
      if (rel === 'recent' || rel === 'past' || rel === 'last' || rel === 'next' || rel === 'coming' || rel === 'first') return core({ kind: 'duration', amount: null, unit });
      return null;
    }
    if (unit === 'quarter' || unit === 'half') return null;
    const dir = RELATIVE_DIRECTIONS.get(rel);
    if (rel === 'following' || rel === 'prior' || (rel === 'previous' && det) || (rel === 'same' && det)) {
      return core({ kind: 'shift', unit, offset: rel === 'following' ? 1 : rel === 'same' ? 0 : -1, anchor: 'narrative' });
    }
    if (rel === 'next' && det) return core({ kind: 'shift', unit, offset: 1, anchor: 'narrative' });
    if (dir === undefined) return null;
    if (unit === 'year' && dir === -1 && !det && figureComparison(ctx, m.index!, m.index! + whole!.length)) {
      return core({ kind: 'shift', unit, offset: -1, anchor: 'dct', comparison: true });
    }
    return core({ kind: 'shift', unit, offset: dir, anchor: 'dct' });
  }
  if (det && (plural || unit !== 'weekend')) {
    const definite = definitePeriod(ctx, m, unit, plural, t);
    if (!definite) return null;
    const length = definite.extra ? whole!.length + definite.extra : undefined;
    return { ...core(definite.spec), ...(length !== undefined ? { length } : {}) };
  }
  if (plural) {
    // bare "years", "weeks": only where an amount of time is expected
    const after = ctx.text.slice(m.index! + whole!.length, m.index! + whole!.length + 12);
    if ((prep || /^\s+or\s/i.test(after)) && unit !== 'weekend') return core({ kind: 'duration', amount: null, unit });
    return null;
  }
  if (unit === 'weekend' && (det === 'the' || /\b(?:this|the)\s+$/i.test(ctx.text.slice(Math.max(0, m.index! - 6), m.index!)) || !det)) {
    return core({ kind: 'shift', unit: 'weekend', offset: 0, anchor: 'dct' });
  }
  return null;
}

/** A report's own period after "the": "the year ended June 30" (an amount), "for the year", "the week's session". */
const PERIOD_ENDED = /^\s+(?:that\s+)?(?:ended|ending|ends|through)\b/i;
/** What follows "the weeks" when it names a stretch of time: "the weeks ahead", "the days before the vote". */
const STRETCH_AHEAD = /^\s+(?:ahead|to\s+come)(?![\w-])/i;
const STRETCH_AROUND = /^\s+(?:following|leading\s+up|that\s+followed|since)\b/i;
/** Words before "the years" that ask for an amount of time: "over the years", "during the months". */
const STRETCH_BEFORE = /\b(?:over|during|throughout|through|in|for)\s+$/i;

interface Definite {
  spec: Spec;
  /** characters after the match the span takes in ("ahead") */
  extra?: number;
}

/**
 * "the" + a calendar unit with no amount or direction. In news these are the text's own
 * periods: the reporting year or week ("sales for the year", "the week's most active session",
 * "the fiscal year ended June 30", an amount of one year) and stretches around an event
 * ("the weeks before the vote", "over the years", "the days ahead"). Anything else ("the day",
 * "the month") is too often not a time to mark.
 */
function definitePeriod(ctx: ParsingContext, m: RegExpMatchArray, unit: CalendarUnit, plural: boolean, tail: string | undefined): Definite | null {
  const [whole, , det, , amountText, qualifier] = m;
  if (amountText) return null;
  const d = det!.toLowerCase();
  const q = qualifier?.toLowerCase();
  const end = m.index! + whole!.length;
  const after = ctx.text.slice(end, end + 24);
  const before = ctx.text.slice(Math.max(0, m.index! - 24), m.index!);
  if (plural) {
    if (d !== 'the' || q || unit === 'weekend' || unit === 'quarter') return null;
    const ahead = STRETCH_AHEAD.exec(after);
    if (ahead && !tail) return { spec: { kind: 'duration', amount: null, unit }, extra: ahead[0].length };
    const around = tail === 'before' || tail === 'after' || (!tail && STRETCH_AROUND.test(after));
    // "the weeks before the shooting": a stretch of the narrative's month; "the years that followed": an amount
    if (around && (unit === 'day' || unit === 'week')) return { spec: { kind: 'shift', unit: 'month', offset: 0, anchor: 'narrative' } };
    if (around || (!tail && STRETCH_BEFORE.test(before))) return { spec: { kind: 'duration', amount: null, unit } };
    return null;
  }
  if (tail || (unit !== 'year' && unit !== 'week')) return null;
  // "its fiscal year", "the full year"; "the year" alone only after "the"
  if (d !== 'the' && q !== 'fiscal') return null;
  if (q && q !== 'fiscal' && q !== 'full' && q !== 'calendar') return null;
  // "the week of March 6" is that date's week, which the date itself already carries
  if (unit === 'week' && (q || /^\s+of\b/i.test(after))) return null;
  if (AWARD_OF_THE.test(before)) return null;
  if (PERIOD_ENDED.test(after)) return { spec: { kind: 'duration', amount: 1, unit } };
  // the reporting year is the publication's; the week is the one the story is at
  return { spec: { kind: 'shift', unit, offset: 0, anchor: unit === 'year' ? 'dct' : 'narrative' } };
}

/** "player of the year", "word of the year": a title, not a time. */
const AWARD_OF_THE = new RegExp(`\\b(?:${[...AWARD_NOUNS].join('|')})\\s+of\\s+$`, 'i');

function trimmedLength(whole: string, length: number): number {
  let end = length;
  while (end > 0 && /\s/.test(whole[end - 1]!)) end--;
  return end;
}

// ---------- day-long, decades-long, a two-week-long strike ----------

/** An adjective of length: "a day-long meeting", "decades-long feud", "weeklong", "a two-week-long strike". */
const LONG_PARSER = parser(
  new RegExp(`(?:(${AMOUNT})-)?(${UNIT})-?long(?![\\w-])`, 'i'),
  (_ctx, m) => {
    const unit = UNIT_WORDS.get(m[2]!.toLowerCase())!;
    const plural = /s$/i.test(m[2]!) || /centuries/i.test(m[2]!);
    const amount = m[1] ? parseAmount(m[1]) : plural ? null : 1;
    return { spec: { kind: 'duration', amount, unit } };
  },
);

// ---------- the end of the year, year-end ----------

const PERIOD_EDGE = parser(
  new RegExp(`(?:the\\s+)?(end|beginning|start|middle|close|turn)\\s+of\\s+the\\s+(year|month|week|decade|century)(?![\\w-])|(year|month|quarter)(?:-end|\\s+end|'s\\s+end)(?![\\w-])`, 'i'),
  (_ctx, m) => {
    const edge = (m[1] ?? 'end').toLowerCase();
    const unit = UNIT_WORDS.get((m[2] ?? m[3])!.toLowerCase())!;
    const mod = edge === 'end' || edge === 'close' ? 'END' : edge === 'middle' ? 'MID' : 'START';
    return { spec: { kind: 'shift', unit, offset: 0, anchor: 'dct', mod } };
  },
);

// ---------- months relative to now: last April, this September, June last year ----------

const MONTH_REL = parser(
  new RegExp(
    `(last|next|this|coming|past)\\s+(${MONTH})(?![\\w-])|(${MONTH})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(this|last|next)\\s+year(?![\\w-])` +
      `|(${MONTH}),?\\s+(${SPOKEN_YEAR})(?![\\w-])`,
    'i',
  ),
  (_ctx, m) => {
    const name = (m[2] ?? m[3] ?? m[6])!;
    if (!capitalized(name)) return null;
    const month = monthNumber(name);
    if (!month) return null;
    if (m[1]) {
      const r = m[1].toLowerCase();
      const offset = r === 'last' || r === 'past' ? -1 : r === 'this' ? 0 : 1;
      return { spec: { kind: 'month', month, offset, yearOffset: null } };
    }
    if (m[7]) {
      // "January nineteen ninety-seven", as broadcasts read it
      const year = spokenYear(m[7]);
      return year === null ? null : literal('DATE', `${year}-${String(month).padStart(2, '0')}`);
    }
    const y = m[5]!.toLowerCase();
    const yearOffset = y === 'last' ? -1 : y === 'next' ? 1 : 0;
    return { spec: { kind: 'month', month, offset: null, yearOffset, ...(m[4] ? { day: Number(m[4]) } : {}) } };
  },
);

// ---------- a day or month the wording puts ahead: as early as Tuesday, effective Feb. 1 ----------

/**
 * "as early as Tuesday", "as soon as March", "no later than June 30", "effective Feb. 1": the
 * earliest or latest point of something still to come, after publication whatever the verb's
 * tense ("said the group could come as early as Tuesday"). The cue stays out of the span.
 */
const AHEAD = parser(
  new RegExp(
    `(?:as\\s+(?:early|soon)\\s+as|no\\s+later\\s+than|effective)\\s+(?:(?:on|from)\\s+)?` +
      `((${WEEKDAY})(?:\\s+(${PART}))?|(${MONTH})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?)(?![\\w-])(?!,?\\s*\\d)`,
    'i',
  ),
  (_ctx, m) => {
    const [whole, time, dayName, part, monthName, dayText] = m;
    if (!capitalized((dayName ?? monthName)!)) return null;
    const skip = whole!.length - time!.length;
    if (dayName) {
      const p = part ? PART_OF_DAY.get(part.toLowerCase()) : undefined;
      return { skip, spec: { kind: 'weekday', weekday: WEEKDAY_NAMES.get(dayName.toLowerCase())!, offset: null, ahead: true, ...(p ? { part: p } : {}) } };
    }
    const month = monthNumber(monthName!);
    if (!month) return null;
    return { skip, spec: { kind: 'month', month, offset: null, yearOffset: null, ahead: true, ...(dayText ? { day: Number(dayText) } : {}) } };
  },
);

// ---------- the year-earlier figure, that year ----------

const ANAPHORIC = parser(
  /(year-earlier|year-ago|year\s+earlier)(?![\w-])|(?:(later|earlier)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(year|month|week|quarter)(?![\w-])/i,
  (_ctx, m) => {
    if (m[1]) return { spec: { kind: 'shift', unit: 'year', offset: -1, anchor: 'dct', counted: true } };
    const unit = UNIT_WORDS.get(m[3]!.toLowerCase())!;
    const mod = m[2] ? (m[2].toLowerCase() === 'later' ? 'END' : 'START') : undefined;
    return { spec: { kind: 'shift', unit, offset: 0, anchor: 'narrative', ...(mod ? { mod } : {}) } };
  },
);

/** Our parsers, most specific first: on equal spans chrono keeps the earlier parser's result. */
const CUSTOM_PARSERS: readonly chrono.Parser[] = [
  MONTH_REL, AHEAD, TWO_QUARTERS, QUARTER, SHORTHAND, ANAPHORIC, NOON, DECADE, CENTURY, PERIOD_EDGE, DAY_PARSER, PART_PARSER, DAY_AROUND_WEEKDAY, WEEKDAY_PARSER, HOLIDAY, SET_PARSER, SEASON_PARSER, REFERENCE, UNIT_PARSER, LONG_PARSER, YEAR_PARSER,
];

/** chrono's own parsers we keep: absolute dates, month names, clock times. Relative ones are replaced by ours. */
const KEPT_CHRONO_PARSERS = new Set([
  'ISOFormatParser', 'ENYearMonthDayParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser',
  'ENTimeExpressionParser', 'ENYearMonthNameParser', 'ENMonthNameParser',
]);

/** chrono's refiners we keep, each shielded from our results. TimeML splits ranges, so range merging goes. */
const KEPT_CHRONO_REFINERS = new Set(['ENMergeDateTimeRefiner', 'ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'MergeWeekdayComponentRefiner']);

const isOurs = (r: chrono.ParsingResult) => specFromTags(r.tags()) !== null;

/** Runs a chrono refiner on chrono's own results only, so it never merges or rewrites ours. */
function shielded(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine(ctx, results) {
      const ours = results.filter(isOurs);
      const theirs = refiner.refine(ctx, results.filter((r) => !isOurs(r)));
      return [...ours, ...theirs].sort((a, b) => a.index - b.index);
    },
  };
}

/** Keeps the longer of two overlapping results; on a tie, ours (more specific) win. */
const overlapRemoval: chrono.Refiner = {
  refine(_ctx, results) {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: chrono.ParsingResult[] = [];
    for (const r of sorted) {
      const prev = kept[kept.length - 1];
      if (!prev || r.index >= prev.index + prev.text.length) {
        kept.push(r);
        continue;
      }
      const better = r.text.length > prev.text.length || (r.text.length === prev.text.length && isOurs(r) && !isOurs(prev));
      if (better) kept[kept.length - 1] = r;
    }
    return kept;
  },
};

const constructorName = (x: object) => (x as { constructor: { name: string } }).constructor.name;

/** A chrono instance: casual English, our parsers first, chrono's relative parsers and range merging left out. */
export function createTimeParser(): chrono.Chrono {
  const base = chrono.casual.clone();
  const parsers = [...CUSTOM_PARSERS, ...base.parsers.filter((p) => KEPT_CHRONO_PARSERS.has(constructorName(p)))];
  const kept = base.refiners.filter((r) => KEPT_CHRONO_REFINERS.has(constructorName(r)));
  const refiners = [overlapRemoval, ...kept.map(shielded), overlapRemoval];
  return new chrono.Chrono({ parsers, refiners });
}
