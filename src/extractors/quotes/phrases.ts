/**
 * Phrase helpers shared by the quote rules: spans, cue tests and the noun phrase that names
 * a speaker, found on either side of a cue. Token tags come from the Document (never re-tagged).
 */
import type { Document, Sentence, Token } from '../../document.js';
import { tokenIndexAt } from '../../document.js';
import type { Span } from '../../schema.js';
import { isRelativePronoun } from '../../resolve/speakers.js';
import { ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { MONTH_NAMES, PART_OF_DAY, RELATIVE_DAYS, SEASON_NAMES, UNIT_WORDS, WEEKDAY_NAMES } from '../../lexicon/time-words.js';
import {
  ATTRIBUTION_VERBS,
  SPEAKER_STOP_WORDS,
  SPEECH_VERBS,
  NP_INNER_PREPOSITIONS,
  SPEAKER_TRAILING_WORDS,
  DISCOURSE_ASIDES,
  EVIDENCE_VERBS,
} from '../../lexicon/cues.js';

/** Longest speaker noun phrase, in tokens ("Secretary of State John F. Kerry's chief spokesman"). */
export const MAX_SPEAKER_TOKENS = 12;
/** Longest apposition after a speaker's name ("Jane Roe, who runs the party's voter drive in three counties,"). */
const MAX_APPOSITION_TOKENS = 20;

export function sp(doc: Pick<Document, 'text'>, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

export function tokSpan(doc: Pick<Document, 'text'>, tok: Token): Span {
  return sp(doc, tok.start, tok.end);
}

/** Text between two tokens (exclusive of both). */
export function gapBetween(doc: Document, a: Token, b: Token): string {
  return doc.text.slice(a.end, b.start);
}

/** A speech verb, whatever compromise tagged it (after a quote, "asks" is often tagged a noun). */
export function isSpeechWord(tok: Token): boolean {
  return SPEECH_VERBS.has(tok.normal);
}

/** Any attribution verb as a verb: speech, belief, evaluation ("believes", "called", "criticized"). */
export function isAttributionVerb(tok: Token): boolean {
  if (!(SPEECH_VERBS.has(tok.normal) || ATTRIBUTION_VERBS.has(tok.normal))) return false;
  return tok.tags.has('Verb') && !tok.tags.has('Adjective') && !tok.tags.has('Auxiliary');
}

export function isVerb(tok: Token): boolean {
  return tok.tags.has('Verb') && !tok.tags.has('Noun');
}

/** Tokens that may sit between a subject and its verb: auxiliaries, adverbs, negation ("has also repeatedly said"). */
export function isVerbModifier(tok: Token): boolean {
  return tok.tags.has('Auxiliary') || tok.tags.has('Adverb') || tok.tags.has('Modal') || tok.tags.has('Negative') || tok.tags.has('Copula');
}

/** A token that can be part of a speaker noun phrase. */
export function isNounPhraseToken(tok: Token): boolean {
  // "the WHO", "WHO officials": a stop word in capitals throughout inside a sentence is an acronym
  if (SPEAKER_STOP_WORDS.has(tok.normal) && !isAcronymSpelling(tok)) return false;
  if (tok.tags.has('Noun') || tok.tags.has('ProperNoun') || tok.tags.has('Pronoun')) return true;
  if (tok.tags.has('Determiner') || tok.tags.has('Adjective') || tok.tags.has('Value') || tok.tags.has('Acronym')) return true;
  if (tok.tags.has('Possessive') || tok.tags.has('Honorific') || tok.tags.has('Abbreviation')) return true;
  if (NP_INNER_PREPOSITIONS.has(tok.normal)) return true;
  // capitalised words compromise took for verbs inside names ("Will Carter", "Bill Roe")
  return /^\p{Lu}/u.test(tok.text) && !tok.tags.has('Preposition') && !tok.tags.has('Conjunction');
}

/** A word of two or more capitals that the tagger took for an organization's acronym ("WHO", not a shouted "THAT"). */
function isAcronymSpelling(tok: Token): boolean {
  return /^\p{Lu}{2,}$/u.test(tok.text) && (tok.tags.has('Acronym') || tok.tags.has('Organization'));
}

/**
 * Punctuation between two adjacent tokens that ends a phrase (comma, colon, dash, parenthesis,
 * quote mark, a full stop unless `prev` is an abbreviation: "Rep. Jane Roe").
 */
export function breaksPhrase(gap: string, prev?: Token): boolean {
  if (/[,;:\u2014\u2013()\[\]"\u201c\u201d\u00ab\u00bb\u2015!?]|\s-\s/.test(gap)) return true;
  return /\./.test(gap) && !(prev && isAbbreviationToken(prev));
}

/** "Mr", "Sen", "Rep", an initial: a full stop after it does not end the phrase. */
export function isAbbreviationToken(tok: Token): boolean {
  return ABBREVIATIONS.has(tok.normal) || tok.tags.has('Honorific') || /^\p{Lu}$/u.test(tok.text) || /^(\p{L}\.)+\p{L}$/u.test(tok.text);
}

/**
 * The subject of the verb at `verbIndex`: the noun phrase just before it (skipping auxiliaries
 * and adverbs), or, when an apposition sits between ("China, X's only ally, said"), the noun
 * phrase the apposition describes. Null when no noun phrase stands there.
 */
export function subjectBefore(doc: Document, s: Sentence, verbIndex: number): Span | null {
  const { tokens } = doc;
  let k = skipVerbModifiers(doc, s, verbIndex - 1);
  // "Roe on Tuesday said", "the firm in April sued", "a poll released in late August found": time words are no subject
  for (let guard = 0; guard < 3 && k > s.tokenStart; guard++) {
    // "the army, which has fought the RSF since April 2023, accused": a date before a comma closes an aside, the speaker is before it
    if (k + 1 < s.tokenEnd && /,/.test(gapBetween(doc, tokens[k]!, tokens[k + 1]!))) break;
    const skipped = skipTimeAdverbial(doc, s, k);
    if (skipped === k) break;
    k = skipVerbModifiers(doc, s, skipped);
  }
  if (k < s.tokenStart) return null;
  // "X, a spokesman for Y, said": the subject is X, the apposition is part of the speaker span
  const gap = gapBetween(doc, tokens[k]!, tokens[k + 1]!);
  if (/,/.test(gap) && !/^\.?\)\s*,\s*$/.test(gap)) return appositiveSubject(doc, s, k);
  // "speakers at the service — including Muslims and Jews — said": the phrase before the dashes
  if (/^\s*[\u2014\u2013]\s*$|^\s+-\s+$/.test(gap)) return dashedSubject(doc, s, k);
  // "John Q. Roe (R-Ore.) said", "Sen. Ada Pell (D-N.H.), said": the name before the parenthesis, the parenthesis kept
  if (/^\.?\)\s*,?\s*$/.test(gap)) {
    let open = k;
    while (open > s.tokenStart && k - open < 6 && !/\(/.test(gapBetween(doc, tokens[open - 1]!, tokens[open]!))) open--;
    if (open <= s.tokenStart || !/\(/.test(gapBetween(doc, tokens[open - 1]!, tokens[open]!))) return null;
    const np = nounPhraseEndingAt(doc, s, open - 1);
    return np ? sp(doc, np.start, tokens[k]!.end + gap.indexOf(')') + 1) : null;
  }
  if (breaksPhrase(gap, tokens[k]!)) return null;
  const surveyed = surveyedGroup(doc, s, k);
  if (surveyed) return surveyed;
  const np = nounPhraseEndingAt(doc, s, k);
  if (np || !/^(and|but)$/.test(tokens[k]!.normal)) return np;
  // "Musk shared the post and added", "I laughed and said": the subject of the verb coordinated with the cue
  for (let v = k - 1; v >= s.tokenStart && k - v <= MAX_SPEAKER_TOKENS; v--) {
    const t = tokens[v]!;
    // the comma before the conjunction itself ("described it as ominous, and said") does not end the search
    if (v < k - 1 && breaksPhrase(gapBetween(doc, t, tokens[v + 1]!), t) && !/^\s*$/.test(gapBetween(doc, t, tokens[v + 1]!))) break;
    if (isVerb(t) && !isVerbModifier(t)) {
      const subject = subjectBefore(doc, s, v);
      if (subject) return subject;
      break;
    }
  }
  // "He describes himself as “pro-Israel” and has said …": the subject of the sentence's first verb
  for (let v = s.tokenStart + 1; v < k; v++) {
    const t = tokens[v]!;
    if (!isVerb(t) || isVerbModifier(t) || t.tags.has('Participle') || t.tags.has('Gerund')) continue;
    const gap = gapBetween(doc, tokens[v - 1]!, t);
    // the first verb must follow its subject directly, not close an opening phrase ("After he left, …")
    if (breaksPhrase(gap, tokens[v - 1]!) || SUBORDINATE_OPENERS.has(tokens[s.tokenStart]!.normal)) return null;
    return nounPhraseEndingAt(doc, s, skipVerbModifiers(doc, s, v - 1));
  }
  return null;
}

/** Participles that close a group of people asked ("those surveyed said", "voters polled said"). */
const GROUP_PARTICIPLES: ReadonlySet<string> = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'asked', 'contacted', 'sampled']);

/** "those surveyed", "the voters polled": a group closed by a participle of asking, as the subject before a verb. */
function surveyedGroup(doc: Document, s: Sentence, k: number): Span | null {
  const { tokens } = doc;
  const tok = tokens[k]!;
  if (!GROUP_PARTICIPLES.has(tok.normal) || k <= s.tokenStart || breaksPhrase(gapBetween(doc, tokens[k - 1]!, tok), tokens[k - 1]!)) return null;
  const prev = tokens[k - 1]!;
  if (prev.normal === 'those') return sp(doc, prev.start, tok.end);
  if (!prev.tags.has('Noun') || prev.tags.has('Pronoun') || !/s$/.test(prev.normal)) return null;
  const np = nounPhraseEndingAt(doc, s, k - 1);
  return np ? sp(doc, np.start, tok.end) : null;
}

/** Forms of "have", "be" and "do" that, right before a verb, are its auxiliaries whatever the tagger said ("Cruz has long said"). */
const AUXILIARY_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'does', 'did', 'do']);

/** Back from token `k` over auxiliaries, adverbs and trailing words that sit between a subject and its verb. */
function skipVerbModifiers(doc: Document, s: Sentence, k: number): number {
  const { tokens } = doc;
  while (k >= s.tokenStart && (isVerbModifier(tokens[k]!) || AUXILIARY_FORMS.has(tokens[k]!.normal) || SPEAKER_TRAILING_WORDS.has(tokens[k]!.normal)) && !breaksPhrase(gapBetween(doc, tokens[k]!, tokens[k + 1]!), tokens[k]!)) k--;
  return k;
}

/** Words naming a day or a part of one: "today", "tonight", "morning". */
const DAY_WORDS: ReadonlySet<string> = new Set([...RELATIVE_DAYS.keys(), ...PART_OF_DAY.keys()]);

/** The full name of each month ("january", not "jan"): the longest spelling the lexicon has for it. */
const FULL_MONTH_NAMES: readonly string[] = [...MONTH_NAMES].filter(([name, n]) => ![...MONTH_NAMES].some(([other, m]) => m === n && other.length > name.length)).map(([name]) => name);

/** Words that make a phrase a time expression ("this month", "late August", "Tuesday", "in recent days"). */
const TIME_WORDS: ReadonlySet<string> = new Set([...DAY_WORDS, ...WEEKDAY_NAMES.keys(), ...FULL_MONTH_NAMES, ...SEASON_NAMES.keys(), ...UNIT_WORDS.keys()]);

export function isDayWord(tok: Token): boolean {
  return DAY_WORDS.has(tok.normal);
}

/** A time word, singular or plural ("Tuesday", "Tuesdays", "weeks", "summer"). */
export function isTimeWord(tok: Token): boolean {
  return TIME_WORDS.has(tok.normal) || (tok.normal.endsWith('s') && TIME_WORDS.has(tok.normal.slice(0, -1)));
}

/** Words that place a time on the calendar or in its span ("last week", "early March"). */
export const TIME_MODIFIERS = /^(last|next|this|early|late|earlier|later)$/;
/** Prepositions that open a time adverbial ("on Tuesday", "just this month"). */
const TIME_PREPOSITIONS = /^(on|in|at|during|since|until|by|just)$/;

/** A word a time adverbial may start with: a preposition or a modifier ("last month"). */
function opensTimeAdverbial(tok: Token): boolean {
  return TIME_PREPOSITIONS.test(tok.normal) || TIME_MODIFIERS.test(tok.normal);
}

/** A word of a time adverbial: a date, a time word or a four-digit year. */
function isTime(t: Token): boolean {
  return t.tags.has('Date') || isTimeWord(t) || (t.tags.has('Value') && /^\d{4}$/.test(t.text));
}

/**
 * Where the words before a verb end once a time adverbial ending at `k` is skipped ("on Tuesday",
 * "in late August", "just this month"), with a participle it modifies ("released in August"):
 * `k` itself when there is none.
 */
function skipTimeAdverbial(doc: Document, s: Sentence, k: number): number {
  const { tokens } = doc;
  let j = k;
  while (j >= s.tokenStart && k - j < 4 && (isTime(tokens[j]!) || (j < k && opensTimeAdverbial(tokens[j]!)) || (j < k && tokens[j]!.tags.has('Determiner'))))
    j--;
  if (j === k || !isTime(tokens[k]!)) return k;
  // the phrase must start with a preposition or a time determiner, or stand right before the verb as an adverb ("just this month")
  const first = tokens[j + 1]!;
  if (!opensTimeAdverbial(first) && !first.tags.has('Date')) return k;
  if (j < s.tokenStart || breaksPhrase(gapBetween(doc, tokens[j]!, first), tokens[j]!)) return k;
  // "a poll released in late August found": the participle goes with the time
  if (tokens[j]!.tags.has('Verb') && /ed$/.test(tokens[j]!.normal) && j > s.tokenStart && isNounPhraseToken(tokens[j - 1]!)) j--;
  return j;
}

/** The noun phrase ending at token `last`, scanning back until punctuation, a verb or a clause word. */
export function nounPhraseEndingAt(doc: Document, s: Sentence, last: number): Span | null {
  const { tokens } = doc;
  const lastTok = tokens[last];
  if (!lastTok || !(isNounPhraseToken(lastTok) || isBareVerbNoun(doc, s, last)) || NP_INNER_PREPOSITIONS.has(lastTok.normal))
    return lastTok && isRelativePronoun(lastTok.text) ? tokSpan(doc, lastTok) : null;
  let first = last;
  while (first - 1 >= s.tokenStart && last - first + 1 < MAX_SPEAKER_TOKENS) {
    const prev = tokens[first - 1]!;
    if (breaksPhrase(gapBetween(doc, prev, tokens[first]!), prev)) break;
    if (joinsPhrase(doc, s, first - 1)) {
      first--;
      continue;
    }
    if (!isBareVerbNoun(doc, s, first - 1) && (!isNounPhraseToken(prev) || isVerb(prev))) break;
    first--;
  }
  // a phrase never starts with "of"/"for" or a bare adjective run left over from a clause
  while (first < last && (NP_INNER_PREPOSITIONS.has(tokens[first]!.normal) || MEMBERSHIP_PREPOSITIONS.has(tokens[first]!.normal) || NAME_CONNECTORS.has(tokens[first]!.text))) first++;
  if (!hasNoun(tokens, first, last)) return null;
  return sp(doc, tokens[first]!.start, tokens[last]!.end);
}

/** Lower-case words inside a name ("Co-operation in Europe", "Bosnia and Herzegovina", "Bank of America"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['in', 'and', 'on', 'of', 'for', 'de', 'del', 'du', 'la', 'le', 'von', 'van', 'der']);
/** Prepositions that tie a group to its organization in a subject ("observers from the OSCE", "researchers at Harvard"). */
const MEMBERSHIP_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'at']);

/**
 * Whether the lower-case word at `j` joins the words around it into one speaker phrase: a
 * connector between two capitalised words of a name, or "from"/"at" between a noun and the
 * organization it belongs to ("Observers from the Organization for Security and Co-operation in Europe").
 */
function joinsPhrase(doc: Document, s: Sentence, j: number): boolean {
  const { tokens } = doc;
  const word = tokens[j]!;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (!before || !after || j - 1 < s.tokenStart || !/^\p{Ll}/u.test(word.text)) return false;
  if (breaksPhrase(gapBetween(doc, before, word), before)) return false;
  // "Co-operation" is two tokens: the second part counts as capitalised
  const capital = (t: Token) => /^\p{Lu}/u.test(t.text) || (t.index > 0 && gapBetween(doc, tokens[t.index - 1]!, t) === '-' && /^\p{Lu}/u.test(tokens[t.index - 1]!.text));
  // "one in three", "six in 10": a share
  if (word.normal === 'in' && before.tags.has('Value') && after.tags.has('Value')) return true;
  if (NAME_CONNECTORS.has(word.normal)) return capital(before) && capital(after) && j - 1 > s.tokenStart;
  if (!MEMBERSHIP_PREPOSITIONS.has(word.normal)) return false;
  const noun = before.tags.has('Noun') && !before.tags.has('Pronoun') && !isVerb(before) && !isTimeWord(before);
  return noun && (capital(after) || (after.tags.has('Determiner') && !!tokens[j + 2]?.tags.has('Noun')));
}

/** Longest aside between two dashes, in tokens. */
const MAX_DASHED_ASIDE = 25;

/** The noun phrase before an aside set off by dashes, which closes at token `k`. */
function dashedSubject(doc: Document, s: Sentence, k: number): Span | null {
  const { tokens } = doc;
  for (let open = k; open > s.tokenStart && k - open < MAX_DASHED_ASIDE; open--) {
    const gap = gapBetween(doc, tokens[open - 1]!, tokens[open]!);
    if (/[\u2014\u2013]|\s-\s/.test(gap)) return nounPhraseEndingAt(doc, s, open - 1);
    if (/[.;:!?]/.test(gap) && !isAbbreviationToken(tokens[open - 1]!)) return null;
  }
  return null;
}

/** Most comma-separated appositions between a subject's head and its verb ("Roe, 61, a senator, who …, said"). */
const MAX_APPOSITION_CHUNKS = 4;

/** Words that open a subordinate aside between a subject and its verb ("Clinton, after the scandal broke, said"). */
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'although', 'though', 'if', 'because', 'once', 'unless', 'until', 'despite']);

/** What a stretch between two commas before a verb is. */
type Aside = 'skip' | 'apposition' | 'none';

/**
 * "China, Pyongyang's only ally, said", "Mike Shields, president of the fund, a super PAC allied with
 * the leaders, said": the head before one or more appositions, with them. An aside that is no
 * apposition ("Roe, wearing a blue tie, said", "Murphy, though, said") is skipped instead.
 */
function appositiveSubject(doc: Document, s: Sentence, commaBefore: number): Span | null {
  const { tokens } = doc;
  const open = chunkOpen(doc, s, commaBefore);
  if (open < 0) return null;
  const kind = asideKind(doc, s, open, commaBefore);
  if (kind === 'none') return null;
  if (kind === 'skip') return nounPhraseEndingAt(doc, s, open - 1);
  // walk back over earlier appositions: each must be a whole noun phrase (or an age) between commas
  let head = nounPhraseEndingAt(doc, s, open - 1);
  for (let chunk = 1; head && chunk < MAX_APPOSITION_CHUNKS; chunk++) {
    const first = tokenIndexAt(doc, head.start);
    if (first <= s.tokenStart || !/^\s*,\s*$/.test(gapBetween(doc, tokens[first - 1]!, tokens[first]!))) break;
    const earlier = nounPhraseEndingAt(doc, s, first - 1);
    const earlierFirst = earlier ? tokenIndexAt(doc, earlier.start) : -1;
    // "In Iowa, the senator, a Republican, said": an earlier phrase that does not fill its stretch is no head
    const whole = earlierFirst === s.tokenStart || (earlierFirst > s.tokenStart && /,/.test(gapBetween(doc, tokens[earlierFirst - 1]!, tokens[earlierFirst]!)));
    if (!earlier || !whole || !isHeadCandidate(doc, earlierFirst, first - 1)) break;
    head = earlier;
  }
  return head ? sp(doc, head.start, tokens[commaBefore]!.end) : null;
}

/** The first token of the stretch that ends at `end` and starts after a comma, or -1. */
function chunkOpen(doc: Document, s: Sentence, end: number): number {
  const { tokens } = doc;
  let open = end;
  while (open > s.tokenStart && end - open < MAX_APPOSITION_TOKENS && !/,/.test(gapBetween(doc, tokens[open - 1]!, tokens[open]!))) open--;
  return open > s.tokenStart && /,/.test(gapBetween(doc, tokens[open - 1]!, tokens[open]!)) ? open : -1;
}

/** A phrase that can be the named head of appositions: a name, a title, a number (an age), never a time. */
function isHeadCandidate(doc: Document, from: number, to: number): boolean {
  for (let t = from; t <= to; t++) if (isTime(doc.tokens[t]!) && !doc.tokens[t]!.tags.has('Value')) return false;
  return !doc.tokens[from]!.tags.has('Preposition');
}

/** Classifies the stretch [open, end] between a comma and the verb's comma. */
function asideKind(doc: Document, s: Sentence, open: number, end: number): Aside {
  const { tokens } = doc;
  const opener = tokens[open]!;
  // "Murphy, though, said", "The firm, for its part, said": a discourse aside, the subject stands before it
  if (isDiscourseAside(doc, open, end)) return 'skip';
  // "Clinton, after the scandal broke, said": a subordinate aside
  if (SUBORDINATE_OPENERS.has(opener.normal)) return 'skip';
  // "Roe, wearing a blue tie, said": a participial phrase, not part of the speaker
  const participle = opener.tags.has('Gerund') || (opener.tags.has('Verb') && (opener.normal.endsWith('ing') || opener.tags.has('Participle') || opener.tags.has('PastTense')));
  // "Jane Roe, dressed in a gray suit, said", "X, angry at the ruling, said": an adjectival aside too
  const adjectival = opener.tags.has('Adjective') && !!tokens[open + 1]?.tags.has('Preposition');
  if ((participle || adjectival) && !SPEECH_VERBS.has(opener.normal)) return 'skip';
  // "Lopez, at a briefing later on, said": a parenthetical phrase, not part of the speaker
  if (opener.tags.has('Preposition') && !isRelativePronoun(opener.text)) return 'skip';
  // an apposition is a noun phrase, maybe with a relative clause: "a historian who attended the session"
  let relative = false;
  for (let t = open; t <= end; t++) {
    const tok = tokens[t]!;
    if (isRelativePronoun(tok.text) || tok.normal === 'whose') relative = true;
    else if (isFiniteVerb(tok) && !relative && !isParticipialAdjective(doc, t, open)) return 'none';
  }
  if (!isNounPhraseToken(opener) && !isRelativePronoun(opener.text) && opener.normal !== 'whose') return 'none';
  return 'apposition';
}

/** "another unaligned strategist", "a long-shot candidate", "a PAC allied with …": a verb form inside a noun phrase. */
function isParticipialAdjective(doc: Document, t: number, from: number): boolean {
  const { tokens } = doc;
  const tok = tokens[t]!;
  const prev = tokens[t - 1];
  const next = tokens[t + 1];
  // "a long-shot candidate": the second part of a compound
  if (t > from && prev && gapBetween(doc, prev, tok) === '-') return true;
  if (t <= from || !prev || !next || !/ed$/.test(tok.normal) || !/^\s+$/.test(gapBetween(doc, prev, tok))) return false;
  // "a super PAC allied with the leaders", "a group funded by donors": a participle after its noun
  if (prev.tags.has('Noun') && !prev.tags.has('Pronoun') && next.tags.has('Preposition')) return true;
  const modifier = prev.tags.has('Determiner') || prev.tags.has('Possessive') || prev.tags.has('Adjective') || prev.tags.has('Adverb');
  return modifier && !breaksPhrase(gapBetween(doc, tok, next), tok) && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun') && !next.tags.has('Determiner');
}

/** Whether the tokens [from, to] are one discourse aside ("though", "however", "for its part", "in turn"). */
function isDiscourseAside(doc: Document, from: number, to: number): boolean {
  const words = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to]!.end).toLowerCase();
  return DISCOURSE_ASIDES.has(words) || /^for (his|her|their|its|our|my) part$/.test(words);
}

/** Quantifiers that stand for a group of people ("most said", "many believe", "others argue"). */
const QUANTIFIER_HEADS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'few', 'several', 'all', 'both', 'half', 'others', 'none', 'each', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'majority', 'minority']);

function hasNoun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    // a number or a quantifier heads a phrase too: "One in three said", "most said", "many say"
    if (QUANTIFIER_HEADS.has(t.normal) || t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('ProperNoun') || t.tags.has('Acronym') || t.tags.has('Value') || /^\p{Lu}/u.test(t.text)) return true;
  }
  return false;
}

/**
 * The speaker named after a cue ("said Smith", "said Rep. J.K. Roe (D-Ore.), head of …"):
 * noun-phrase tokens from `from` until punctuation or a word that starts an adverbial.
 */
export function nounPhraseAfter(doc: Document, from: number, limit: number): Span | null {
  const { tokens } = doc;
  let end = from;
  while (end < limit && end - from < MAX_SPEAKER_TOKENS) {
    const tok = tokens[end]!;
    if (!isNounPhraseToken(tok) || (isVerb(tok) && !/^\p{Lu}/u.test(tok.text))) break;
    if (tok.tags.has('Date') || SPEAKER_TRAILING_WORDS.has(tok.normal)) break;
    end++;
    const next = tokens[end];
    if (next && breaksPhrase(gapBetween(doc, tok, next), tok) && !/^\s*\(|^\.?\)\s*$/.test(gapBetween(doc, tok, next))) break;
  }
  while (end > from && NP_INNER_PREPOSITIONS.has(tokens[end - 1]!.normal)) end--;
  if (end === from || !hasNoun(tokens, from, end - 1)) return null;
  return closeParenthesis(doc, sp(doc, tokens[from]!.start, tokens[end - 1]!.end));
}

/** Drops trailing adverbs from a speaker span ("Musk later" → "Musk"). */
export function trimSpeaker(doc: Document, first: number, last: number): Span | null {
  const { tokens } = doc;
  while (last >= first && (isVerbModifier(tokens[last]!) || SPEAKER_TRAILING_WORDS.has(tokens[last]!.normal))) last--;
  while (first <= last && /^(and|but|so|then)$/.test(tokens[first]!.normal)) first++;
  if (last < first) return null;
  return closeParenthesis(doc, sp(doc, tokens[first]!.start, tokens[last]!.end));
}

/** "Rep. Jane Roe (D-Ore" → "Rep. Jane Roe (D-Ore.)": a speaker span never leaves a parenthesis open. */
export function closeParenthesis(doc: Document, span: Span): Span {
  if (!span.text.includes('(') || span.text.includes(')')) return span;
  const m = /^\.?\)/.exec(doc.text.slice(span.end, span.end + 2));
  return m ? sp(doc, span.start, span.end + m[0].length) : span;
}

export function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** End of the sentence's content, before its final punctuation and closing marks. */
export function sentenceContentEnd(doc: Document, s: Sentence): number {
  let end = s.end;
  while (end > s.start && /[\s.!?;:]/.test(doc.text[end - 1]!)) end--;
  return end;
}

/** Quote marks of any kind, the doubled apostrophe included. */
export function hasQuoteMark(text: string): boolean {
  return /["\u201c\u201d\u00ab\u00bb]|''/.test(text);
}

/** A verb form that heads a clause (past or third-person present), not a bare form compromise may have mis-tagged ("police"). */
export function isFiniteVerb(tok: Token): boolean {
  if (!isVerb(tok) || isVerbModifier(tok) || tok.tags.has('Participle') || tok.tags.has('Gerund')) return false;
  return tok.tags.has('PastTense') || /[^s]s$/.test(tok.normal);
}

/** Past forms of speech verbs that no adjective or number turns into a noun. */
const PAST_SPEECH_FORMS: ReadonlySet<string> = new Set(['said', 'told']);

/**
 * Whether `prev` makes the verb form `tok` after it a noun: a determiner ("the claim"), a
 * possessive ("his say"), a number before an -s form ("five states"; "five say" is a verb) or
 * an adjective that is no adverb ("new rules", "Most believe"). A capitalised "adjective"
 * inside the sentence is mostly a name compromise did not know ("“…,” Smith told").
 */
function makesNextNoun(s: Sentence, prev: Token, tok: Token): boolean {
  if (prev.tags.has('Determiner') || prev.tags.has('Possessive')) return true;
  if (prev.tags.has('Value')) return /[^s]s$/.test(tok.normal);
  return prev.tags.has('Adjective') && !isVerbModifier(prev) && (prev.index === s.tokenStart || !/^\p{Lu}/u.test(prev.text));
}

/**
 * "the claim", "his say", "five states", "new rules", "a loud-mouthed": a verb form right after
 * a word of its sentence that makes it a noun (above), with nothing but space or a hyphen
 * between, is a noun compromise mis-tagged. The one test of that shape for every quote rule:
 * cues after a quote, cue verbs of reported speech, verbs governing quoted words, and nouns
 * inside a speaker phrase.
 */
export function isNounAfterDeterminer(doc: Document, s: Sentence, k: number): boolean {
  if (k <= s.tokenStart) return false;
  const prev = doc.tokens[k - 1]!;
  const tok = doc.tokens[k]!;
  // "Jolly said", "Most told": these past forms are nouns only after a determiner or a possessive
  if (PAST_SPEECH_FORMS.has(tok.normal) && !prev.tags.has('Determiner') && !prev.tags.has('Possessive')) return false;
  const gap = gapBetween(doc, prev, tok);
  return (gap === '-' || /^\s*$/.test(gap)) && makesNextNoun(s, prev, tok);
}

/**
 * "The Clinton campaign", "the police chief": a bare verb form (no past, -s or -ing form, no
 * auxiliary) after a determiner or a modifier, or after a name or a noun, is a noun compromise mis-tagged.
 */
export function isBareVerbNoun(doc: Document, s: Sentence, k: number): boolean {
  const tok = doc.tokens[k]!;
  if (!tok.tags.has('Verb') || tok.tags.has('PastTense') || tok.tags.has('Gerund') || tok.tags.has('Auxiliary') || tok.tags.has('Modal') || tok.tags.has('Copula')) return false;
  if (k <= s.tokenStart) return false;
  // "Federal Election Commission records show": a plural between a noun and a cue is the subject's head
  if (/[^s]s$/.test(tok.normal)) return isPluralBeforeCue(doc, k);
  if (isNounAfterDeterminer(doc, s, k)) return true;
  const prev = doc.tokens[k - 1]!;
  // "the 2014 survey": a bare form after a number is a noun too
  return prev.tags.has('ProperNoun') || prev.tags.has('Value') || (prev.tags.has('Noun') && !prev.tags.has('Pronoun'));
}

/** A plural the tagger took for a verb, between a noun and a speech or evidence verb ("Commission records show"). */
function isPluralBeforeCue(doc: Document, k: number): boolean {
  const prev = doc.tokens[k - 1]!;
  const next = doc.tokens[k + 1];
  if (!next || !/^\s+$/.test(gapBetween(doc, prev, doc.tokens[k]!)) || !/^\s+$/.test(gapBetween(doc, doc.tokens[k]!, next))) return false;
  return (prev.tags.has('ProperNoun') || (prev.tags.has('Noun') && !prev.tags.has('Pronoun'))) && (SPEECH_VERBS.has(next.normal) || EVIDENCE_VERBS.has(next.normal));
}

/**
 * "the United States", "the Islamic State", "Secretary of State": a capitalised word inside the
 * writer's sentence is part of a name, not a cue, unless the sentence is a title-case headline or
 * the word is in capitals throughout.
 */
export function isNameWord(doc: Document, s: Sentence, k: number): boolean {
  const tok = doc.tokens[k]!;
  if (k <= s.tokenStart || !/^\p{Lu}/u.test(tok.text) || !/\p{Ll}/u.test(tok.text)) return false;
  if (isHeadline(doc, s.paragraph)) return false;
  const prev = doc.tokens[k - 1]!;
  return /^\p{Lu}/u.test(prev.text) || prev.normal === 'of';
}

/** Longest headline line, in characters. */
const MAX_HEADLINE_CHARS = 160;
/** Share of longer words a title-case line capitalises. */
const TITLE_CASE_SHARE = 0.7;

/**
 * The paragraph is the story's headline: the title the Document found, or a first line in title
 * case that ends with a full stop ("Trump Says He Never Pledged To …." — some archives add one).
 */
export function isHeadline(doc: Document, paragraph: number): boolean {
  if (paragraph !== 0) return false;
  if (doc.title) return true;
  const p = doc.paragraphs[0];
  if (!p || doc.paragraphs.length < 2) return false;
  const line = doc.text.slice(p.start, p.end);
  if (line.length > MAX_HEADLINE_CHARS || /[\r\n]/.test(line)) return false;
  const long = line.split(/\s+/).filter((w) => /^[\p{L}\u2018\u201c'"]\p{L}{3,}/u.test(w));
  const capital = long.filter((w) => /^[\u2018\u201c'"]?\p{Lu}/u.test(w)).length;
  return long.length >= 3 && capital >= long.length * TITLE_CASE_SHARE;
}

/** The writer's sentence goes on at `at` with lower-case words, a number or a parenthesis (“…” to drive up …). */
export function writerGoesOnAt(text: string, at: number): boolean {
  return /^[ \t]*[\p{Ll}\p{N}(]/u.test(text.slice(at, at + 3));
}
