/**
 * Direct quotes: quoted spans that stand as a statement of their own, attributed by the cue
 * beside them — after (`"…," the office said`, `"…," said Smith`, `"…" ― Name`), before
 * (`Smith said: "…"`, `he said, adding, "…"`), in the paragraph before (`He said:` ¶ `"…"`),
 * or inside (`"PENCE: …"`, a transcript). Fragments of one statement are kept together:
 * `"…," he said, "…"` and `"…," he said. "…"` are one quote. Quoted words inside a sentence of
 * the writer's own are not direct quotes: they are returned as embedded, for the reported rules.
 */
import type { Document, Sentence, Token } from '../../document.js';
import { sentenceAt, tokenIndexAt } from '../../document.js';
import type { Span } from '../../schema.js';
import type { Attribution } from '../../resolve/speakers.js';
import { NP_INNER_PREPOSITIONS, PARTICIPLE_CUES, PHRASE_PREPOSITIONS, SPEAKER_PREPOSITIONS, SPEECH_VERBS, STATEMENT_NOUNS } from '../../lexicon/cues.js';
import type { Marked } from '../../quote-marks.js';
import {
  breaksPhrase,
  gapBetween,
  hasQuoteMark,
  isAbbreviationToken,
  isFiniteVerb,
  isNameWord,
  isNounAfterDeterminer,
  isNounPhraseToken,
  isSpeechWord,
  isVerb,
  isVerbModifier,
  nounPhraseAfter,
  nounPhraseEndingAt,
  sp,
  subjectBefore,
  tokSpan,
  trimSpeaker,
  wordCount,
  writerGoesOnAt,
} from './phrases.js';

/** Tokens scanned after a closing mark for the speaker and cue ("…," Sen. Jane Roe (D-Ore.) said). */
const MAX_AFTER_TOKENS = 14;
/** Tokens between a cue and the opening mark it introduces ("said in a statement on Monday: …"). */
const MAX_BEFORE_GAP = 8;
/** A quote standing alone with no attribution is a statement only from this length ("Related:" is a label). */
const MIN_UNATTRIBUTED_WORDS = 3;
/** Words the writer may put between two fragments of one statement ("…," she said of the election. "…"). */
const MAX_BRIDGE_WORDS = 30;

export interface Found {
  speaker: Span | null;
  cue: Span;
  /** offset where the attribution ends */
  end: number;
  rule: string;
  /** a participle cue (", adding, "…"") whose speaker is the main clause's */
  participle?: boolean;
}

export interface DirectResult {
  quotes: Attribution[];
  /** quoted words inside a sentence of the writer's own (for the reported-speech rules) */
  embedded: Marked[];
  /** the spans of text that attribute each direct quote (speaker and cue), so other rules skip them */
  attributions: Span[];
}

export function directQuotes(doc: Document, marked: readonly Marked[]): DirectResult {
  const look = attributionLookups(doc);
  const quotes: Attribution[] = [];
  const embedded: Marked[] = [];
  const attributions: Span[] = [];
  let i = 0;
  while (i < marked.length) {
    const m = marked[i]!;
    const alone = standsAlone(doc, m);
    // a title in marks inside the writer's sentence ("on “The Apprentice,” Trump …") is not a statement
    // inside the writer's sentence, a quote that closes the sentence is followed by a new one, not by its attribution
    const closesSentence = /[.!?]["\u201d\u2019']*$/.test(doc.text.slice(m.start, m.close));
    // a name in marks with no stop of its own ("“Night Train” Star Says …") is a title even where it opens the sentence
    const title = isTitleLike(doc, m) && (!alone || !/[,.!?]$/.test(doc.text.slice(m.start, m.end).trimEnd()));
    const found = !title ? attributionOf(doc, m, quotes, look) : null;
    // (an attribution after the quote, that is; one before it still holds)
    const att = found && !alone && closesSentence && found === look.after(m) ? null : found;
    // a quote that opens the writer's sentence ("“Night Train” was written by …", "“X” to drive up …") is not a statement of its own
    if (!att && (!alone || continuesAfter(doc, m) || wordCount(doc.text.slice(m.start, m.end)) < MIN_UNATTRIBUTED_WORDS)) {
      embedded.push(m);
      i++;
      continue;
    }
    const group = [m];
    let j = i + 1;
    const current = att;
    while (j < marked.length) {
      // a title in marks between two pieces ("said on Fox News's “Fox and Friends.” “…”") is part of the bridge
      let k = j;
      while (k < marked.length && marked[k]!.paragraph === m.paragraph && isTitleLike(doc, marked[k]!) && !standsAlone(doc, marked[k]!)) k++;
      const next = marked[k];
      if (!next || next.paragraph !== m.paragraph) break;
      if (!joins(doc, look, group[group.length - 1]!, next, current, marked.slice(j, k))) break;
      group.push(next);
      j = k + 1;
    }
    quotes.push(toQuote(doc, group, current));
    if (current) attributions.push(sp(doc, Math.min(current.cue.start, current.speaker?.start ?? current.cue.start), current.end));
    i = j;
  }
  return { quotes, embedded, attributions };
}

function toQuote(doc: Document, group: readonly Marked[], att: Found | null): Attribution {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const fragments = group.length > 1 ? group.map((g) => sp(doc, g.open, g.closed ? g.close : g.end)) : [];
  return {
    ...sp(doc, first.open, last.closed ? last.close : last.end),
    kind: 'direct',
    speakerSpan: att?.speaker ?? null,
    cue: att?.cue ?? null,
    fragments,
    rule: att?.rule ?? 'quotes.direct.unattributed',
    paragraph: first.paragraph,
  };
}

/** Whichever attribution the quote has: after it, before it, inside it, or in the paragraph before. */
function attributionOf(doc: Document, m: Marked, earlier: readonly Attribution[], look: AttributionLookups): Found | null {
  const before = look.cueBefore(m);
  return look.after(m) ?? (before && withSpeaker(doc, before.s, before.k, m, earlier)) ?? transcriptSpeaker(doc, m) ?? colonParagraph(doc, m) ?? colonLead(doc, m);
}

/** Where the cue of an attribution before a quote stands: its sentence and its token. */
interface CueBefore {
  s: Sentence;
  k: number;
}

/**
 * A quote's attribution after it and the cue before it, each found at most once per quote:
 * joins() asks about the next quote, and the main loop asks again when that quote is not
 * joined and starts a statement of its own. (The speaker before a quote is found only by the
 * main loop, which knows the quotes already attributed in the sentence.)
 */
interface AttributionLookups {
  after(m: Marked): Found | null;
  cueBefore(m: Marked): CueBefore | null;
}

function attributionLookups(doc: Document): AttributionLookups {
  const after = new Map<Marked, Found | null>();
  const before = new Map<Marked, CueBefore | null>();
  return {
    after: (m) => once(after, m, () => attributionAfter(doc, m)),
    cueBefore: (m) => once(before, m, () => cueBefore(doc, m)),
  };
}

function once<K, V>(found: Map<K, V>, key: K, find: () => V): V {
  if (found.has(key)) return found.get(key)!;
  const value = find();
  found.set(key, value);
  return value;
}

/** The quote opens its sentence (or its paragraph), so it is a statement, not words inside the writer's sentence. */
function standsAlone(doc: Document, m: Marked): boolean {
  const p = doc.paragraphs[m.paragraph]!;
  if (m.open === p.start) return true;
  const s = sentenceAt(doc, m.open);
  // a line break ends a line of its own ("― Name" under the quote before), whatever the sentence splitter said
  const whole = doc.text.slice(s && s.start <= m.open ? s.start : p.start, m.open);
  const lead = whole.slice(whole.lastIndexOf('\n') + 1);
  if (/^[\s\u2014\u2013\u2015-]*$/.test(lead)) return true;
  if (!/[.!?]["\u201d]?\s*$/.test(lead)) return false;
  // "Rep. Robert C. “Bobby” Scott": the stop of an initial or a title does not end a sentence
  const before = doc.tokens[tokenIndexAt(doc, m.open) - 1];
  return !(before && /^\.\s*$/.test(doc.text.slice(before.end, m.open)) && isAbbreviationToken(before));
}

/** The writer's sentence goes on after the closing mark with lower-case words. */
function continuesAfter(doc: Document, m: Marked): boolean {
  return m.closed && writerGoesOnAt(doc.text, m.close);
}

/** Connectives the writer may put before the next piece: "…," he said, and still "…". */
const BRIDGE_TAIL = /(?:[,.:;!?\u2014]|\b(?:and|but|or)|\b(?:and|but|or) (?:still|also|then|later|again|now))\s*$/;

/**
 * Whether `next` continues the statement of `prev`: interrupted by its attribution
 * (`"…," he said, "…"`), the next sentence of the same speaker (`"…," he said. "…"`), or
 * the next quoted sentence right after it. `titles` are names in marks inside the bridge.
 */
function joins(doc: Document, look: AttributionLookups, prev: Marked, next: Marked, att: Found | null, titles: readonly Marked[] = []): boolean {
  const bridge = withoutTitleMarks(doc, prev.close, next.open, titles);
  if (hasQuoteMark(bridge)) return false;
  if (look.after(next)) return false;
  // quoted words the writer's own sentence goes on after ("“…” to drive up the stock price") are not a piece
  if (continuesAfter(doc, next)) return false;
  const before = look.cueBefore(next);
  if (before && !(att && doc.tokens[before.k]!.start === att.cue.start)) return false;
  if (att && att.cue.start >= prev.close && att.end <= next.open) {
    const rest = withoutTitleMarks(doc, att.end, next.open, titles);
    if (wordCount(rest) > MAX_BRIDGE_WORDS || !BRIDGE_TAIL.test(bridge)) return false;
    return !bridgeHasCue(doc, att.end, next.open, att);
  }
  return wordCount(bridge) === 0;
}

/** The text between two offsets with the marks of titles inside it taken out. */
function withoutTitleMarks(doc: Document, from: number, to: number, titles: readonly Marked[]): string {
  let out = '';
  let at = from;
  for (const t of titles) {
    if (t.open < at || t.close > to) continue;
    out += doc.text.slice(at, t.open) + ' ' + doc.text.slice(t.start, t.end) + ' ';
    at = t.close;
  }
  return out + doc.text.slice(at, to);
}

/** A speech verb in the words between two pieces, other than the pieces' own cue, starts another attribution. */
function bridgeHasCue(doc: Document, from: number, to: number, att: Found | null): boolean {
  const { tokens } = doc;
  for (let k = tokenIndexAt(doc, from); k < tokens.length && tokens[k]!.start < to; k++) {
    const t = tokens[k]!;
    if (att && t.start >= att.cue.start && t.end <= att.cue.end) continue;
    if (isSpeechWord(t) && isVerb(t) && !PARTICIPLE_CUES.has(t.normal) && !t.normal.endsWith('ing')) return true;
  }
  return false;
}

// ---------- attribution after the quote ----------

/** `…," the office said`, `…," said Smith`, `…" ― Name`. */
export function attributionAfter(doc: Document, m: Marked): Found | null {
  if (!m.closed) return null;
  const { tokens, text } = doc;
  const p = doc.paragraphs[m.paragraph]!;
  const i = tokenIndexAt(doc, m.close);
  const first = tokens[i];
  if (!first || first.start >= p.end) return null;
  const gap = text.slice(m.close, first.start);
  const inner = text.slice(m.start, m.end);
  if (/^\s*[\u2014\u2015\u2013]\s*$/.test(gap) && /^\p{Lu}/u.test(first.text)) return dashAttribution(doc, i, m.close + gap.search(/[\u2014\u2015\u2013]/), p.end);
  // the dash may come through as a token of its own
  if (/^[\u2014\u2015\u2013]$/.test(first.text.trim()) && /^\s*$/.test(gap) && tokens[i + 1] && /^\p{Lu}/u.test(tokens[i + 1]!.text))
    return dashAttribution(doc, i + 1, first.start, p.end);
  if (!/^[ \t,]*$/.test(gap)) return null;
  const limit = paragraphTokenEnd(doc, i, p.end, MAX_AFTER_TOKENS);
  // "…," said Smith
  // "…," said Smith; not "…," saying the city … (a participle starts the writer's own phrase)
  if (isSpeechWord(first) && !first.tags.has('Determiner') && !first.normal.endsWith('ing')) {
    const speaker = nounPhraseAfter(doc, i + 1, limit);
    if (!speaker) return null;
    const found = { speaker, cue: tokSpan(doc, first), end: speaker.end, rule: 'quotes.direct.after.cue-speaker' };
    return endsClause(doc, found.end, inner) ? found : null;
  }
  // "…," the office said / "…," Smith, a spokesman for X, said / "…?" a narrator in the ad asks
  // a speaker never starts with a preposition ("“…” for many state workers")
  if (!isNounPhraseToken(first) || NP_INNER_PREPOSITIONS.has(first.normal)) return null;
  for (let k = i + 1; k < limit; k++) {
    const tok = tokens[k]!;
    // "Scott's niece, state Del. Marcia Price, shouted": a bare form before a name, after a comma, is a modifier
    // "“…,” the United States said": a capitalised word inside a name is no cue
    const sentence = sentenceAt(doc, tok.start);
    if (isBareFormBeforeName(doc, k) || (sentence && isNameWord(doc, sentence, k))) continue;
    const isCue = isSpeechWord(tok) || (isVerb(tok) && /[,?!]$/.test(inner) && !/^\p{Lu}/u.test(tok.text) && (tok.tags.has('PastTense') || /[^s]s$/.test(tok.normal)));
    // "the rest of the states": a speech word after a determiner or modifier is a noun
    if (isCue && !tok.tags.has('Determiner') && !(sentence && isNounAfterDeterminer(doc, sentence, k))) {
      const speaker = trimSpeaker(doc, i, k - 1);
      if (!speaker) return null;
      const found = { speaker, cue: tokSpan(doc, tok), end: tok.end, rule: 'quotes.direct.after.speaker-cue' };
      return endsClause(doc, found.end, inner) || /[,]$/.test(inner) ? found : null;
    }
    if (!isNounPhraseToken(tok) && !isVerbModifier(tok) && !SPEAKER_PREPOSITIONS.has(tok.normal) && !isMistaggedNoun(tokens, k)) return null;
    const between = gapBetween(doc, tokens[k - 1]!, tok);
    if (/[!?;:]/.test(between) || (/\./.test(between) && !isAbbreviationToken(tokens[k - 1]!) && !/^\.\)/.test(between))) return null;
  }
  return null;
}

/** A bare verb form after a comma and before a capitalised word: "…, state Del. Price". */
function isBareFormBeforeName(doc: Document, k: number): boolean {
  const { tokens } = doc;
  const tok = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || !/^\p{Lu}/u.test(next.text) || /\p{Lu}/u.test(tok.text[0]!)) return false;
  if (tok.tags.has('PastTense') || /s$/.test(tok.normal) || tok.normal.endsWith('ing')) return false;
  return /,/.test(gapBetween(doc, tokens[k - 1]!, tok)) && /^\s+$/.test(gapBetween(doc, tok, next));
}

/** "Dayton police Chief Ann Ortiz said": a bare verb form inside a name-like run is a noun compromise mis-tagged. */
function isMistaggedNoun(tokens: readonly Token[], k: number): boolean {
  const tok = tokens[k]!;
  const next = tokens[k + 1];
  if (!tok.tags.has('Verb') || tok.tags.has('PastTense') || tok.tags.has('Gerund') || isVerbModifier(tok) || /s$/.test(tok.normal)) return false;
  return !!next && isNounPhraseToken(next) && !isSpeechWord(next);
}

/** `…" ― Jane Roe`: a dash and a name under the quote. */
function dashAttribution(doc: Document, i: number, dashAt: number, paragraphEnd: number): Found | null {
  const speaker = nounPhraseAfter(doc, i, paragraphTokenEnd(doc, i, paragraphEnd, 6));
  if (!speaker) return null;
  return { speaker, cue: sp(doc, dashAt, dashAt + 1), end: speaker.end, rule: 'quotes.direct.after.dash' };
}

/**
 * A quote that ends its own sentence (`"… today."`) is attributed by what follows only when
 * that closes the sentence too (`Clinton said.`), not when a new statement begins
 * (`Clinton said the plan …`).
 */
function endsClause(doc: Document, end: number, inner: string): boolean {
  if (/[,]$/.test(inner.trimEnd())) return true;
  const rest = doc.text.slice(end, end + 120);
  // adverbials may trail: "said Monday", "said in a statement", "told reporters on Tuesday"
  const stop = rest.search(/[.,;:!?\n"\u201c\u201d]/);
  if (stop < 0) return false;
  const between = rest.slice(0, stop);
  if (wordCount(between) > 8 || /\b(that|because|if)\b/i.test(between)) return false;
  // no new clause: no finite verb before the stop ("The agency said North Korea had …")
  const { tokens } = doc;
  for (let k = tokenIndexAt(doc, end); k < tokens.length && tokens[k]!.start < end + stop; k++) {
    const t = tokens[k]!;
    if (isVerb(t) && !t.tags.has('Gerund') && !t.tags.has('Participle') && !t.tags.has('Infinitive') && !isMistaggedNoun(tokens, k)) return false;
  }
  return true;
}

/** A capitalised name or title in marks ("The Apprentice,", "Face the Nation"), not a statement. */
export function isTitleLike(doc: Document, m: Marked): boolean {
  const inner = doc.text.slice(m.start, m.end).trim().replace(/[,.]$/, '');
  const words = inner.split(/\s+/);
  if (words.length > 6 || /[.!?]/.test(inner) || !/^[\p{Lu}\p{N}]/u.test(inner)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}(]/u.test(w) || /^(of|the|a|an|and|in|on|for|to|with|at|by|or|&)$/.test(w));
}

function paragraphTokenEnd(doc: Document, from: number, paragraphEnd: number, max: number): number {
  let k = from;
  while (k < doc.tokens.length && k - from < max && doc.tokens[k]!.start < paragraphEnd) k++;
  return k;
}

// ---------- attribution before the quote ----------

/** The cue of `X said: "…"`, `X told reporters on Monday, "…"`, `…, he said, adding, "…"`; withSpeaker finds its speaker. */
function cueBefore(doc: Document, m: Marked): CueBefore | null {
  const { tokens, text } = doc;
  const s = sentenceAt(doc, Math.max(0, m.open - 1));
  const p = doc.paragraphs[m.paragraph]!;
  if (!s || s.paragraph !== m.paragraph) return null;
  const last = tokenIndexAt(doc, m.open) - 1;
  if (last < s.tokenStart || tokens[last]!.start < p.start) return null;
  const gap = text.slice(tokens[last]!.end, m.open);
  if (!/^\s*(?:[:,]\s*)?$/.test(gap)) return null;
  for (let k = last; k >= s.tokenStart && last - k <= MAX_BEFORE_GAP; k--) {
    const tok = tokens[k]!;
    if (SPEECH_VERBS.has(tok.normal) && (tok.tags.has('Verb') || k === last)) {
      if (k !== last && !/[:,]/.test(gap)) return null; // "said the plan was “…”" is reported speech
      return { s, k };
    }
    if (k < last && breaksPhrase(gapBetween(doc, tok, tokens[k + 1]!), tok) && !/^,\s*$/.test(gapBetween(doc, tok, tokens[k + 1]!))) return null;
    if (isVerb(tok) && !tok.tags.has('Participle') && !tok.tags.has('Date')) return null;
  }
  return null;
}

/** Fewest words of a statement introduced by a colon alone ("Gallup Survey: “…”"). */
const MIN_COLON_STATEMENT_WORDS = 4;

/**
 * `Section 4 reads: "…"`, `Here's the senator in 2001: "…"`, `Gallup Survey: "…"`: a full statement
 * after a colon is the words of the clause's subject, or of the name the clause ends with when it
 * has no verb of its own.
 */
function colonLead(doc: Document, m: Marked): Found | null {
  const { tokens, text } = doc;
  const s = sentenceAt(doc, Math.max(0, m.open - 1));
  if (!s || s.paragraph !== m.paragraph) return null;
  const last = tokenIndexAt(doc, m.open) - 1;
  if (last < s.tokenStart || !/^\s*:\s*$/.test(text.slice(tokens[last]!.end, m.open))) return null;
  const inner = text.slice(m.start, m.end);
  if (!/^\p{Lu}/u.test(inner) || wordCount(inner) < MIN_COLON_STATEMENT_WORDS) return null;
  const colon = tokens[last]!.end + text.slice(tokens[last]!.end, m.open).indexOf(':');
  const cue = sp(doc, colon, colon + 1);
  // the clause the colon closes: after the last comma or dash ("As if …, the board was clear in its findings:")
  let from = s.tokenStart;
  for (let k = last; k > s.tokenStart; k--)
    if (/[,;\u2014\u2013]|\s-\s/.test(gapBetween(doc, tokens[k - 1]!, tokens[k]!))) {
      from = k;
      break;
    }
  const clause: Sentence = { ...s, tokenStart: from, start: tokens[from]!.start };
  for (let k = from; k <= last; k++) {
    const tok = tokens[k]!;
    if (!isVerb(tok) || (isVerbModifier(tok) && !tok.tags.has('Copula'))) continue;
    const subject = clauseSubject(doc, s, clause, k);
    const placeholder = !subject || /^(here|there|this|that|it)$/i.test(subject.text);
    const speaker = placeholder && k === from ? nounPhraseAfter(doc, k + 1, last + 1) : subject;
    return speaker ? { speaker, cue, end: m.open, rule: 'quotes.direct.colon-lead' } : null;
  }
  const speaker = nounPhraseEndingAt(doc, clause, last);
  return speaker ? { speaker, cue, end: m.open, rule: 'quotes.direct.colon-lead' } : null;
}

/**
 * The subject of the verb at `k` in the clause the colon closes. Inside the clause when it has
 * one; when the verb opens the clause, the subject may stand before the comma only as the head
 * of an apposition ("Roe, a veteran of the board, was blunt:"), never as the object of an opening
 * phrase ("On Tuesday, after the vote, came the reply:" is not Tuesday's).
 */
function clauseSubject(doc: Document, s: Sentence, clause: Sentence, k: number): Span | null {
  const inside = subjectBefore(doc, clause, k);
  if (inside) return inside;
  const across = subjectBefore(doc, s, k);
  if (!across || across.start >= clause.start) return across;
  const before = tokenIndexAt(doc, across.start) - 1;
  return before >= s.tokenStart && PHRASE_PREPOSITIONS.has(doc.tokens[before]!.normal) ? null : across;
}

function withSpeaker(doc: Document, s: Sentence, k: number, m: Marked, earlier: readonly Attribution[]): Found {
  const { tokens } = doc;
  const cue = tokens[k]!;
  const participle = isParticipleCue(doc, s, k);
  let speaker = participle ? null : subjectBefore(doc, s, k);
  // "Stated Roe: …", "Said the senator, …"
  if (!speaker && k === s.tokenStart) speaker = nounPhraseAfter(doc, k + 1, Math.min(s.tokenEnd, k + 8));
  if (!speaker && participle) speaker = previousSpeakerInSentence(s, earlier) ?? mainClauseSubject(doc, s, k);
  return { speaker, cue: tokSpan(doc, cue), end: m.open, rule: participle ? 'quotes.direct.before.participle' : 'quotes.direct.before.speaker-cue', participle };
}

/** ", adding, …", "while chanting, …": an -ing cue with no subject of its own. */
export function isParticipleCue(doc: Document, s: Sentence, k: number): boolean {
  const { tokens } = doc;
  const cue = tokens[k]!;
  if (!cue.normal.endsWith('ing') && !PARTICIPLE_CUES.has(cue.normal)) return false;
  if (k === s.tokenStart) return true;
  const prev = tokens[k - 1]!;
  if (/,/.test(gapBetween(doc, prev, cue)) || /^(while|before|after|when|by|without|in|then)$/.test(prev.normal)) return true;
  // "the mayor posted a long message late Monday saying …": not progressive ("is saying"), after a finite verb
  if (!cue.normal.endsWith('ing') || isVerbModifier(prev) || prev.tags.has('Copula') || prev.tags.has('Auxiliary')) return false;
  for (let v = k - 2; v >= s.tokenStart && k - v <= 12; v--) if (isFiniteVerb(tokens[v]!)) return true;
  return false;
}

/** `"…," he said, adding, "…"`: the speaker of the quote already attributed in this sentence. */
function previousSpeakerInSentence(s: Sentence, earlier: readonly Attribution[]): Span | null {
  // a few quotes back are enough, and keep hostile runs of marks linear
  for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - 8; k--) {
    const q = earlier[k]!;
    if (q.end <= s.start - 200) break;
    if (q.speakerSpan && q.speakerSpan.start >= s.start && q.speakerSpan.end <= s.end) return q.speakerSpan;
  }
  return null;
}

/** The subject of the sentence's first verb ("Trump, speaking in Ohio, said …, adding, …"). */
export function mainClauseSubject(doc: Document, s: Sentence, before: number, skip?: Uint8Array): Span | null {
  for (let k = s.tokenStart + 1; k < before; k++) {
    const t = doc.tokens[k]!;
    if (skip?.[k]) continue;
    if (isVerb(t) && !t.tags.has('Participle') && !t.tags.has('Gerund')) return subjectBefore(doc, s, k);
  }
  return null;
}

/** `"SMITH: Well, first of all, …"`: a transcript line names its speaker in capitals before a colon. */
function transcriptSpeaker(doc: Document, m: Marked): Found | null {
  const head = /^([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}):\s/.exec(doc.text.slice(m.start, Math.min(m.end, m.start + 48)));
  if (!head || head[1]!.length < 2) return null;
  const speaker = sp(doc, m.start, m.start + head[1]!.length);
  const colon = m.start + head[1]!.length;
  return { speaker, cue: sp(doc, colon, colon + 1), end: m.open, rule: 'quotes.direct.transcript' };
}

/** `Caddell continued:` ¶ `"…"`: a paragraph ending in a cue and a colon introduces the quote paragraph after it. */
function colonParagraph(doc: Document, m: Marked): Found | null {
  const p = doc.paragraphs[m.paragraph]!;
  const prev = doc.paragraphs[m.paragraph - 1];
  if (!prev || m.open !== p.start || doc.text[prev.end - 1] !== ':') return null;
  const s = sentenceAt(doc, prev.end - 1);
  if (!s) return null;
  const { tokens } = doc;
  for (let k = s.tokenEnd - 1; k >= s.tokenStart && s.tokenEnd - k <= MAX_BEFORE_GAP; k--) {
    const tok = tokens[k]!;
    if (!SPEECH_VERBS.has(tok.normal)) continue;
    let speaker = subjectBefore(doc, s, k);
    if (!speaker) speaker = nounPhraseAfter(doc, k + 1, s.tokenEnd);
    return { speaker, cue: tokSpan(doc, tok), end: m.open, rule: 'quotes.direct.colon-paragraph' };
  }
  // "The governor issued the following statement:": a statement noun with the clause's verb and subject
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!isVerb(tokens[k]!) || isVerbModifier(tokens[k]!)) continue;
    const noun = tokens.slice(k + 1, s.tokenEnd).findIndex((t) => STATEMENT_NOUNS.has(t.normal) || t.normal === 'comment' || t.normal === 'comments');
    const speaker = subjectBefore(doc, s, k);
    if (noun < 0 || !speaker) return null;
    return { speaker, cue: sp(doc, tokens[k]!.start, tokens[k + 1 + noun]!.end), end: m.open, rule: 'quotes.direct.colon-paragraph' };
  }
  return null;
}

