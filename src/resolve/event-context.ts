/** An event's time and place: from its own clause first, then from its sentence. */
import type { Document, Sentence } from '../document.js';
import type { ActorRef, Span, Time } from '../schema.js';
import type { ActorIndex } from './actor-index.js';
import { partitionPoint } from '../sorted.js';
import { NONRESTRICTIVE_RELATIVES } from '../lexicon/function-words.js';

/**
 * The time that dates an event: a calendar time in the event's clause, else in its sentence,
 * the nearest to the trigger (one after the trigger in its own clause counts closer than one
 * across a comma). Durations and sets do not date an event, nor does a time that dates an event
 * embedded in the trigger's complement (see embeddedTime): `complements` are the spans of the
 * trigger's complement clauses ("to supply batteries from 2027").
 */
export function dateEvent(
  doc: Document, s: Sentence, trigger: Span, times: readonly Time[], clause?: Span, tense: Tense = null, complements: readonly Span[] = [],
): Time | null {
  const dated = within(times, s.start, s.end).filter((t) => (t.type === 'DATE' || t.type === 'TIME') && embeddedTime(doc, t, trigger, tense, complements) === null);
  // only a sentence that holds a time (most hold none) is scanned for relative clauses
  const asides = dated.length ? relativeAsides(doc, s).filter((a) => !(a.start <= trigger.start && trigger.end <= a.end)) : [];
  const inSentence = asides.length ? dated.filter((t) => !asides.some((a) => a.start <= t.start && t.end <= a.end)) : dated;
  const inClause = clause ? inSentence.filter((t) => t.start >= clause.start && t.end <= clause.end) : [];
  return nearest(doc, inClause.length ? inClause : inSentence, trigger, tense);
}

/** A time value naming one day (or a part of one). */
const PAST_DAY = /^\d{4}-\d{2}-\d{2}/;

/** A "for" phrase: "called for talks", "pushed hard for a vote". */
const FOR_PHRASE = /\bfor\b/i;

/** Words before a time that make it the start or the end of a state: "from 2026", "starting in March", "until June". */
const STATE_BOUNDARY = /\b(?:from|starting|beginning|until|till|effective)\s+(?:(?:in|on|at)\s+)?$/i;

/**
 * Why a time in the trigger's sentence dates another event than the trigger (a rule id), or null.
 * "signed a deal to supply batteries from 2027": the signing is not in 2027, the supply starts
 * then; "called for talks next month": the call is made now, "next month" dates the talks.
 *  - event.date.complement: the time lies in the trigger's complement clause ("agreed to withdraw
 *    by March", "urged lawmakers to pass the bill in June", "agreed to settle a 1981 claim"),
 *    unless it names a past day for a past trigger;
 *  - event.date.boundary: after the trigger, the time opens or closes a state ("a supply deal
 *    starting in 2027", "detained until Monday") — unless the trigger itself is planned ("will
 *    ban protests from Monday": the ban begins then);
 *  - event.date.for-object: a past trigger, a "for" phrase after it (or ending it: "called for
 *    talks") and a time in it on the future side of the publication date ("called for talks next
 *    month", "pushed for elections in March"): a past act cannot happen then, what it asks for
 *    can. A past time stays the act's ("called for a ceasefire on Tuesday"), and so does a time
 *    in a clause that is no "for" phrase ("requested that interviews take place in April": the
 *    request is dated by what it asks for when nothing else dates it).
 */
function embeddedTime(doc: Document, t: Time, trigger: Span, tense: Tense, complements: readonly Span[]): string | null {
  // (a past day in the complement of a past act is its occasion too: "declined on Sunday to …", "refused to speak to reporters on Monday")
  if (complements.some((c) => c.start <= t.start && t.end <= c.end) && !(tense === 'past' && PAST_DAY.test(t.value) && !wrongSide(doc, t, 'past'))) {
    return 'event.date.complement';
  }
  if (t.start < trigger.end) return null;
  if (tense !== 'future' && STATE_BOUNDARY.test(doc.text.slice(Math.max(trigger.end, t.start - 24), t.start))) return 'event.date.boundary';
  if (tense === 'past' && FOR_PHRASE.test(doc.text.slice(trigger.start, t.start)) && wrongSide(doc, t, 'past')) return 'event.date.for-object';
  return null;
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

/** The year, month and day a TIMEX3 value starts with ("2026-02" of "2026-02-05TNI", "2026" of "2026-W05"). */
const CALENDAR = /^\d{4}(?:-\d{2}){0,2}/;

/** Whether a calendar value lies on the wrong side of the publication date for the tense. */
function wrongSide(doc: Document, t: Time, tense: Tense): boolean {
  const calendar = CALENDAR.exec(t.value)?.[0];
  if (!tense || !doc.date || !calendar) return false;
  // compared at the calendar part's precision: "2026-02-05TNI" (tonight) is the publication day, "2026-W05" the year
  const day = doc.date.slice(0, calendar.length);
  return tense === 'past' ? calendar > day : calendar < day;
}

const PLACE_PREP = /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}$/iu;

/**
 * The place: a location named after "in"/"at" in the event's clause ("in Paris", "Authorities
 * in France"), else the first in the clause ("shelled Kharkiv"), else one in the sentence after
 * such a preposition; never the event's agent.
 */
export function locateEvent(doc: Document, s: Sentence, index: ActorIndex, clause?: Span, agents: ReadonlyArray<{ start: number; end: number }> = []): ActorRef | null {
  // a country that acts ("Germany offered teams") is the actor, not where it happens (a place that
  // is acted on, "shelled Kharkiv", is where it happens)
  const isAgent = (l: { start: number; end: number }) => agents.some((a) => a.start >= l.start && a.end <= l.end);
  const places = index.inside(s.start, s.end).filter((l) => l.actor.type === 'location' && l.named && !isAgent(l));
  const afterPrep = (l: { start: number }) => PLACE_PREP.test(doc.text.slice(Math.max(s.start, l.start - 40), l.start));
  const inClause = clause ? places.filter((l) => l.start >= clause.start && l.end <= clause.end) : [];
  // (a place with no "in"/"at" before it only locates the event of its own clause)
  const place = inClause.find(afterPrep) ?? inClause[0] ?? places.find(afterPrep) ?? (clause ? undefined : places[0]);
  return place ? { start: place.start, end: place.end, text: doc.text.slice(place.start, place.end), actor: place.actor.id } : null;
}
