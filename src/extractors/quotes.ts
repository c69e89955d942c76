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
import { sameSpeakerGoesOn } from './quotes/same-speaker.js';
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
  const all = sameSpeakerGoesOn(doc, [...direct.quotes, ...reported, ...embedded].sort((a, b) => a.start - b.start));
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

export type { Quote, Span };
