import { describe, it, expect } from 'vitest';
import { summarize } from '../../src/resolve/summary.js';
import type { Actor, Event } from '../../src/schema.js';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });
const actor = (id: string, name: string): Actor => ({ id, name, type: 'organization', aliases: [], roles: [], country: null, mentions: [], references: [] });

function event(id: string, sentenceStart: number, over: Partial<Event> = {}): Event {
  return {
    id, action: 'raid', type: 'COERCE', mode: null, trigger: span(sentenceStart + 1, 'raided'), agents: [], targets: [],
    time: null, date: null, location: null, modality: 'asserted', negated: false, quote: null,
    sentence: span(sentenceStart, 'S'), rule: 'test', ...over,
  };
}

const ACTORS = [actor('a1', 'Police'), actor('a2', 'Acme Corp')];

describe('summarize', () => {
  it('is null without events', () => {
    expect(summarize({ actors: ACTORS, events: [] })).toBeNull();
  });

  it('picks the early event that says most: who, what, whom, when', () => {
    const lead = event('e2', 0, { agents: [{ ...span(0, 'Police'), actor: 'a1' }], targets: [{ ...span(20, 'the offices of Acme Corp'), actor: 'a2' }], date: '2026-02-03' });
    const bare = event('e1', 0, { action: 'probe', type: 'ACCUSE' });
    const late = event('e3', 900, { agents: [{ ...span(900, 'Police'), actor: 'a1' }], targets: [{ ...span(920, 'Acme Corp'), actor: 'a2' }], date: '2026-02-04' });
    const s = summarize({ actors: ACTORS, events: [bare, lead, late, event('e4', 300), event('e5', 600)] })!;
    expect(s.event).toBe('e2');
    expect(s.who).toEqual(['Police']);
    expect(s.whom).toEqual(['the offices of Acme Corp']);
    expect(s.when).toBe('2026-02-03');
    expect(s.text).toBe('Police raid (COERCE) the offices of Acme Corp on 2026-02-03');
  });

  it('prefers an event stated as fact over a negated one', () => {
    const negated = event('e1', 0, { negated: true, agents: [{ ...span(0, 'Police'), actor: 'a1' }] });
    const plain = event('e2', 0, { agents: [{ ...span(0, 'Police'), actor: 'a1' }] });
    expect(summarize({ actors: ACTORS, events: [negated, plain] })!.event).toBe('e2');
  });
});
