/** The story's dateline for the output: its spans, each linked to the actor it names. */
import type { Document } from '../document.js';
import type { Actor, ActorRef, DatelineInfo } from '../schema.js';

/** The first dateline of the document (the story's own), or null when it has none. */
export function datelineInfo(doc: Document, actors: readonly Actor[]): DatelineInfo | null {
  const d = doc.datelines[0];
  if (!d) return null;
  const byMention = new Map<number, string>();
  for (const actor of actors) for (const m of actor.mentions) byMention.set(m.start, actor.id);
  const ref = (s: { start: number; end: number }): ActorRef => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), actor: byMention.get(s.start) ?? null });
  return {
    start: d.start,
    end: d.end,
    text: doc.text.slice(d.start, d.end),
    places: d.places.map(ref),
    region: d.region && ref(d.region),
    agency: d.agency && ref(d.agency),
    date: d.date,
  };
}
