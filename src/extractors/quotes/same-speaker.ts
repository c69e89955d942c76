/**
 * "The same speaker goes on": a direct quote with no attribution of its own belongs to the
 * speaker of the attribution before it when news style says so. Two ways, one decision:
 *   - as a piece of that statement, when nothing of the writer's stands between: the next quoted
 *     sentence right after the attribution (`"…" of the plan, Roe said. "…"`), or a quote paragraph
 *     after a paragraph the attribution closes (`"…," he said.` ¶ `"…"`);
 *   - as a quote of its own, when a short sentence of the writer's stands between, in the same
 *     paragraph (`"…," Roe told a radio host. She laughed. "…"`).
 * What may go on is data on each finding, never its rule id: a speaker, and Attribution.passesOn,
 * false for a headline's speaker and for a speaker that was itself passed on.
 */
import type { Document } from '../../document.js';
import type { Attribution } from '../../resolve/speakers.js';
import { partitionPoint } from '../../sorted.js';
import { sp, wordCount, writerGoesOnAt } from './phrases.js';

/** Most words the writer may put between an attribution and a later quote of the same speaker in its paragraph. */
const MAX_INHERIT_WORDS = 25;

/** Suffix of the rule of a statement that goes on in later pieces. */
const PIECES_RULE = '+paragraphs';
const INHERITED_RULE = 'quotes.direct.inherited';

/** How a quote with no attribution goes on from the turn before it. */
type GoesOn = 'piece' | 'own' | null;

/** Attributions sorted by start; a quote with no attribution joins or inherits the speaker before it. */
export function sameSpeakerGoesOn(doc: Document, sorted: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  // the last finding whose speaker may go on: a quote of its own keeps the speaker's turn open past findings with none
  let turn: Attribution | null = null;
  for (const q of sorted) {
    const prev = out[out.length - 1];
    const how = isOpen(q) ? goesOn(doc, prev, turn, q) : null;
    if (how === 'piece') {
      out[out.length - 1] = joinPiece(doc, prev!, q);
      turn = out[out.length - 1]!;
      continue;
    }
    out.push(how === 'own' ? { ...q, speakerSpan: turn!.speakerSpan, rule: INHERITED_RULE, passesOn: false } : q);
    // a speaker passed on does not pass on again: the turn stays with the finding that named it
    if (q.speakerSpan) turn = q;
  }
  return out;
}

/** A direct quote with neither cue nor speaker of its own. */
function isOpen(q: Attribution): boolean {
  return q.kind === 'direct' && !q.cue && !q.speakerSpan;
}

/** Whether a finding's speaker may go on to a later quote. */
function passesOn(a: Attribution | null | undefined): a is Attribution & { speakerSpan: NonNullable<Attribution['speakerSpan']> } {
  return !!a?.speakerSpan && a.passesOn !== false;
}

/**
 * As a piece of the finding just before (`prev`), as a quote of its own of the last speaker
 * (`turn`), or not at all.
 */
function goesOn(doc: Document, prev: Attribution | undefined, turn: Attribution | null, q: Attribution): GoesOn {
  if (passesOn(prev) && continuesStatement(doc, prev, q)) return 'piece';
  if (passesOn(turn) && turn.paragraph === q.paragraph && shortAsideBetween(doc, turn, q)) return 'own';
  return null;
}

/**
 * Nothing of the writer's between `prev`'s attribution and `q`: the next quoted sentence in the
 * paragraph, or a quote paragraph right after the paragraph the attribution closes.
 */
function continuesStatement(doc: Document, prev: Attribution, q: Attribution): boolean {
  const prevEndParagraph = paragraphOf(doc, prev.end - 1);
  const attEnd = attributionEnd(prev);
  // a quote the writer's sentence goes on after ("“Night Train” was written by …") is the writer's
  const writers = writerGoesOnAt(doc.text, q.end);
  if (prevEndParagraph === q.paragraph && q.start > attEnd) return /^[ \t.!?"\u201d']*$/.test(doc.text.slice(attEnd, q.start)) && !writers;
  if (q.start !== doc.paragraphs[q.paragraph]!.start || prevEndParagraph !== q.paragraph - 1 || writers) return false;
  // the previous attribution must close its paragraph (nothing but its own tail after it)
  const rest = doc.text.slice(attEnd, doc.paragraphs[prevEndParagraph]!.end);
  return !/[.!?]["\u201d]?\s+\S/.test(rest);
}

/** A short stretch of the writer's words, with no quote mark or line break, between `turn`'s attribution and `q`. */
function shortAsideBetween(doc: Document, turn: Attribution, q: Attribution): boolean {
  const attEnd = attributionEnd(turn);
  if (attEnd > q.start) return false;
  const between = doc.text.slice(attEnd, q.start);
  return !/["\u201c\u201d]|''|\n/.test(between) && wordCount(between) <= MAX_INHERIT_WORDS;
}

/** `prev` with `q` as its next piece: one statement with a fragment per piece. */
function joinPiece(doc: Document, prev: Attribution, q: Attribution): Attribution {
  const pieces = [...(prev.fragments.length ? prev.fragments : [sp(doc, prev.start, prev.end)]), ...(q.fragments.length ? q.fragments : [sp(doc, q.start, q.end)])];
  return {
    ...prev,
    ...sp(doc, prev.start, q.end),
    kind: prev.kind === 'indirect' ? 'mixed' : prev.kind,
    fragments: pieces,
    rule: prev.goesOnInPieces ? prev.rule : `${prev.rule}${PIECES_RULE}`,
    goesOnInPieces: true,
  };
}

/** Where an attribution's words end: the quote, its cue or its speaker, whichever comes last. */
function attributionEnd(a: Attribution): number {
  return Math.max(a.end, a.cue?.end ?? 0, a.speakerSpan?.end ?? 0);
}

/** Index of the paragraph holding `offset`. */
function paragraphOf(doc: Document, offset: number): number {
  return Math.max(0, partitionPoint(doc.paragraphs, (p) => p.start <= offset) - 1);
}
