/**
 * Who said what. Quote marks are paired with the Document (../quote-marks.ts); quoted statements are
 * attributed from the cue beside them (./quotes/direct.ts); reported speech and quoted words
 * inside the writer's sentences from a cue verb and its subject (./quotes/reported.ts). A quote
 * paragraph with no cue of its own continues the attribution that ends the paragraph before
 * (news style), as one quote with its fragments. Speakers are resolved to actors last
 * (../resolve/speakers.ts).
 */
import type { Document } from '../document.js';
import { tokenIndexAt } from '../document.js';
import type { Actor, Quote, Span, Warning } from '../schema.js';
import { resolveSpeakers, type Attribution } from '../resolve/speakers.js';
import { directQuotes } from './quotes/direct.js';
import { embeddedQuote, reportedSpeech } from './quotes/reported.js';
import { sp, wordCount, writerGoesOnAt } from './quotes/phrases.js';
import { partitionPoint } from '../sorted.js';

export interface QuoteAnalysis {
  quotes: Quote[];
  /** unbalanced quote marks, each confined to its paragraph */
  warnings: Warning[];
}

export function extractQuotes(doc: Document, actors: readonly Actor[]): Quote[] {
  return analyzeQuotes(doc, actors).quotes;
}

export function analyzeQuotes(doc: Document, actors: readonly Actor[]): QuoteAnalysis {
  const { marked, diagnostics } = doc.quoteMarks;
  const direct = directQuotes(doc, marked);
  const blocked = new Uint8Array(doc.tokens.length);
  for (const q of direct.quotes) markTokens(doc, blocked, q);
  for (const a of direct.attributions) markTokens(doc, blocked, a);
  const quoted = new Uint8Array(doc.tokens.length);
  for (const m of marked) markTokens(doc, quoted, { start: m.start, end: m.end });
  const reported = reportedSpeech(doc, blocked, direct.quotes, quoted);
  const covered = blocked.slice();
  for (const r of reported) markTokens(doc, covered, r);
  const embedded: Attribution[] = [];
  const bySpeaker = [...direct.quotes, ...reported].sort((a, b) => speakerStart(a) - speakerStart(b));
  const speakerBefore = (offset: number) => lastSpeakerBefore(bySpeaker, offset);
  for (const m of direct.embedded) {
    const found = embeddedQuote(doc, m, (offset) => covered[tokenIndexAt(doc, offset)] === 1, speakerBefore);
    if (!found) continue;
    embedded.push(found);
    markTokens(doc, covered, found);
  }
  const all = inheritSpeakers(doc, continueParagraphs(doc, [...direct.quotes, ...reported, ...embedded].sort((a, b) => a.start - b.start)));
  const quotes = resolveSpeakers(doc, actors, all).map((q, i) => ({ ...q, id: `q${i + 1}` }));
  return { quotes, warnings: diagnostics.map((d) => ({ code: d.code, message: d.message, span: d.span })) };
}

/** Where an attribution's speaker starts, or the quote itself when it has none. */
function speakerStart(a: Attribution): number {
  return a.speakerSpan?.start ?? a.start;
}

/** The last speaker span that ends before `offset` (attributions sorted by speaker position). */
function lastSpeakerBefore(sorted: readonly Attribution[], offset: number): Span | null {
  const lo = partitionPoint(sorted, (a) => speakerStart(a) < offset);
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
    const speaker = sorted[k]!.speakerSpan;
    if (speaker && speaker.end <= offset) return speaker;
  }
  return null;
}

function markTokens(doc: Document, marks: Uint8Array, span: { start: number; end: number }): void {
  for (let k = tokenIndexAt(doc, span.start); k < doc.tokens.length && doc.tokens[k]!.start < span.end; k++) marks[k] = 1;
}

/**
 * A quote paragraph with no cue continues the attribution that closes the previous paragraph:
 * `"…," he said.` ¶ `"…"` is one quote of his, with a fragment per paragraph.
 */
function continueParagraphs(doc: Document, quotes: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  let lastEndParagraph = -1;
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && continues(doc, prev, lastEndParagraph, q)) {
      const pieces = [...(prev.fragments.length ? prev.fragments : [sp(doc, prev.start, prev.end)]), ...(q.fragments.length ? q.fragments : [sp(doc, q.start, q.end)])];
      out[out.length - 1] = {
        ...prev,
        ...sp(doc, prev.start, q.end),
        kind: prev.kind === 'indirect' ? 'mixed' : prev.kind,
        fragments: pieces,
        rule: prev.rule.endsWith('+paragraphs') ? prev.rule : `${prev.rule}+paragraphs`,
      };
    } else out.push(q);
    lastEndParagraph = paragraphOf(doc, out[out.length - 1]!.end - 1);
  }
  return out;
}

function continues(doc: Document, prev: Attribution, prevEndParagraph: number, q: Attribution): boolean {
  if (q.cue || q.kind !== 'direct' || !prev.speakerSpan || prev.rule === 'quotes.reported.headline-colon') return false;
  const p = doc.paragraphs[q.paragraph]!;
  const attEnd = attributionEnd(prev);
  // `"…" of the plan, Smith said. "…"`: the next quoted sentence in the same paragraph is still Smith's
  if (prevEndParagraph === q.paragraph && q.start > attEnd) return /^[ \t.!?"\u201d']*$/.test(doc.text.slice(attEnd, q.start)) && !continuesAfterQuote(doc, q);
  if (q.start !== p.start || prevEndParagraph !== q.paragraph - 1) return false;
  // a paragraph that opens with a title in marks ("“Night Train” was written by …") is the writer's
  if (continuesAfterQuote(doc, q)) return false;
  // the previous attribution must close its paragraph (nothing but its own tail after it)
  const prevParagraph = doc.paragraphs[prevEndParagraph]!;
  const rest = doc.text.slice(attEnd, prevParagraph.end);
  return !/[.!?]["\u201d]?\s+\S/.test(rest);
}

/** Where an attribution's words end: the quote, its cue or its speaker, whichever comes last. */
function attributionEnd(a: Attribution): number {
  return Math.max(a.end, a.cue?.end ?? 0, a.speakerSpan?.end ?? 0);
}

/** The writer's sentence goes on after the quote with lower-case words. */
function continuesAfterQuote(doc: Document, q: Attribution): boolean {
  return writerGoesOnAt(doc.text, q.end);
}

/** Most words the writer may put between an attribution and a later quote of the same speaker in its paragraph. */
const MAX_INHERIT_WORDS = 25;

/**
 * `“…,” Roe told a radio host. “…”` with a sentence of the writer's between: a quote with no
 * attribution of its own, later in the paragraph of an attributed statement, is that speaker's
 * (kept as a quote of its own).
 */
function inheritSpeakers(doc: Document, quotes: Attribution[]): Attribution[] {
  let last: Attribution | null = null;
  return quotes.map((q) => {
    const prev = last;
    if (q.speakerSpan) last = q;
    if (q.rule !== 'quotes.direct.unattributed' || !prev?.speakerSpan || prev.paragraph !== q.paragraph) return q;
    const attEnd = attributionEnd(prev);
    const between = doc.text.slice(attEnd, q.start);
    if (attEnd > q.start || /["\u201c\u201d]|''|\n/.test(between) || wordCount(between) > MAX_INHERIT_WORDS) return q;
    return { ...q, speakerSpan: prev.speakerSpan, rule: 'quotes.direct.inherited' };
  });
}

function paragraphOf(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export type { Quote, Span };
