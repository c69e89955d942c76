/** The lead event of an article as who/what/when/where, for people skimming an archive. */
import type { Actor, ActorRef, Event, Result } from '../schema.js';

/** News puts the lead event in its first sentences; later events compete only when the lead has none. */
const LEAD_SENTENCES = 3;
/** An argument phrase this short reads better than its actor's canonical name ("Authorities in France"). */
const MAX_PHRASE_WORDS = 6;

export function summarize(facts: { actors: Actor[]; events: Event[] }): Result['summary'] {
  const lead = leadEvent(facts.events);
  if (!lead) return null;
  const names = new Map(facts.actors.map((a) => [a.id, a.name]));
  const nameOf = (ref: ActorRef) => {
    const name = ref.actor ? names.get(ref.actor) : undefined;
    if (!name) return ref.text;
    return ref.text.split(/\s+/).length <= MAX_PHRASE_WORDS && ref.text.length > name.length ? ref.text : name;
  };
  const who = lead.agents.map(nameOf);
  const whom = lead.targets.map(nameOf);
  const where = lead.location ? (names.get(lead.location.actor ?? '') ?? lead.location.text) : null;
  const text = [
    who.length ? who.join(' and ') : 'someone',
    `${lead.negated ? 'did not ' : ''}${lead.action} (${lead.type}${lead.modality === 'asserted' || lead.modality === 'reported' ? '' : `, ${lead.modality}`})`,
    whom.length ? whom.join(' and ') : '',
    lead.date ? `on ${lead.date}` : '',
    where ? `in ${where}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { event: lead.id, who, what: lead.action, whom, when: lead.date, where, text };
}

/**
 * The lead: among the events of the first sentences, the one that says most (an actor on each
 * side, a date, a place), stated as fact and not negated; the earliest wins a tie.
 */
function leadEvent(events: readonly Event[]): Event | undefined {
  if (!events.length) return undefined;
  const sentences = [...new Set(events.map((e) => e.sentence.start))].sort((a, b) => a - b);
  const early = new Set(sentences.slice(0, LEAD_SENTENCES));
  let best: { e: Event; score: number } | undefined;
  for (const e of events) {
    const score =
      (early.has(e.sentence.start) ? 4 : 0) +
      (e.agents.some((a) => a.actor) ? 2 : e.agents.length ? 1 : 0) +
      (e.targets.some((a) => a.actor) ? 2 : e.targets.length ? 1 : 0) +
      (e.date ? 1 : 0) +
      (e.location ? 0.5 : 0) +
      (e.modality === 'asserted' || e.modality === 'reported' ? 1 : 0) -
      (e.negated ? 3 : 0);
    if (!best || score > best.score) best = { e, score };
  }
  return best?.e;
}
