/**
 * A dateline: where (and often when, and through which agency) a story was filed, written at
 * the start of its first line: "PARIS (Reuters) - …", "LONDON 1996-08-30", "KHARTOUM, Sudan
 * (AP) — …", "MALATYA, Turkey, March 9 (Reuters) - …", "BEIJING/MANILA, June 17 (Reuters) -",
 * "Paris, 3 March 2024 — …".
 *
 * The Document reads it once (createDocument) and every component takes it from there: actors
 * the places, the Document itself the publication date, and the sentence that follows starts
 * after the dash, so no quote or event takes the dateline into its text.
 */
import { monthNumber } from './extractors/times/calendar.js';
import { lookupPlace } from './extractors/actors/gazetteer.js';

export interface Dateline {
  /** the dateline, from the first place to the date or agency, the dash excluded */
  start: number;
  end: number;
  /** the places it was filed from ("BEIJING", "MANILA"), in capitals or (with a full date) as written */
  places: ReadonlyArray<{ start: number; end: number }>;
  /** the region or country after a comma ("Sudan" in "KHARTOUM, Sudan") */
  region: { start: number; end: number } | null;
  /** the publication date when the dateline writes it in full, YYYY-MM-DD */
  date: string | null;
  /** the agency in brackets ("Reuters"), without the brackets */
  agency: { start: number; end: number } | null;
  /** what shows it is a dateline and not a headline's topic ("CRICKET - …") */
  evidence: 'date' | 'agency' | 'dash';
  /** the story runs on after a dash (or, after a date, a colon) on the same line */
  dashed: boolean;
  /** where the story begins: after the dash, else after the dateline */
  bodyStart: number;
}

/** Longest stretch of a line a dateline can take. */
const MAX_DATELINE_CHARS = 120;

/** Places in capitals, up to four words each, several joined by "/" ("BEIJING/MANILA", "NEW YORK"). */
const CAPS_PLACES = /\p{Lu}[\p{Lu}.'\u2019/-]*(?: \p{Lu}[\p{Lu}.'\u2019/-]*){0,3}/uy;
/** A place as written, before a full date only ("Paris, 3 March 2024 —"). */
const TITLE_PLACE = /\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}/uy;
/** ", Sudan", ", New South Wales": a region or country, capitalised, up to three words. */
const REGION = / ?, ?(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})/uy;
/** " 1996-08-30" */
const ISO_DATE = / ?(\d{4})-(\d\d)-(\d\d)/y;
/** "March 9", "Sept. 29, 2025", "Jan 5 2025" */
const MONTH_DAY = /([A-Za-z]{3,9})\.? (\d{1,2})(?:,? (\d{4}))?(?!\d)/y;
/** "3 March 2024" */
const DAY_MONTH_YEAR = /(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})/y;
/** " (Reuters)", " (AP)", " (Agence France-Presse)" */
const AGENCY = / ?\((\p{Lu}[^()\n]{0,39})\)/uy;
/**
 * " - ", " — ", " -- ", "_ " (older wire copy), " :": the dash the story runs on from. It is read
 * right after a word or a bracket, never after a space (the lookbehind keeps a search linear).
 */
const DASH = /(?<![ \t])[ \t]*(?:--|[-\u2013\u2014_:])(?=[ \t]|$)[ \t]*/y;

/** The dateline that starts at `start` (a line's first character), read no further than `end`. */
export function readDateline(text: string, start: number, end: number): Dateline | null {
  const line = text.slice(start, Math.min(end, start + MAX_DATELINE_CHARS));
  return readCapsDateline(line, start) ?? readTitleDateline(line, start);
}

function readCapsDateline(line: string, base: number): Dateline | null {
  const places = match(CAPS_PLACES, line, 0);
  if (!places || !/\p{Lu}{2}/u.test(places[0])) return null;
  for (const at of regionChoices(line, places[0].length)) {
    const tail = readTail(line, at.end);
    // a dash alone also follows a headline's topic ("CRICKET - …", "CONGRESS ACTS — …"): then the place must be a known one
    if (tail && (tail.evidence !== 'dash' || lookupPlace(places[0]))) return dateline(base, splitPlaces(places[0], base), at.region, tail);
  }
  return null;
}

/** "Paris, 3 March 2024 — …": a place not in capitals is a dateline only with the full date and a dash. */
function readTitleDateline(line: string, base: number): Dateline | null {
  const place = match(TITLE_PLACE, line, 0);
  if (!place) return null;
  for (const at of regionChoices(line, place[0].length)) {
    const tail = readTail(line, at.end);
    if (tail?.date && tail.dashed) return dateline(base, [offsetSpan(base, 0, place[0].length)], at.region, tail);
  }
  return null;
}

function dateline(base: number, places: Dateline['places'], region: { start: number; end: number } | null, tail: Tail): Dateline {
  return {
    start: base,
    end: base + tail.end,
    places,
    region: region ? offsetSpan(base, region.start, region.end) : null,
    date: tail.date,
    agency: tail.agency ? offsetSpan(base, tail.agency.start, tail.agency.end) : null,
    evidence: tail.evidence,
    dashed: tail.dashed,
    bodyStart: base + tail.bodyStart,
  };
}

/** Where the place part may end: after a region, else right after the place. */
function regionChoices(line: string, at: number): Array<{ end: number; region: { start: number; end: number } | null }> {
  const region = match(REGION, line, at);
  const plain = { end: at, region: null };
  if (!region || isMonth(region[1]!)) return [plain];
  const end = region.index + region[0].length;
  return [{ end, region: { start: end - region[1]!.length, end } }, plain];
}

interface Tail {
  /** end of the date or agency (the dateline's end) */
  end: number;
  bodyStart: number;
  date: string | null;
  agency: { start: number; end: number } | null;
  dashed: boolean;
  evidence: Dateline['evidence'];
}

/** The date, agency and dash after the places; null when none of the three is there. */
function readTail(line: string, from: number): Tail | null {
  const date = readDate(line, from);
  let at = date?.end ?? from;
  const agency = match(AGENCY, line, at);
  const agencySpan = agency ? { start: agency.index + agency[0].length - 1 - agency[1]!.length, end: agency.index + agency[0].length - 1 } : null;
  if (agency) at = agency.index + agency[0].length;
  const dash = match(DASH, line, at);
  // a colon ends only a dated dateline ("Paris, 3 March 2024: …"); "BREAKING: …" is a label
  const dashed = !!dash && (!dash[0].includes(':') || !!date);
  if (!date && !agency && !dashed) return null;
  return {
    end: at,
    bodyStart: dashed ? at + dash![0].length : at,
    date: date?.date ?? null,
    agency: agencySpan,
    dashed,
    evidence: date ? 'date' : agency ? 'agency' : 'dash',
  };
}

/** The date right after the places (", March 9"), with the full date when it is written in full. */
function readDate(line: string, at: number): { end: number; date: string | null } | null {
  const iso = match(ISO_DATE, line, at);
  if (iso) return { end: at + iso[0].length, date: validDate(+iso[1]!, +iso[2]!, +iso[3]!) };
  const day = line.startsWith(', ', at) ? readWrittenDay(line, at + 2) : null;
  return day && { end: day.end, date: day.year === null ? null : validDate(day.year, day.month, day.day) };
}

/**
 * A day written out at `at`: "March 9", "Sept. 29, 2025", "3 March 2024" (a day put first needs
 * its year). Its end, month (1–12), day and year (null when not written); null when no month is named.
 * The publication-date header (document.ts) reads its written dates with this too.
 */
export function readWrittenDay(text: string, at: number): { end: number; month: number; day: number; year: number | null } | null {
  const monthDay = match(MONTH_DAY, text, at);
  if (monthDay && isMonth(monthDay[1]!)) {
    return { end: at + monthDay[0].length, month: monthNumber(monthDay[1]!)!, day: +monthDay[2]!, year: monthDay[3] ? +monthDay[3] : null };
  }
  const dayMonth = match(DAY_MONTH_YEAR, text, at);
  if (dayMonth && isMonth(dayMonth[2]!)) return { end: at + dayMonth[0].length, month: monthNumber(dayMonth[2]!)!, day: +dayMonth[1]!, year: +dayMonth[3]! };
  return null;
}

function match(pattern: RegExp, line: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(line);
}

function splitPlaces(places: string, base: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const part of places.split('/')) {
    if (part) out.push(offsetSpan(base, at, at + part.length));
    at += part.length + 1;
  }
  return out;
}

function offsetSpan(base: number, start: number, end: number): { start: number; end: number } {
  return { start: base + start, end: base + end };
}

function isMonth(word: string): boolean {
  return monthNumber(word) !== undefined;
}

export function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
