/** The lead event of an article as who/what/when/where, for people skimming an archive. */
import type { Actor, Event, Result } from '../schema.js';

export function summarize(facts: { actors: Actor[]; events: Event[] }): Result['summary'] {
  const lead = leadEvent(facts.events);
  if (!lead) return null;
  const names = new Map(facts.actors.map((a) => [a.id, a.name]));
  const nameOf = (ref: { actor: string | null; text: string }) => (ref.actor && names.get(ref.actor)) || ref.text;
  const who = lead.agents.map(nameOf);
  const whom = lead.targets.map(nameOf);
  const where = lead.location ? nameOf(lead.location) : null;
  const text = [
    who.length ? who.join(' and ') : 'someone',
    `${lead.action} (${lead.type})`,
    whom.length ? whom.join(' and ') : '',
    lead.date ? `on ${lead.date}` : '',
    where ? `in ${where}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { event: lead.id, who, what: lead.action, whom, when: lead.date, where, text };
}

/** The first asserted event with an agent or a target; news puts the lead event first. */
function leadEvent(events: Event[]): Event | undefined {
  const asserted = events.filter((e) => !e.negated && (e.agents.length > 0 || e.targets.length > 0));
  return asserted.find((e) => e.modality === 'asserted') ?? asserted[0] ?? events[0];
}
