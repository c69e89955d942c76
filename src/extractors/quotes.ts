/**
 * Who said what. Direct quotes are found from their marks and attributed from the cue
 * beside them; reported speech from a cue verb with its subject ("Europol said the …",
 * "…, officials said.", "according to X"). Speakers are resolved to actors afterwards.
 */
import type { Document, Sentence, Token } from '../document.js';
import { sentenceAt, tokenIndexAt } from '../document.js';
import type { Actor, Quote, Span } from '../schema.js';
import { SPEECH_VERBS } from '../lexicon/cues.js';
import { resolveSpeakers, type Attribution } from '../resolve/speakers.js';

const OPEN = new Set(['\u201c', '\u00ab', '\u201e', '"']);
const CLOSE = new Set(['\u201d', '\u00bb', '"', '\u201c']);
const MAX_SPEAKER_TOKENS = 8;

interface Marked {
  /** content inside the marks */
  start: number;
  end: number;
  open: number;
  close: number;
  paragraph: number;
}

export function extractQuotes(doc: Document, actors: readonly Actor[]): Quote[] {
  const direct = directQuotes(doc);
  const reported = reportedSpeech(doc, direct);
  const all = [...direct, ...reported].sort((a, b) => a.start - b.start);
  return resolveSpeakers(doc, actors, all).map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

// ---------- direct quotes ----------

function directQuotes(doc: Document): Attribution[] {
  const marked = doc.paragraphs.flatMap((p) => markedSpans(doc, p.start, p.end, p.index));
  const out: Attribution[] = [];
  for (let i = 0; i < marked.length; i++) {
    const q = marked[i]!;
    if (isScareQuote(doc, q)) continue;
    const after = attributionAfter(doc, q);
    const before = after ? null : attributionBefore(doc, q);
    const fragments: Span[] = [sp(doc, q.start, q.end)];
    let end = q.end;
    // "…," he said, "…": the next quote continues this one
    const next = marked[i + 1];
    if (after && next && next.paragraph === q.paragraph && /^[\s,]*$/.test(doc.text.slice(after.end, next.open))) {
      fragments.push(sp(doc, next.start, next.end));
      end = next.end;
      i++;
    }
    const attribution = after ?? before;
    out.push({
      ...sp(doc, q.start, end),
      kind: 'direct',
      speakerSpan: attribution?.speaker ?? null,
      cue: attribution?.cue ?? null,
      fragments: fragments.length > 1 ? fragments : [],
      rule: attribution ? attribution.rule : 'quotes.direct.unattributed',
      paragraph: q.paragraph,
    });
  }
  return continueParagraphs(out);
}

/** Pairs quote marks inside one paragraph; an unclosed quote runs to the paragraph's end (news style for multi-paragraph quotes). */
function markedSpans(doc: Document, from: number, to: number, paragraph: number): Marked[] {
  const { text } = doc;
  const out: Marked[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (open < 0) {
      if (OPEN.has(c) && (c !== '"' || i === from || /[\s(\[\u2014\u2013-]/.test(text[i - 1]!))) open = i;
    } else if (CLOSE.has(c) && (c !== '\u201c' || /\S/.test(text[i - 1]!)) && (c !== '"' || /\S/.test(text[i - 1]!))) {
      if (i > open + 1) out.push({ start: open + 1, end: i, open, close: i + 1, paragraph });
      open = -1;
    }
  }
  if (open >= 0 && to > open + 1) out.push({ start: open + 1, end: trimEnd(text, to), open, close: to, paragraph });
  return out;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** A few words in marks inside running text are a title or a scare quote, not a statement. */
function isScareQuote(doc: Document, q: Marked): boolean {
  const inner = doc.text.slice(q.start, q.end);
  const words = inner.split(/\s+/).filter(Boolean).length;
  if (words >= 5) return false;
  return !/[.,!?]$/.test(inner);
}

interface Found {
  speaker: Span | null;
  cue: Span;
  end: number;
  rule: string;
}

/** `…," the office said` or `…," said Smith`. */
function attributionAfter(doc: Document, q: Marked): Found | null {
  const { tokens } = doc;
  const i = tokenIndexAt(doc, q.close);
  const sentence = sentenceAt(doc, q.close) ?? sentenceAt(doc, q.close + 1);
  const limit = Math.min(sentence?.tokenEnd ?? i + MAX_SPEAKER_TOKENS, i + MAX_SPEAKER_TOKENS + 1);
  if (!/^[\s,]*$/.test(doc.text.slice(q.close, tokens[i]?.start ?? q.close))) return null;
  const first = tokens[i];
  if (!first) return null;
  if (isCue(first)) {
    const speaker = nounPhraseAfter(doc, i + 1, limit);
    return { speaker, cue: tokSpan(doc, first), end: speaker?.end ?? first.end, rule: 'quotes.direct.cue-speaker' };
  }
  for (let k = i + 1; k < limit; k++) {
    const tok = tokens[k]!;
    if (isCue(tok)) {
      const cueEnd = cueExtent(doc, k);
      return { speaker: sp(doc, first.start, tokens[k - 1]!.end), cue: sp(doc, tok.start, tok.end), end: cueEnd, rule: 'quotes.direct.speaker-cue' };
    }
    if (!isSpeakerToken(tok)) return null;
  }
  return null;
}

function cueExtent(doc: Document, k: number): number {
  return doc.tokens[k]!.end;
}

/** `X said: "…"`, `X added: "…"`, `…, he said, "…"`. */
function attributionBefore(doc: Document, q: Marked): Found | null {
  const { tokens } = doc;
  const sentence = sentenceAt(doc, q.open) ?? sentenceAt(doc, q.open - 1);
  if (!sentence) return null;
  const i = tokenIndexAt(doc, q.open) - 1;
  const cue = tokens[i];
  if (!cue || i < sentence.tokenStart || !isCue(cue)) return null;
  if (!/^\s*[:,]?\s*$/.test(doc.text.slice(cue.end, q.open))) return null;
  const speaker = subjectBefore(doc, sentence, i);
  return { speaker, cue: tokSpan(doc, cue), end: cue.end, rule: 'quotes.direct.speaker-colon' };
}

/** A paragraph that is only a quote, with no cue, continues the previous paragraph's speaker. */
function continueParagraphs(quotes: Attribution[]): Attribution[] {
  return quotes.map((q, i) => {
    const prev = quotes[i - 1];
    if (q.cue || !prev || prev.paragraph !== q.paragraph - 1 || !prev.speakerSpan) return q;
    return { ...q, speakerSpan: prev.speakerSpan, continuesSpeakerOf: prev.start, rule: 'quotes.direct.paragraph-continuation' };
  });
}

// ---------- reported speech ----------

function reportedSpeech(doc: Document, direct: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const sentence of doc.sentences) {
    const found = reportedInSentence(doc, sentence, direct);
    if (found) out.push(found);
  }
  return out;
}

function reportedInSentence(doc: Document, s: Sentence, direct: readonly Attribution[]): Attribution | null {
  const covered = (offset: number) => direct.some((q) => (q.cue && q.cue.start <= offset && offset < q.cue.end) || (q.start <= offset && offset < q.end));
  const { tokens } = doc;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const tok = tokens[k]!;
    if (covered(tok.start)) continue;
    if (tok.normal === 'according' && tokens[k + 1]?.normal === 'to') return accordingTo(doc, s, k, direct);
    if (!isCue(tok) || !tok.tags.has('Verb')) continue;
    const speaker = subjectBefore(doc, s, k);
    const contentStart = contentAfterCue(doc, s, k);
    const contentEnd = sentenceContentEnd(doc, s);
    if (speaker && contentStart !== null && wordCount(doc, contentStart, contentEnd) >= 3) {
      return reported(doc, contentStart, contentEnd, speaker, tokSpan(doc, tok), 'quotes.reported.speaker-cue-clause', s.paragraph);
    }
    // "…, officials said."
    const tail = doc.text.slice(tok.end, s.end);
    if (/^\s*[.!?]?["\u201d]?$/.test(tail) && speaker) {
      const comma = doc.text.lastIndexOf(',', speaker.start);
      if (comma > s.start && wordCount(doc, s.start, comma) >= 3)
        return reported(doc, s.start, comma, speaker, tokSpan(doc, tok), 'quotes.reported.clause-speaker-cue', s.paragraph);
    }
  }
  return null;
}

function accordingTo(doc: Document, s: Sentence, k: number, direct: readonly Attribution[]): Attribution | null {
  const { tokens, text } = doc;
  const cue = sp(doc, tokens[k]!.start, tokens[k + 1]!.end);
  const sourceStart = tokens[k + 2]?.start;
  if (sourceStart === undefined) return null;
  const commaAfter = text.indexOf(',', sourceStart);
  const before = text.slice(s.start, cue.start).replace(/[\s,]+$/, '');
  if (before.split(/\s+/).length >= 3) {
    // "CLAUSE, according to SOURCE."
    const sourceEnd = trimEnd(text, s.end).valueOf();
    const end = /[.!?]$/.test(text.slice(s.start, sourceEnd)) ? sourceEnd - 1 : sourceEnd;
    const speaker = sp(doc, sourceStart, end);
    return reported(doc, s.start, s.start + before.length, speaker, cue, 'quotes.reported.according-to-after', s.paragraph, direct);
  }
  if (commaAfter > 0 && commaAfter < s.end) {
    const speaker = sp(doc, sourceStart, commaAfter);
    return reported(doc, commaAfter + 1 + (text[commaAfter + 1] === ' ' ? 1 : 0), sentenceContentEnd(doc, s), speaker, cue, 'quotes.reported.according-to-before', s.paragraph, direct);
  }
  return null;
}

function reported(doc: Document, start: number, end: number, speaker: Span | null, cue: Span, rule: string, paragraph: number, direct: readonly Attribution[] = []): Attribution {
  const inner = doc.text.slice(start, end);
  const kind = /["\u201c\u201d\u00ab\u00bb]/.test(inner) || direct.some((q) => q.start >= start && q.end <= end) ? 'mixed' : 'indirect';
  return { ...sp(doc, start, end), kind, speakerSpan: speaker, cue, fragments: [], rule, paragraph };
}

/** Where the reported clause begins after the cue: skips "that", and the hearer after "told". */
function contentAfterCue(doc: Document, s: Sentence, k: number): number | null {
  const { tokens } = doc;
  let j = k + 1;
  const cue = tokens[k]!;
  if (/^(told|tell|tells|telling|informed|assured|warned|reminded)$/.test(cue.normal)) {
    const stop = Math.min(s.tokenEnd, j + 4);
    while (j < stop && !tokens[j]!.tags.has('Verb') && tokens[j]!.normal !== 'that') j++;
  } else if (/^(in|on|at)$/.test(tokens[j]?.normal ?? '')) {
    // "said in a statement (that)"
    const stop = Math.min(s.tokenEnd, j + 5);
    while (j < stop && tokens[j]!.normal !== 'that' && !/,$/.test(doc.text.slice(tokens[j]!.end, tokens[j]!.end + 1))) j++;
    j++;
  }
  if (tokens[j]?.normal === 'that') j++;
  const next = tokens[j];
  if (!next || j >= s.tokenEnd) return null;
  if (/^[:,]/.test(doc.text.slice(cue.end).trimStart())) return null;
  // a speech verb followed by a preposition or a quote mark is not a reported clause here
  if (next.tags.has('Preposition') && next.normal !== 'that') return null;
  return next.start;
}

function sentenceContentEnd(doc: Document, s: Sentence): number {
  let end = s.end;
  while (end > s.start && /[\s.!?]/.test(doc.text[end - 1]!)) end--;
  return end;
}

function wordCount(doc: Document, start: number, end: number): number {
  return doc.text.slice(start, end).split(/\s+/).filter(Boolean).length;
}

// ---------- phrases ----------

export function isCue(tok: Token): boolean {
  return SPEECH_VERBS.has(tok.normal) && !tok.tags.has('Noun') && !tok.tags.has('Adjective');
}

function isSpeakerToken(tok: Token): boolean {
  if (tok.tags.has('Verb') && !tok.tags.has('Noun')) return false;
  return !/^(and|but|because|if|when|while)$/.test(tok.normal);
}

/** The subject of the clause a cue sits in: from the clause start (after a leading comma phrase) up to the verb group. */
function subjectBefore(doc: Document, s: Sentence, cueIndex: number): Span | null {
  const { tokens, text } = doc;
  let start = s.tokenStart;
  for (let k = cueIndex - 1; k >= s.tokenStart; k--) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (/[,;:\u2014]|["\u201d\u201c]/.test(gap)) {
      start = k + 1;
      break;
    }
  }
  let end = start;
  while (end < cueIndex && end - start < MAX_SPEAKER_TOKENS) {
    const tok = tokens[end]!;
    if ((tok.tags.has('Verb') && !tok.tags.has('Noun')) || tok.tags.has('Adverb') || tok.tags.has('Auxiliary')) break;
    if (end > start && /^(and|but|who|which|that)$/.test(tok.normal) && isVerbPhraseAfter(tokens, end + 1, cueIndex)) break;
    end++;
  }
  if (end === start) return null;
  return sp(doc, tokens[start]!.start, tokens[end - 1]!.end);
}

function isVerbPhraseAfter(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => t.tags.has('Verb'));
}

function nounPhraseAfter(doc: Document, from: number, limit: number): Span | null {
  const { tokens } = doc;
  let end = from;
  while (end < limit && isSpeakerToken(tokens[end]!) && !/[,.;:]/.test(doc.text.slice(tokens[end]!.end, tokens[end]!.end + 1) || 'x') ) end++;
  if (end < limit && isSpeakerToken(tokens[end]!)) end++;
  if (end === from) return null;
  return sp(doc, tokens[from]!.start, tokens[end - 1]!.end);
}

function sp(doc: Document, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

function tokSpan(doc: Document, tok: Token): Span {
  return sp(doc, tok.start, tok.end);
}

export type { Quote };
