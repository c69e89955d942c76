/**
 * Finds proper-name spans on real news layout:
 *   - body lines: runs of capitalised tokens, joined across initials ("J. Adams"), particles
 *     ("van der Berg"), short hyphen pieces ("Ata-ur-Rehman") and "of" after institutional
 *     heads, split at possessives; titles ("Prime Minister", "Mr.") and leading demonyms
 *     ("Russian President …") are kept out of the span; sentence-initial common words left out;
 *   - ALL-CAPS lines (headlines, table headers): capitals prove nothing there, so only names
 *     the body or a lexicon knows are taken, longest first;
 *   - datelines ("PARIS (Reuters) -", "LONDON 1996-08-30", "NICE , France 1996-08-30").
 * Each candidate keeps the evidence typing uses.
 */
import type { Dateline } from '../../dateline.js';
import type { Document, Sentence, Token } from '../../document.js';
import { tokenIndexAt } from '../../document.js';
import { GENERATIONAL_SUFFIXES, NAME_OPENING_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { PLACE_SUFFIXES } from '../../lexicon/typing.js';
import { COMMON_ACRONYMS, HOLIDAYS, MEMBER_ACRONYMS, NEVER_ALONE, PARTY_MEMBERS, INSTITUTION_HEADS, NAME_CONNECTORS, NAME_DESCRIPTORS, OF_HEAD_TYPES, OF_HEADS, NOT_NAMES, PLACE_FEATURE_OPENERS, PLACE_INSTITUTION_HEADS } from '../../lexicon/names.js';
import {
  MAX_LEXICON_WORDS,
  isCompanySuffix,
  isFamilyNameFirst,
  isGivenName,
  isInstitutionSuffix,
  isKnownName,
  isSportsWord,
  isTitleHead,
  isTitleModifier,
  lookupDemonym,
  lookupOrg,
  lookupPlace,
  nameKey,
} from './gazetteer.js';

export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  /** tokens[tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  rule: string;
  /** lower-case noun that introduced the name ("platform" in "social media platform X") */
  descriptor: string | null;
  /** the name ends in a lower-case institution ("Paris prosecutor's office") */
  institution: boolean;
  sentenceInitial: boolean;
  /** a title or honorific right before the name ("Prime Minister", "Mr."), lower-case */
  title: string | null;
  /** found on an all-caps line, where capitals are no evidence */
  caps: boolean;
  /** the place of a dateline */
  dateline: boolean;
  /** followed by a number on its line: a results or standings row */
  tableRow: boolean;
}

const POSSESSIVE = /['\u2019]s?$/;
/** Lower-case particles inside or before names: "Ludwig van Beethoven", "de Silva". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ter', 'ten', 'ben', 'abu', 'wa']);
/** Lower-case pieces after a hyphen that end a name rather than continue it ("Paris-based", "X-led"). */
/** Prefixes that make a stance or a time of a name ("anti-Trump", "pro-Kremlin", "post-Soviet"), not part of it. */
const STANCE_PREFIXES = new Set(['anti', 'pro', 'non', 'ex', 'post', 'pre', 'neo', 'mid']);
const HYPHEN_STOPS = new Set(['led', 'run', 'old', 'era', 'set', 'won', 'day', 'way', 'end', 'off', 'out', 'up', 'in', 'on', 'by', 'for', 'and', 'the', 'age', 'ish', 'man', 'men', 'new', 'own', 'two', 'one', 'six', 'ten', 'based', 'born', 'made']);

export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) || /^\p{Ll}{1,2}\p{Lu}/u.test(token.text);
}

/** Words that look capitalised but never start or continue a name. */
function excluded(token: Token): boolean {
  if (NOT_NAMES.has(token.normal.replace(POSSESSIVE, ''))) return true;
  const t = token.tags;
  if (t.has('Date') || t.has('Month') || t.has('WeekDay')) return true;
  if (t.has('Pronoun') || t.has('Determiner') || t.has('Preposition') || t.has('Conjunction')) return true;
  return false;
}

interface Layout {
  caps: boolean[];
  /** capitalised words seen away from the start of a sentence */
  seenMid: Set<string>;
  /** capitalised words seen mid-sentence inside a longer name */
  inNames: Set<string>;
  /** capitalised words seen mid-sentence only inside longer names, never first, last or alone ("Farm" in "American Farm Bureau Federation") */
  innerOnly: Set<string>;
  /** words seen in lower case */
  lowercase: Set<string>;
}

export function findNames(doc: Document): NameCandidate[] {
  const caps = doc.sentences.map((s) => isCapsLine(doc, s));
  const out: NameCandidate[] = [];
  const dated = new Set<number>();
  for (const dateline of doc.datelines) {
    for (const c of datelineNames(doc, dateline)) {
      out.push(c);
      for (let k = c.tokenStart; k < c.tokenEnd; k++) dated.add(k);
    }
  }
  const lowercase = new Set(doc.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.normal.replace(POSSESSIVE, '')));
  const mid = midSentenceWords(doc, caps);
  const layout: Layout = { caps, seenMid: mid.seen, inNames: mid.inNames, innerOnly: mid.innerOnly, lowercase };
  const capsRuns: Array<[number, number]> = [];
  const body = doc.sentences.flatMap((s) => (caps[s.index] ? [] : namesInSentence(doc, s, layout, dated, capsRuns)));
  out.push(...keepIntroducedLetters(body));
  const known = bodyKeys(out, layout);
  for (const s of doc.sentences) if (caps[s.index]) out.push(...namesInCapsRange(doc, s.tokenStart, s.tokenEnd, known, dated, sportsTopicEnd(doc, s)));
  for (const [from, to] of capsRuns) out.push(...namesInCapsRange(doc, from, to, known, dated, from));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A one-letter name is a name only when the text introduces it as one somewhere ("social media
 * platform X"); otherwise it is a letter ("Plan B", "X marks the spot", an initial).
 */
function keepIntroducedLetters(found: readonly NameCandidate[]): NameCandidate[] {
  const introduced = new Set(found.filter((c) => c.text.length === 1 && c.descriptor).map((c) => c.text));
  return found.filter((c) => c.text.length > 1 || introduced.has(c.text));
}

// ---------- layout ----------

/** A line whose words are (nearly) all in capitals: a headline, a table header, a shouted dateline. */
export function isCapsLine(doc: Document, s: Sentence): boolean {
  let words = 0;
  let upper = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!.text;
    if (!/\p{L}{2}/u.test(t)) continue;
    words++;
    if (!/\p{Ll}/u.test(t)) upper++;
  }
  return words >= 2 && upper / words >= 0.75;
}

/** The places and the agency of a dateline (the Document reads it: dateline.ts). */
function datelineNames(doc: Document, dateline: Dateline): NameCandidate[] {
  const { places, region } = dateline;
  const out: NameCandidate[] = [];
  // "BEIJING/MANILA, June 17 (Reuters)": a story filed from two places names both
  for (const place of places) {
    const found = spanCandidate(doc, place.start, place.end, 'names.dateline');
    const text = doc.text.slice(place.start, place.end);
    if (found) out.push({ ...found, start: place.start, end: place.end, text, dateline: true, caps: /\p{Lu}{2}/u.test(text) });
  }
  if (region) {
    const found = spanCandidate(doc, region.start, region.end, 'names.dateline');
    if (found) out.push({ ...found, dateline: true });
  }
  // "(Reuters)", "(UPI)": the news agency that filed the story
  const { agency } = dateline;
  const found = agency && spanCandidate(doc, agency.start, agency.end, 'names.dateline-agency');
  if (found) out.push({ ...found, start: agency.start, end: agency.end, text: doc.text.slice(agency.start, agency.end), descriptor: 'agency' });
  return out;
}

function spanCandidate(doc: Document, start: number, end: number, rule: string): NameCandidate | null {
  let from = -1;
  let to = -1;
  for (let i = tokenIndexAt(doc, start); i < doc.tokens.length && doc.tokens[i]!.start < end; i++) {
    if (from < 0) from = i;
    to = i + 1;
  }
  if (from < 0) return null;
  return base(doc, from, to, doc.tokens[from]!.start, doc.tokens[to - 1]!.end, rule);
}

function base(doc: Document, from: number, to: number, start: number, end: number, rule: string): NameCandidate {
  return {
    start, end, text: doc.text.slice(start, end), tokenStart: from, tokenEnd: to, rule,
    descriptor: null, institution: false, sentenceInitial: false, title: null, caps: false, dateline: false, tableRow: false,
  };
}

// ---------- body lines ----------

function namesInSentence(doc: Document, sentence: Sentence, layout: Layout, dated: ReadonlySet<number>, capsRuns: Array<[number, number]>): NameCandidate[] {
  const { tokens } = doc;
  const out: NameCandidate[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    if (dated.has(i) || !(startsName(doc, i, sentence.tokenEnd) || capitalThe(doc, sentence, i))) {
      i++;
      continue;
    }
    let end = extendRun(doc, i, sentence.tokenEnd);
    // "Organisation for Security and Cooperation in Europe": a lexicon name may span lower-case words
    const listed = longestKnown(doc, i, sentence.tokenEnd, NONE);
    if (i + listed > end) end = i + listed;
    if (end - i >= 2 && allCaps(tokens, i, end) && !listed) {
      // "PRESS DIGEST", "PAYING AGENT": capitals prove nothing; matched against known names later
      capsRuns.push([i, end]);
      i = end;
      continue;
    }
    for (const [from, to] of splitAtPossessives(tokens, i, end)) {
      for (const part of splitTitlesAndDemonyms(doc, from, to)) {
        const candidate = makeCandidate(doc, sentence, part.from, part.to, layout, part.title);
        if (candidate && !isHoliday(doc, candidate.tokenStart, candidate.tokenEnd, sentence.tokenEnd)) out.push(candidate);
      }
    }
    i = end;
  }
  return out;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * "at The Oval", "read The Sunday Telegraph": a capitalised "The" inside a sentence belongs to the
 * name after it (at the start of a sentence the capital proves nothing).
 */
function capitalThe(doc: Document, sentence: Sentence, i: number): boolean {
  const the = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  if (the.text !== 'The' || !next || i + 1 >= sentence.tokenEnd || isSentenceInitial(doc, sentence, i)) return false;
  return doc.text.slice(the.end, next.start) === ' ' && /^\p{Lu}\p{Ll}/u.test(next.text) && !excluded(next);
}

function allCaps(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/\p{Ll}/u.test(tokens[k]!.text)) return false;
  return true;
}

function startsName(doc: Document, i: number, limit: number): boolean {
  const token = doc.tokens[i]!;
  if (isInitial(doc, i, limit) || givenNameBeforeName(doc, i, limit)) return true;
  if (isCapitalized(token)) {
    // "Anti-Trump protesters", "Pro-Kremlin media": the name starts after the prefix
    if (STANCE_PREFIXES.has(token.normal) && doc.text.slice(token.end, doc.tokens[i + 1]?.start ?? token.end) === '-') return false;
    return !excluded(token) || hyphenatedOpening(doc, i, limit);
  }
  // "de Silva", "van der Berg": a particle right before a capitalised word
  const next = doc.tokens[i + 1];
  if (!PARTICLES.has(token.text) || i + 1 >= limit || !next) return false;
  const gap = doc.text.slice(token.end, next.start);
  // "al-Aqsa", "el-Sheikh" are hyphenated; "de Silva", "van der Berg" spaced
  if (gap === '-' && (token.text === 'al' || token.text === 'el')) return isCapitalized(next);
  const second = doc.tokens[i + 2];
  if (gap === ' ' && PARTICLES.has(next.text) && second && i + 2 < limit && isCapitalized(second)) return !excluded(second);
  return gap === ' ' && isCapitalized(next) && !excluded(next);
}

/**
 * "All-England Club", "Pan-African Parliament", "Anti-Corruption Foundation": a capitalised common
 * word hyphenated to the first of two or more name words belongs to the name. Alone before one
 * word ("Pro-Kremlin media", "Anti-Trump") it only describes.
 */
function hyphenatedOpening(doc: Document, i: number, limit: number): boolean {
  const { tokens, text } = doc;
  const next = tokens[i + 1];
  const third = tokens[i + 2];
  if (!next || !third || i + 2 >= limit || text.slice(tokens[i]!.end, next.start) !== '-') return false;
  if (!/^\p{Lu}\p{Ll}/u.test(next.text) || excluded(next)) return false;
  return text.slice(next.end, third.start) === ' ' && /^\p{Lu}\p{Ll}/u.test(third.text) && !excluded(third);
}

/** "Jan Allan Mueller", "May Ling": a given name that is also a month or other common word, followed by a name. */
function givenNameBeforeName(doc: Document, i: number, limit: number): boolean {
  const token = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  if (!next || i + 1 >= limit || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || !isGivenName(token.text)) return false;
  return doc.text.slice(token.end, next.start) === ' ' && /^\p{Lu}\p{Ll}/u.test(next.text) && !excluded(next) && !next.tags.has('Date');
}

/** "I. Austin", "A. Dale": a capital letter, a full stop, then a capitalised word (even when the letter is a word). */
function isInitial(doc: Document, i: number, limit: number): boolean {
  const token = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  if (!next || i + 1 >= limit || !/^\p{Lu}$/u.test(token.text)) return false;
  // "P. Such": after an initial even a common word is a surname
  return /^\. ?$/.test(doc.text.slice(token.end, next.start)) && isCapitalized(next) && (!excluded(next) || NOT_NAMES.has(next.normal));
}

/** Returns the exclusive end of the name run starting at `i`. */
function extendRun(doc: Document, i: number, limit: number): number {
  const { tokens } = doc;
  let j = i + 1;
  // set once the run reads "<institution> of|for …": then an "and" between two plain words stays inside
  let institutionOf = false;
  while (j < limit) {
    const prev = tokens[j - 1]!;
    const next = tokens[j]!;
    const gap = doc.text.slice(prev.end, next.start);
    if (!adjacent(prev, gap)) break;
    if ((isCapitalized(next) && !excluded(next)) || isInitial(doc, j, limit) || surnameAfterGivenName(doc, i, j) || regnalNumber(doc, i, j) || wordAfterLetters(doc, i, j, limit)) {
      j++;
      continue;
    }
    if (gap === '-' && (joinsAfterHyphen(doc, j, limit) || syllableOfGivenName(doc, i, j))) {
      j++;
      continue;
    }
    const after = tokens[j + 1];
    if (after && j + 1 < limit && isCapitalized(after) && !excluded(after) && adjacent(next, doc.text.slice(next.end, after.start)) && joins(prev, next, tokens[j + 2])) {
      if (next.normal === 'of' || next.normal === 'for') institutionOf ||= OF_HEAD_TYPES.get(prev.normal) === 'organization';
      j += 2;
      continue;
    }
    if (institutionOf && next.normal === 'and' && after && j + 1 < limit && andInsideName(doc, j)) {
      j += 2;
      continue;
    }
    // "Joost van der Westhuizen": two particles in a row
    const third = tokens[j + 2];
    if (PARTICLES.has(next.text) && after && PARTICLES.has(after.text) && third && j + 2 < limit && isCapitalized(third) && !excluded(third)) {
      j += 3;
      continue;
    }
    // "Bank of the Philippine Islands": "of the" after an institutional head
    if (next.normal === 'of' && after?.normal === 'the' && third && j + 2 < limit && OF_HEADS.has(prev.normal) && isCapitalized(third) && !excluded(third)) {
      j += 3;
      continue;
    }
    break;
  }
  return j;
}

/**
 * "Party of Action and Solidarity", "Department of Health and Human Services": after an
 * institution's "of", an "and" between two capitalised words that are no names of their own
 * (no place, organization or given name: "Bank of England and Barclays" is two) joins them.
 */
function andInsideName(doc: Document, and: number): boolean {
  const { tokens, text } = doc;
  const before = tokens[and - 1]!;
  const after = tokens[and + 1]!;
  if (text.slice(before.end, tokens[and]!.start) !== ' ' || text.slice(tokens[and]!.end, after.start) !== ' ') return false;
  const plainWord = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !excluded(t) && !isGivenName(t.text) && !lookupPlace(t.text) && !lookupOrg(t.text);
  return plainWord(before) && plainWord(after);
}

/** "Elizabeth I", "Pedro I", "John Paul II": a Roman numeral after a given name. */
function regnalNumber(doc: Document, runStart: number, j: number): boolean {
  return /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/.test(doc.tokens[j]!.text) && isGivenName(doc.tokens[j - 1]!.text) && j - runStart <= 2;
}

/** "Peter Such", "Frank May": a capitalised common word right after a lone given name is a surname. */
function surnameAfterGivenName(doc: Document, runStart: number, j: number): boolean {
  const next = doc.tokens[j]!;
  if (j !== runStart + 1 || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || !isGivenName(doc.tokens[runStart]!.text)) return false;
  return NOT_NAMES.has(next.normal) && !next.tags.has('Pronoun') && !next.tags.has('Preposition') && !next.tags.has('Conjunction') && !next.tags.has('Determiner');
}

/**
 * "Lee Jae-myung", "Moon Jae-in", "Ma Ying-jeou": after a family name written first, the given
 * name's second syllable follows a hyphen in lower case, whatever word it spells.
 */
function syllableOfGivenName(doc: Document, runStart: number, j: number): boolean {
  if (j - 2 < runStart || !isFamilyNameFirst(doc.tokens[j - 2]!.text)) return false;
  return GIVEN_SYLLABLE.test(doc.tokens[j - 1]!.text) && HYPHENED_SYLLABLE.test(doc.tokens[j]!.text);
}

/** A syllable of an East Asian given name: "Jae", "Ying" opening it, "myung", "jeou" after its hyphen. */
const GIVEN_SYLLABLE = /^\p{Lu}\p{Ll}{0,4}$/u;
const HYPHENED_SYLLABLE = /^\p{Ll}{1,5}$/u;

/**
 * "Park Geun-hye", "Moon Jae In": a family name that is also a common word ("park", "moon",
 * "song") opening a sentence is a name when a two-syllable given name follows, hyphenated or as
 * two short words ("Sun Microsystems", "Song Lines" are not such names).
 */
function eastAsianName(doc: Document, from: number, to: number): boolean {
  const { tokens, text } = doc;
  if (to - from !== 3 || !isFamilyNameFirst(tokens[from]!.text)) return false;
  const [second, third] = [tokens[from + 1]!, tokens[from + 2]!];
  if (!GIVEN_SYLLABLE.test(second.text)) return false;
  const gap = text.slice(second.end, third.start);
  return (gap === '-' && HYPHENED_SYLLABLE.test(third.text)) || (gap === ' ' && GIVEN_SYLLABLE.test(third.text));
}

/** "Ata-ur-Rehman", "Li Song-ho": a short lower-case piece inside a hyphenated name. */
function joinsAfterHyphen(doc: Document, j: number, limit: number): boolean {
  const piece = doc.tokens[j]!;
  if (!/^\p{Ll}{1,3}$/u.test(piece.text) || HYPHEN_STOPS.has(piece.text)) return false;
  const after = doc.tokens[j + 1];
  if (!after || j + 1 >= limit) return true;
  const gap = doc.text.slice(piece.end, after.start);
  return gap === '-' ? isCapitalized(after) : gap !== '';
}

/** "Bank of England", "Ludwig van Beethoven", "Procter & Gamble", "Commission for Human Rights". */
function joins(prev: Token, connector: Token, _after: Token | undefined): boolean {
  if (connector.normal === 'of' || connector.normal === 'for') return OF_HEADS.has(prev.normal);
  if (connector.normal === 'and') return false;
  return NAME_CONNECTORS.has(connector.normal) || connector.text === '&';
}

/**
 * Tokens belong to one name when only a space, nothing or a hyphen lies between (or ". " after
 * an initial, or after an abbreviation that opens a name: "St. Petersburg").
 */
function adjacent(a: Token, gap: string): boolean {
  if (gap === ' ' || gap === '' || gap === '-') return true;
  return (gap === '. ' || gap === '.') && (/^\p{Lu}$/u.test(a.text) || NAME_OPENING_ABBREVIATIONS.has(a.text));
}

/** A possessive inside a run ends a name unless an institution head follows ("Commissioner's Office"). */
function splitAtPossessives(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (let k = from; k < to - 1; k++) {
    const tok = tokens[k]!;
    if (POSSESSIVE.test(tok.text) && !INSTITUTION_HEADS.has(tokens[k + 1]!.normal)) {
      parts.push([start, k + 1]);
      start = k + 1;
    }
  }
  parts.push([start, to]);
  return parts;
}

interface Part {
  from: number;
  to: number;
  title: string | null;
}

/**
 * "Prime Minister Benjamin Netanyahu" → title + name; "Boxing Association President Ramon Manzanares"
 * → organization, title, person; "Russian President Boris Yeltsin" → the demonym is dropped
 * (it becomes a reference to Russia). Institutions named with a title word stay whole
 * ("General Motors", "Justice Department").
 */
function splitTitlesAndDemonyms(doc: Document, from: number, to: number): Part[] {
  const { tokens } = doc;
  const whole = doc.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (isKnownName(whole) || isSuffixed(tokens[to - 1]!)) return [{ from, to, title: null }];
  const cut = juxtaposedNames(doc, from, to);
  if (cut !== null) return [...splitTitlesAndDemonyms(doc, from, cut), ...splitTitlesAndDemonyms(doc, cut, to)];
  // the last title head in the run that is followed by a name
  for (let k = to - 2; k >= from; k--) {
    if (!isTitleHead(tokens[k]!.text) || isTitleWord(tokens[k + 1]!.text)) continue;
    // "Martin Luther King Jr.": a title head with only a generational suffix after it is a surname
    if (k + 2 === to && GENERATIONAL_SUFFIXES.has(tokens[k + 1]!.normal.replace(/\.$/, ''))) continue;
    let t = k;
    while (t > from && (isTitleWord(tokens[t - 1]!.text) || tokens[t - 1]!.normal === 'of')) t--;
    const title = doc.text.slice(tokens[t]!.start, tokens[k]!.end).toLowerCase();
    const left = t > from ? dropDemonyms(doc, from, t) : [];
    return [...left, { from: k + 1, to, title }];
  }
  return dropDemonyms(doc, from, to);
}

/**
 * Two names side by side with no word between ("OSCE Chechnya", "Chicago NAPM", "House of
 * Representatives Wahono"): the token where the second begins, or null. Only when the run as a
 * whole is unknown and one side is a listed name ending or starting at the cut.
 */
function juxtaposedNames(doc: Document, from: number, to: number): number | null {
  const { tokens, text } = doc;
  if (to - from < 2) return null;
  for (let k = from; k < to; k++) if (!isCapitalized(tokens[k]!)) return null; // "Bank of China": joined on purpose
  const part = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const last = part(to - 1, to);
  const lastPlace = lookupPlace(last);
  // ("Trevor Holland", "Neil Jordan": after a given name the country is a surname)
  const person = isGivenName(tokens[from]!.text) || isInitial(doc, from, to);
  // ("Mount Kenya", "Lake Chad": a feature named after the country)
  const feature = to - from === 2 && PLACE_FEATURE_OPENERS.has(tokens[from]!.normal.replace(/\.$/, ''));
  if (!person && !feature && lastPlace && (lastPlace.kind === 'country' || lastPlace.kind === 'nation') && !isTitleWord(tokens[to - 2]!.text)) return to - 1;
  if (/^\p{Lu}{2,6}$/u.test(last) && lookupPlace(part(from, to - 1))) return to - 1;
  // "U.S. Labor Day", "U.S. Roman Catholic": a country opening an unknown run names the country only
  // (but "U.S. Geological Survey", "Emirates Stadium": one ending in an institution's or a place's head is that)
  const lead = lookupPlace(part(from, from + 1));
  const institution = INSTITUTION_HEADS.has(tokens[to - 1]!.normal) || PLACE_SUFFIXES.has(tokens[to - 1]!.normal);
  // ("Chad Ogea": a country that is also a given name opens a person's name)
  if (lead?.kind === 'country' && !institution && !isGivenName(tokens[from]!.text) && /^\p{Lu}/u.test(tokens[from + 1]!.text) && !lookupPlace(part(from, to))) return from + 1;
  for (let k = to - 1; k > from; k--) if (lookupOrg(part(from, k)) && part(from, k).includes(' ') && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text)) return k;
  return null;
}

/** ("the Chief Executive's office": a possessive title word is still a title word) */
function isTitleWord(text: string): boolean {
  const bare = text.replace(POSSESSIVE, '');
  return isTitleHead(bare) || isTitleModifier(bare);
}

/**
 * "Armed Forces (of the Philippines)", "National Guard": an adjective before an institution's
 * head word; "Park Avenue", "Main Street": a word before a place's head word, the two the name.
 */
function namesAnInstitution(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from === 2 && PLACE_SUFFIXES.has(tokens[from + 1]!.normal)) return true;
  return to - from >= 2 && tokens[from]!.tags.has('Adjective') && isInstitutionSuffix(tokens[from + 1]!.text);
}

function isSuffixed(last: Token): boolean {
  return isCompanySuffix(last.text) || isInstitutionSuffix(last.text);
}

/** A run that is only a demonym is no name; a leading one is cut off unless the whole is known. */
function dropDemonyms(doc: Document, from: number, to: number): Part[] {
  const { tokens } = doc;
  const whole = doc.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (lookupDemonym(whole)) return [];
  if (isKnownName(whole) || to - from < 2 || isCompanySuffix(tokens[to - 1]!.text)) return [{ from, to, title: null }];
  for (const n of [2, 1]) {
    if (to - from <= n) continue;
    const lead = doc.text.slice(tokens[from]!.start, tokens[from + n - 1]!.end);
    if (lookupDemonym(lead) && !lookupPlace(lead)) return [{ from: from + n, to, title: null }];
  }
  return [{ from, to, title: null }];
}

function makeCandidate(doc: Document, sentence: Sentence, from: number, to: number, layout: Layout, title: string | null): NameCandidate | null {
  const { tokens, text } = doc;
  // sentence-initial common words ("Financial Data", "Use"): drop them from the front
  // ("Red Star beat …": a listed name stays whole)
  const listedWhole = isKnownName(text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(POSSESSIVE, ''));
  while (!listedWhole && to - from > 1 && isSentenceInitial(doc, sentence, from) && looksCommon(tokens[from]!, layout.seenMid) && isCommonWord(tokens[from]!, layout) && !namesAnInstitution(tokens, from, to) && !eastAsianName(doc, from, to)) from++;
  // "Fullback Andre Joubert", "Ex-Yankee Randy Velarde": a description capitalised at the start, then a given name
  if (isSentenceInitial(doc, sentence, from)) from = givenNameAfterOpening(doc, from, to, layout);
  // "Labour MPs", "Tory MPs": members named by their party; the party alone is the name
  while (!listedWhole && to - from > 1 && MEMBER_ACRONYMS.has(tokens[to - 1]!.normal.replace(POSSESSIVE, ''))) to--;
  // "the Democrat Joe Manchin": a party member's noun before a given name is an affiliation
  if (to - from > 1 && PARTY_MEMBERS.has(tokens[from]!.normal) && isGivenName(tokens[from + 1]!.text)) from++;
  const first = tokens[from]!;
  let last = tokens[to - 1]!;
  let end = last.end;
  const possessive = /['\u2019]s$/.exec(last.text) ?? (/s['\u2019]$/.test(last.text) ? /['\u2019]$/.exec(last.text) : null);
  if (possessive) end = last.start + possessive.index;
  else if (text[end] === '.' && isAbbreviatedName(text.slice(first.start, end + 1), last.text)) end++;
  const sentenceInitial = isSentenceInitial(doc, sentence, from);
  const descriptor = descriptorBefore(doc, from, sentence.tokenStart);
  const single = to - from === 1;
  const bare = text.slice(first.start, end);
  if (!bare || !/\p{L}/u.test(bare)) return null;
  if (!/^\p{Lu}/u.test(bare) && !/^\p{Ll}{1,2}\p{Lu}/u.test(bare) && !PARTICLES.has(first.text)) return null;
  if (single && lookupDemonym(bare)) return null;
  // "a Democrat from Ohio", "the Republican said": one party member is an affiliation, not an actor
  if (single && PARTY_MEMBERS.has(first.normal.replace(POSSESSIVE, ''))) return null;
  const tableRow = followedByNumber(doc, to, sentence.tokenEnd);
  if (sentenceInitial && single && !descriptor && !title && dropInitialWord(doc, first, to, sentence.tokenEnd, layout, tableRow)) return null;
  if ((!single || /[\d-]/.test(bare)) && !isKnownName(bare) && noRealWord(doc, from, to)) return null;
  if (single && !descriptor && !isKnownName(bare) && notANameAlone(doc, first, to, sentence.tokenEnd, layout)) return null;
  if (single && descriptor && bare.length === 1 && /^\s?\//.test(text.slice(end, end + 2))) return null; // "N / A"
  if (!single && onlyTitleWords(tokens, from, to)) return null;
  const titleHere = title ?? titleBefore(doc, from, sentence.tokenStart);

  const institution = institutionAfter(doc, to, sentence.tokenEnd);
  if (institution !== null && isPlaceLike(doc, from, to)) {
    last = tokens[institution - 1]!;
    const inner = /['\u2019]s$/.exec(last.text);
    end = inner ? last.start + inner.index : last.end;
    return { ...base(doc, from, institution, first.start, end, 'names.place-institution'), descriptor, institution: true, sentenceInitial, title: null, tableRow };
  }
  const rule = descriptor ? 'names.descriptor' : titleHere ? 'names.after-title' : 'names.capitalized-run';
  return { ...base(doc, from, to, first.start, end, rule), descriptor, sentenceInitial, title: titleHere, tableRow };
}

/**
 * "before Thanksgiving", "after Christmas Day", "over Labor Day weekend", "on Valentine's Day": a
 * holiday is a date, not an actor. The name alone or with the one or two words after it ("Day", "'s Day").
 */
function isHoliday(doc: Document, from: number, to: number, limit: number): boolean {
  const { tokens, text } = doc;
  // ("Eid al-Fitr": the particle name after a holiday word belongs to the holiday)
  const starts = from > 0 && text.slice(tokens[from - 1]!.end, tokens[from]!.start) === ' ' ? [from, from - 1] : [from];
  for (const first of starts) {
    for (let end = to; end <= Math.min(limit, to + 2); end++) {
      if (end > to && !/^[ -]?$/.test(text.slice(tokens[end - 2]!.end, tokens[end - 1]!.start))) break;
      if (HOLIDAYS.has(text.slice(tokens[first]!.start, tokens[end - 1]!.end).toLowerCase().replace(/\u2019/g, "'").replace(/\./g, ''))) return true;
    }
  }
  return false;
}

/**
 * "SK On declined", "with SK On to supply": a short capitalised function word right after letters
 * opening a name is part of a brand; before another capital it is a title-case headline's word ("NATO On Alert").
 */
function wordAfterLetters(doc: Document, i: number, j: number, limit: number): boolean {
  const { tokens } = doc;
  const letters = tokens[j - 1]!;
  const word = tokens[j]!;
  const after = tokens[j + 1];
  // the letters open the run or follow an owner ("South Korea's SK On")
  const opens = j - 1 === i || POSSESSIVE.test(tokens[j - 2]!.text);
  if (!opens || !/^\p{Lu}{2,4}$/u.test(letters.text) || !/^\p{Lu}\p{Ll}{1,2}$/u.test(word.text) || !excluded(word)) return false;
  return !after || j + 1 >= limit || !/^[\p{Lu}\d]/u.test(after.text);
}

/** "Fla.", "Mercantile Bancorp Inc.", "Smith Jr.": the full stop belongs to the name. */
function isAbbreviatedName(withStop: string, lastWord: string): boolean {
  if (!/^\p{Lu}\p{Ll}{0,4}$/u.test(lastWord)) return false;
  if (ABBREVIATED_LAST.has(lastWord.toLowerCase())) return true;
  // "Mich." abbreviates "Michigan"; "Texas." is a full name before a full stop
  const place = lookupPlace(withStop);
  return !!place && !place.name.endsWith(lastWord);
}

const ABBREVIATED_LAST = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'cie', 'plc']);

/** A capitalised word that is probably capitalised only because it starts the sentence. */
function looksCommon(token: Token, seenMid: ReadonlySet<string>): boolean {
  const bare = token.text.replace(POSSESSIVE, '');
  if (seenMid.has(bare) || isKnownName(bare) || isGivenName(bare) || namedByTagger(token)) return false;
  if (/^\p{Lu}[\p{Lu}.&]+$/u.test(bare)) return false; // an acronym
  return true;
}

/**
 * A word alone at the start of a sentence or line is kept only with evidence it is a name:
 * seen capitalised mid-sentence, known, tagged a name, or heading a results row. A label
 * ("Attendance : 200", "ISSUER :") and a word the tagger knows as common ("Men 's singles",
 * "Net 415") are dropped even so.
 */
function dropInitialWord(doc: Document, first: Token, to: number, limit: number, layout: Layout, tableRow: boolean): boolean {
  const bare = first.text.replace(POSSESSIVE, '');
  if (isKnownName(bare) || isGivenName(bare)) return false;
  if (isLabel(doc, first) && !layout.seenMid.has(bare)) return true; // "Musk: …" in a headline stays
  // "Farm groups praised …" beside "American Farm Bureau Federation": a common word inside a name, modifying a plural here
  if (layout.innerOnly.has(bare) && pluralNounAt(doc, to, limit)) return true;
  if (layout.inNames.has(bare)) return false;
  // a results row ("Rovers 5 3 1 1 9 4 10") is a name unless the word is used in lower case too
  if (tableRow) return layout.lowercase.has(first.normal.replace(POSSESSIVE, ''));
  if (isCommonWord(first, layout)) return true;
  return looksCommon(first, layout.seenMid);
}

function givenNameAfterOpening(doc: Document, from: number, to: number, layout: Layout): number {
  const { tokens } = doc;
  for (let k = from + 1; k < Math.min(to - 1, from + 3); k++) {
    if (!isGivenName(tokens[k]!.text)) continue;
    for (let j = from; j < k; j++) {
      const w = tokens[j]!.text.replace(POSSESSIVE, '');
      if (isGivenName(w) || isKnownName(w) || layout.inNames.has(w) || isTitleWord(w)) return from;
    }
    return k;
  }
  return from;
}

/** The word also appears in lower case in the text, or the tagger knows it as an ordinal or adverb: "Net", "Third". */
function isCommonWord(token: Token, layout: Layout): boolean {
  if (layout.lowercase.has(token.normal.replace(POSSESSIVE, ''))) return true;
  const t = token.tags;
  if (t.has('Modal') || t.has('Auxiliary') || t.has('QuestionWord')) return true;
  if (t.has('Infinitive') && !t.has('ProperNoun')) return true; // an imperative: "Add", "Arrive
  return !t.has('ProperNoun') && (t.has('Ordinal') || t.has('Value') || t.has('Adverb') || t.has('Adjective'));
}

/**
 * A lone capitalised word that is no name wherever it stands: a label ("ORDERS :"), a shouted
 * common word ("PRESALE", "ISSUE"), an ordinal ("Third test"), an adjective ("Northern states"),
 * a prefix ("Re-education").
 */
function notANameAlone(doc: Document, token: Token, to: number, limit: number, layout: Layout): boolean {
  const next = doc.tokens[to];
  if (COMMON_ACRONYMS.has(token.normal.replace(/\./g, '').replace(POSSESSIVE, ''))) return true;
  if (NEVER_ALONE.has(token.normal.replace(POSSESSIVE, ''))) return true;
  const shouted = /^\p{Lu}{2,}$/u.test(token.text);
  if (shouted && isLabel(doc, token)) return true;
  if (shouted && token.text.length >= 5 && layout.lowercase.has(token.normal)) return true;
  const t = token.tags;
  if (!shouted && !t.has('ProperNoun') && (t.has('Ordinal') || (t.has('Adjective') && !t.has('Noun')))) return true;
  if (!shouted && next && doc.text.slice(token.end, next.start) === '-' && /^\p{Ll}{4,}/u.test(next.text) && !HYPHEN_PLACE_SUFFIXES.has(next.normal)) return true;
  return false;
}

/** "groups" in "Farm groups praised": a lower-case plural noun right after, which the word before modifies. */
function pluralNounAt(doc: Document, index: number, limit: number): boolean {
  const next = doc.tokens[index];
  if (!next || index >= limit || !/^\p{Ll}/u.test(next.text) || doc.text.slice(doc.tokens[index - 1]!.end, next.start) !== ' ') return false;
  return next.tags.has('Plural') && next.tags.has('Noun') && !next.tags.has('Verb');
}

/** "Attendance : 200", "ISSUER :": a word followed by a colon labels what follows. */
function isLabel(doc: Document, token: Token): boolean {
  return /^ ?:/.test(doc.text.slice(token.end, token.end + 2));
}

/** "Paris-based", "KDP-controlled": after these a hyphenated name keeps its name. */
const HYPHEN_PLACE_SUFFIXES = new Set(['based', 'born', 'owned', 'backed', 'controlled', 'held', 'funded', 'sponsored', 'linked', 'allied', 'style', 'bound', 'made', 'listed', 'registered', 'led', 'run']);

/** "Foreign Minister" alone in a headline: a title with no name. */
function onlyTitleWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isTitleWord(tokens[k]!.text)) return false;
  return true;
}

/** "D L G", "C-4", "T-bonds": no word of two letters or more starting with a capital. */
function noRealWord(doc: Document, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^\p{Lu}[\p{L}'\u2019.]*\p{L}/u.test(doc.tokens[k]!.text) && !/^\p{Lu}-\p{Ll}/u.test(doc.tokens[k]!.text)) return false;
  return true;
}

/** "Rovers 4 4 0 0": a number right after the name, only spaces between ("Moreau ; 4 - Duval" is a list of players). */
function followedByNumber(doc: Document, to: number, limit: number): boolean {
  const next = doc.tokens[to];
  return !!next && to < limit && /^\d+$/.test(next.text) && /^\s*$/.test(doc.text.slice(doc.tokens[to - 1]!.end, next.start));
}

function isSentenceInitial(doc: Document, sentence: Sentence, index: number): boolean {
  if (index === sentence.tokenStart) return true;
  const between = doc.text.slice(doc.tokens[index - 1]!.end, doc.tokens[index]!.start);
  if (/["\u201c\u2018:(]\s*$/.test(between) || /[-\u2013\u2014]\s*$/.test(between)) return true;
  // a list number or a results position: "2. Michael Johnson", "4 - Goran Ivanisevic"
  return /^\d+$/.test(doc.tokens[index - 1]!.text) && index - 1 === sentence.tokenStart;
}

function namedByTagger(token: Token): boolean {
  const t = token.tags;
  return (t.has('Person') || t.has('Place') || t.has('Organization')) && !t.has('Plural');
}

/** "Prime Minister", "Mr.", "captain": title words right before the name. */
function titleBefore(doc: Document, from: number, sentenceStart: number): string | null {
  const { tokens } = doc;
  let k = from;
  while (k > sentenceStart) {
    const prev = tokens[k - 1]!;
    const gap = doc.text.slice(prev.end, tokens[k]!.start);
    if (!/^\.? ?$/.test(gap) || !(isTitleWord(prev.text) || (prev.normal === 'of' && k < from))) break;
    k--;
  }
  while (k < from && !isTitleHead(tokens[k]!.text)) k++;
  if (k >= from) return null;
  // the phrase must end in a head ("minister", not "prime")
  let end = from - 1;
  while (end >= k && !isTitleHead(tokens[end]!.text)) end--;
  return end >= k ? doc.text.slice(tokens[k]!.start, tokens[end]!.end).toLowerCase() : null;
}

/** "platform X", "company xAI": a lower-case noun right before a name. */
function descriptorBefore(doc: Document, index: number, sentenceStart: number): string | null {
  if (index <= sentenceStart) return null;
  const prev = doc.tokens[index - 1]!;
  return NAME_DESCRIPTORS.has(prev.normal) && prev.end === doc.tokens[index]!.start - 1 ? prev.normal : null;
}

/** "Paris prosecutor's office": up to three lower-case words after a place, ending in an institution head. */
function institutionAfter(doc: Document, index: number, limit: number): number | null {
  const { tokens } = doc;
  for (let k = index; k < Math.min(limit, index + 3); k++) {
    const tok = tokens[k]!;
    if (!/^\p{Ll}/u.test(tok.text) || !adjacent(tokens[k - 1]!, doc.text.slice(tokens[k - 1]!.end, tok.start))) return null;
    if (PLACE_INSTITUTION_HEADS.has(tok.normal) && !POSSESSIVE.test(tok.text)) return k + 1;
    // ("the Antwerp public prosecutor's office": an adjective may come before the head)
    if (!tok.tags.has('Noun') && !tok.tags.has('Adjective')) return null;
  }
  return null;
}

function isPlaceLike(doc: Document, from: number, to: number): boolean {
  const text = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end).replace(POSSESSIVE, '');
  if (lookupPlace(text) || lookupPlace(doc.tokens[from]!.text)) return true;
  return doc.tokens.slice(from, to).some((t) => t.tags.has('City') || t.tags.has('Country'));
}

/** Capitalised words seen away from the start of a sentence, outside all-caps lines: evidence they are names. */
function midSentenceWords(doc: Document, caps: readonly boolean[]): { seen: Set<string>; inNames: Set<string>; innerOnly: Set<string> } {
  const seen = new Set<string>();
  const inNames = new Set<string>();
  const inner = new Set<string>();
  const outer = new Set<string>();
  const { tokens, text } = doc;
  const joined = (a: Token, b: Token) => text.slice(a.end, b.start) === ' ' && isCapitalized(a) && isCapitalized(b);
  // ("The Meridian Bank", "Japan's Helios Motors": an article or a possessive before makes no inner word)
  const innerJoin = (a: Token, b: Token) => joined(a, b) && !excluded(a) && !excluded(b) && !POSSESSIVE.test(a.text);
  for (const s of doc.sentences) {
    if (caps[s.index]) continue;
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const tok = tokens[i]!;
      if (!isCapitalized(tok) || isSentenceInitial(doc, s, i)) continue;
      const bare = tok.text.replace(POSSESSIVE, '');
      seen.add(bare);
      // part of a longer name ("Pete Rose"): its owner may open a sentence later ("Rose said")
      const afterJoined = joined(tokens[i - 1]!, tok);
      const beforeJoined = i + 1 < s.tokenEnd && joined(tok, tokens[i + 1]!);
      if (afterJoined || beforeJoined) inNames.add(bare);
      const isInner = innerJoin(tokens[i - 1]!, tok) && i + 1 < s.tokenEnd && innerJoin(tok, tokens[i + 1]!);
      (isInner ? inner : outer).add(bare);
    }
  }
  const innerOnly = new Set([...inner].filter((w) => !outer.has(w)));
  return { seen, inNames, innerOnly };
}

// ---------- all-caps lines ----------

/** Keys of the names found in the body, and the surnames of people named in full. */
function bodyKeys(found: readonly NameCandidate[], layout: Layout): Set<string> {
  const keys = new Set<string>();
  for (const c of found) {
    if (c.caps) continue;
    keys.add(nameKey(c.text));
    const words = c.text.split(/\s+/);
    if (words.length < 2) continue;
    // the surname of a person, the short form of a club or firm ("Benetton Treviso" → "BENETTON")
    for (const w of [words[0]!, words[words.length - 1]!]) if (canStandAlone(w, layout)) keys.add(nameKey(w));
  }
  return keys;
}

function canStandAlone(word: string, layout: Layout): boolean {
  const lower = word.toLowerCase();
  if (word.length < 3 || !/^\p{Lu}\p{Ll}/u.test(word) || layout.lowercase.has(lower) || NEVER_ALONE.has(lower) || NOT_NAMES.has(lower)) return false;
  return !isTitleWord(word) && !isSportsWord(word) && !isCompanySuffix(word) && !isInstitutionSuffix(word) && !lookupDemonym(word);
}

/** "SOCCER - …", "GOLF - …": the topic word opening a headline is no name. */
function sportsTopicEnd(doc: Document, s: Sentence): number {
  const first = doc.tokens[s.tokenStart];
  if (!first) return s.tokenStart;
  const after = doc.text.slice(first.end, first.end + 3);
  return isSportsWord(first.text) && /^ ?[-\u2013\u2014:]/.test(after) ? s.tokenStart + 1 : s.tokenStart;
}

function namesInCapsRange(doc: Document, from: number, limit: number, known: ReadonlySet<string>, dated: ReadonlySet<number>, skipTo: number): NameCandidate[] {
  const { tokens } = doc;
  const out: NameCandidate[] = [];
  const s = { tokenStart: from, tokenEnd: limit };
  let i = Math.max(from, skipTo);
  while (i < s.tokenEnd) {
    const len = dated.has(i) ? 0 : longestKnown(doc, i, s.tokenEnd, known);
    if (len === 0) {
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[i + len - 1]!;
    const c = base(doc, i, i + len, first.start, last.end, 'names.caps-known');
    out.push({ ...c, caps: true, sentenceInitial: i === s.tokenStart, tableRow: followedByNumber(doc, i + len, s.tokenEnd) });
    i += len;
  }
  return out;
}

/** Length in tokens of the longest known name starting at token i, or 0. */
function longestKnown(doc: Document, i: number, limit: number, known: ReadonlySet<string>): number {
  const { tokens } = doc;
  if (!isCapitalized(tokens[i]!) || excluded(tokens[i]!)) return 0;
  let max = i + 1;
  while (max < limit && max - i < MAX_LEXICON_WORDS && /^[ -]?$/.test(doc.text.slice(tokens[max - 1]!.end, tokens[max]!.start))) max++;
  // a name never ends in a lower-case word ("of", "and")
  while (max > i + 1 && !isCapitalized(tokens[max - 1]!)) max--;
  for (let j = max; j > i; j--) {
    const text = doc.text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    const k = nameKey(text);
    if (k.length < 2 || lookupDemonym(text) || (j - i === 1 && isSportsWord(text))) continue;
    if (known.has(k) || lookupPlace(text) || lookupOrg(text)) return j - i;
  }
  return 0;
}
