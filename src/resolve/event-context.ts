/** An event's time and place: from its own clause first, then from its sentence. */
import type { Document, Sentence } from '../document.js';
import type { ActorRef, Span, Time } from '../schema.js';
import type { ActorIndex } from './actor-index.js';
import { partitionPoint } from '../sorted.js';
import { NONRESTRICTIVE_RELATIVES } from '../lexicon/function-words.js';

/**
 * The time that dates an event: a calendar time in the event's clause, else in its sentence,
 * the nearest to the trigger (one after the trigger in its own clause counts closer than one
 * across a comma). Durations and sets do not date an event.
 */
export function dateEvent(doc: Document, s: Sentence, trigger: Span, times: readonly Time[], clause?: Span, tense: Tense = null): Time | null {
  const dated = within(times, s.start, s.end).filter((t) => t.type === 'DATE' || t.type === 'TIME');
  // only a sentence that holds a time (most hold none) is scanned for relative clauses
  const asides = dated.length ? relativeAsides(doc, s).filter((a) => !(a.start <= trigger.start && trigger.end <= a.end)) : [];
  const inSentence = asides.length ? dated.filter((t) => !asides.some((a) => a.start <= t.start && t.end <= a.end)) : dated;
  const inClause = clause ? inSentence.filter((t) => t.start >= clause.start && t.end <= clause.end) : [];
  return nearest(doc, inClause.length ? inClause : inSentence, trigger, tense);
}

/** A relative clause set off by commas: ", which has fought the RSF since April 2023,". */
const RELATIVE_ASIDE = new RegExp(`,\\s*(?:${NONRESTRICTIVE_RELATIVES.join('|')})\\s[^,;:.!?]*,`, 'giu');

/**
 * The comma-delimited relative clauses of a sentence: a time inside one ("Sudan's army, which has
 * fought the RSF since April 2023, accused …") dates what the clause says about its antecedent,
 * not the events of the main clause around it.
 */
function relativeAsides(doc: Document, s: Sentence): Array<{ start: number; end: number }> {
  const text = doc.text.slice(s.start, s.end);
  return [...text.matchAll(RELATIVE_ASIDE)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
}

/** Facts lying inside [start, end), from a list sorted by start: a binary search, so dating every event stays linear. */
export function within<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  const lo = partitionPoint(sorted, (f) => f.start < start);
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

/** The first fact in a start-sorted list that contains `span`; quotes nest at most a few deep, so a short look back suffices. */
export function containing<T extends { start: number; end: number }>(sorted: readonly T[], span: { start: number; end: number }): T | undefined {
  const lo = partitionPoint(sorted, (f) => f.start <= span.start);
  let first: T | undefined;
  for (let i = lo - 1; i >= Math.max(0, lo - 8); i--) if (sorted[i]!.end >= span.end) first = sorted[i];
  return first;
}

/** The event's tense: a past event is not dated by a future time, a planned one not by a past time. */
export type Tense = 'past' | 'future' | null;

function nearest(doc: Document, candidates: readonly Time[], trigger: Span, tense: Tense): Time | null {
  let best: { t: Time; cost: number } | null = null;
  for (const t of candidates) {
    const between = t.start >= trigger.end ? doc.text.slice(trigger.end, t.start) : doc.text.slice(t.end, trigger.start);
    const cost = between.length + (/[,;]/.test(between) ? 200 : 0) + (t.value === 'PRESENT_REF' ? 400 : 0) + (wrongSide(doc, t, tense) ? 300 : 0);
    if (!best || cost < best.cost) best = { t, cost };
  }
  return best?.t ?? null;
}

/** Whether a calendar value lies on the wrong side of the publication date for the tense. */
function wrongSide(doc: Document, t: Time, tense: Tense): boolean {
  if (!tense || !doc.date || !/^\d{4}/.test(t.value)) return false;
  const day = doc.date.slice(0, t.value.length);
  return tense === 'past' ? t.value > day : t.value < day;
}

const PLACE_PREP = /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}$/iu;

/**
 * The place: a location named after "in"/"at" in the event's clause ("in Paris", "Authorities
 * in France"), else one in the sentence after such a preposition, else the first in the sentence.
 */
export function locateEvent(doc: Document, s: Sentence, index: ActorIndex, clause?: Span): ActorRef | null {
  const places = index.inside(s.start, s.end).filter((l) => l.actor.type === 'location' && l.named);
  const afterPrep = (l: { start: number }) => PLACE_PREP.test(doc.text.slice(Math.max(s.start, l.start - 40), l.start));
  const inClause = clause ? places.filter((l) => l.start >= clause.start && l.end <= clause.end) : [];
  const place = inClause.find(afterPrep) ?? places.find(afterPrep) ?? inClause[0] ?? places[0];
  return place ? { start: place.start, end: place.end, text: doc.text.slice(place.start, place.end), actor: place.actor.id } : null;
}
