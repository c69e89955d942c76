/** An event's time and place, from its sentence. */
import type { Document, Sentence } from '../document.js';
import type { ActorRef, Span, Time } from '../schema.js';
import type { ActorIndex } from './actor-index.js';

/**
 * The time that dates an event: a calendar time in the same sentence, the nearest to the
 * trigger (a time after the trigger in its own clause counts closer than one across a comma).
 */
export function dateEvent(doc: Document, s: Sentence, trigger: Span, times: readonly Time[]): Time | null {
  const candidates = times.filter((t) => t.start >= s.start && t.end <= s.end && (t.type === 'DATE' || t.type === 'TIME'));
  let best: { t: Time; cost: number } | null = null;
  for (const t of candidates) {
    const between = t.start >= trigger.end ? doc.text.slice(trigger.end, t.start) : doc.text.slice(t.end, trigger.start);
    const cost = between.length + (/[,;]/.test(between) ? 200 : 0);
    if (!best || cost < best.cost) best = { t, cost };
  }
  return best?.t ?? null;
}

/** The place: a location named after "in"/"at" in the sentence, else one inside it. */
export function locateEvent(doc: Document, s: Sentence, index: ActorIndex): ActorRef | null {
  const places = index.inside(s.start, s.end).filter((l) => l.actor.type === 'location' && l.named);
  const after = places.find((l) => /\b(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(s.start, l.start - 9), l.start)));
  const place = after ?? places[0];
  return place ? { start: place.start, end: place.end, text: doc.text.slice(place.start, place.end), actor: place.actor.id } : null;
}
