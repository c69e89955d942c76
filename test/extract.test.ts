import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract.js';
import { ResultSchema, type Actor, type Result } from '../src/schema.js';
import { allSpans, readFixture, REFERENCE } from './helpers.js';

const reference = extractDocument(readFixture(REFERENCE), { id: REFERENCE });
const names = (a: Actor | undefined) => (a ? [a.name, ...a.aliases] : []);
const actor = (r: Result, re: RegExp, type?: Actor['type']) => r.actors.find((a) => names(a).some((n) => re.test(n)) && (!type || a.type === type));
const actorOf = (r: Result, id: string | null | undefined) => r.actors.find((a) => a.id === id);
const X = /^(the )?(social media platform )?x( platform)?$|global government affairs/i;

describe('every fixture', () => {
  const cases: Array<[string, string | undefined]> = [
    [REFERENCE, undefined],
    ['no-date.txt', undefined],
    ['one-speaker.txt', undefined],
    ['wire-court.txt', undefined],
    ['wire-conflict.txt', '2024-05-13'],
    ['wire-politics.txt', undefined],
    ['wire-business.txt', undefined],
    ['wire-quake.txt', '2025-03-09'],
    ['wire-election.txt', '2025-09-29'],
    ['wire-health.txt', undefined],
    ['wire-sport.txt', '2024-12-14'],
    ['wire-crime.txt', '2025-11-12'],
    ['wire-diplomacy.txt', '2024-06-17'],
  ];
  it.each(cases)('%s: schema-valid, and every span is true to the input', (name, date) => {
    const text = readFixture(name);
    const result = extractDocument(text, { id: name, date: date ?? null });
    expect(() => ResultSchema.parse(result)).not.toThrow();
    const spans = allSpans(result);
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('every id a fact points to exists', () => {
    const ids = new Set([...reference.actors, ...reference.times, ...reference.quotes].map((x) => x.id));
    for (const q of reference.quotes) if (q.speaker?.actor) expect(ids).toContain(q.speaker.actor);
    for (const e of reference.events) {
      for (const ref of [...e.agents, ...e.targets, ...(e.location ? [e.location] : [])]) if (ref.actor) expect(ids).toContain(ref.actor);
      if (e.time) expect(ids).toContain(e.time);
    }
  });
});

describe('reference article: document', () => {
  it('reads the publication date from the header and starts the body after it', () => {
    expect(reference.document.date).toBe('2026-02-05');
    expect(reference.document.dateSource).toBe('header');
    expect(reference.times.some((t) => t.text.includes('2026-02-05'))).toBe(false);
  });
});

describe('reference article: actors', () => {
  it.each([
    [/paris (public )?prosecutor'?s'? office/i, 'organization'],
    [/^europol$/i, 'organization'],
    [/^x$/i, 'organization'],
    [/^elon musk$/i, 'person'],
    [/^linda yaccarino$/i, 'person'],
    [/^xai$/i, 'organization'],
    [/^france$/i, 'location'],
    [/^paris$/i, 'location'],
    [/^(the )?united states$/i, 'location'],
    [/^(the )?united kingdom$/i, 'location'],
  ] as const)('%s is a %s', (re, type) => {
    expect(actor(reference, re, type)).toBeDefined();
  });

  it('Musk is one person, named in full, with the surname as alias and the role owner of X', () => {
    const musks = reference.actors.filter((a) => a.type === 'person' && names(a).some((n) => /musk/i.test(n)));
    expect(musks).toHaveLength(1);
    expect(musks[0]!.name).toBe('Elon Musk');
    expect(musks[0]!.aliases).toContain('Musk');
    const owner = musks[0]!.roles.find((r) => r.role === 'owner');
    expect(owner).toBeDefined();
    expect(names(actorOf(reference, owner!.of))).toContain('X');
  });

  it('Yaccarino is the former chief executive of X', () => {
    const role = actor(reference, /^linda yaccarino$/i)!.roles.find((r) => /chief executive/.test(r.role));
    expect(role?.former).toBe(true);
    expect(actorOf(reference, role?.of)?.name).toBe('X');
  });

  it('the ICO carries its acronym and its full name as one actor', () => {
    const ico = actor(reference, /^ico$/i, 'organization');
    expect(ico).toBeDefined();
    expect(names(ico).some((n) => /^information commissioner's office$/i.test(n))).toBe(true);
  });

  it('no actor is a bare adjective or ends in punctuation', () => {
    for (const a of reference.actors) {
      expect(a.name).not.toMatch(/[.,;:!?"\u201c\u201d]$|^[.,;:]/);
      expect(a.name).not.toMatch(/^(french|british|american)$/i);
    }
  });
});

describe('reference article: times', () => {
  it.each([
    ['Tuesday', '2026-02-03', 'DATE'],
    ['April', '2026-04', 'DATE'],
    ['January 2025', '2025-01', 'DATE'],
  ])('%s = %s', (text, value, type) => {
    const time = reference.times.find((t) => t.text === text);
    expect(time).toMatchObject({ value, type });
  });

  it('gives each calendar time the interval it covers', () => {
    expect(reference.times.find((t) => t.text === 'April')?.interval).toEqual({ start: '2026-04-01', end: '2026-05-01' });
  });
});

describe('reference article: quotes', () => {
  it.each([
    ['should enable them to explain', /paris (public )?prosecutor'?s'? office/i],
    ['a range of suspected criminal offenses', /^europol$/i],
    ['abusive act of law enforcement theater', X],
    ['politicized criminal investigation', X],
    ['We are disappointed', X],
    ['This is a political attack', /^(elon )?musk$/i],
    ['constructive approach', /paris (public )?prosecutor'?s'? office/i],
  ])('"%s" is attributed to %s', (needle, speaker) => {
    const quote = reference.quotes.find((q) => q.text.includes(needle) && q.speaker && names(actorOf(reference, q.speaker.actor)).some((n) => speaker.test(n)));
    expect(quote).toBeDefined();
  });
});

describe('reference article: events', () => {
  const argIs = (args: Array<{ actor: string | null; text: string }>, re: RegExp) =>
    args.some((a) => names(actorOf(reference, a.actor)).some((n) => re.test(n)) || re.test(a.text));

  it('the raid: COERCE on 2026-02-03 against X', () => {
    expect(reference.events.some((e) => e.action === 'raid' && e.type === 'COERCE' && e.date === '2026-02-03' && argIs(e.targets, /^x$/i))).toBe(true);
  });
  it('the summons of Musk', () => {
    expect(reference.events.some((e) => /summon/.test(e.action) && argIs(e.targets, /musk/i))).toBe(true);
  });
  it('interviews requested for April with Musk and Yaccarino', () => {
    expect(reference.events.some((e) => e.type === 'REQUEST' && e.date?.startsWith('2026-04') && argIs(e.targets, /musk/i) && argIs(e.targets, /yaccarino/i))).toBe(true);
  });
  it('the ICO inquiries into X and xAI', () => {
    expect(reference.events.some((e) => e.type === 'ACCUSE' && argIs(e.agents, /^ico$/i) && argIs(e.targets, /^x$/i) && argIs(e.targets, /^xai$/i))).toBe(true);
  });
  it('the inquiry begun in January 2025', () => {
    expect(reference.events.some((e) => e.type === 'ACCUSE' && e.date === '2025-01')).toBe(true);
  });
  it('X rejects the claims', () => {
    expect(reference.events.some((e) => e.type === 'REJECT' && argIs(e.agents, X))).toBe(true);
  });
  it('no event has the same actor as agent and target', () => {
    for (const e of reference.events) {
      const agents = new Set(e.agents.map((a) => a.actor).filter(Boolean));
      for (const t of e.targets) if (t.actor) expect(agents.has(t.actor)).toBe(false);
    }
  });
  it('a compound target: the event as written lists both, a record per further member expands it', () => {
    const asWritten = reference.events.find((e) => e.type === 'REQUEST' && argIs(e.targets, /musk/i) && argIs(e.targets, /yaccarino/i))!;
    expect(asWritten.expands).toBeNull();
    const members = reference.events.filter((e) => e.expands === asWritten.id);
    expect(members.map((e) => e.targets.map((t) => actorOf(reference, t.actor)?.name))).toEqual([['Linda Yaccarino']]);
    expect(members.every((e) => e.trigger.start === asWritten.trigger.start && e.rule.endsWith('.member'))).toBe(true);
  });
  it('an expanding record always names an earlier event as written', () => {
    const ids = new Map(reference.events.map((e, i) => [e.id, i]));
    for (const [i, e] of reference.events.entries()) {
      if (e.expands === null) continue;
      expect(ids.get(e.expands)).toBeLessThan(i);
      expect(reference.events[ids.get(e.expands)!]!.expands).toBeNull();
    }
  });
  it('no event is a speech cue', () => {
    for (const e of reference.events) expect(['say', 'tell', 'add', 'state']).not.toContain(e.action);
  });
  it('summarizes the article by a lead event', () => {
    expect(reference.summary?.text.length).toBeGreaterThan(5);
    expect(reference.events.map((e) => e.id)).toContain(reference.summary?.event);
  });
});

describe('dates', () => {
  it('without a publication date, warns and leaves relative times unresolved', () => {
    const r = extractDocument(readFixture('no-date.txt'), { id: 'no-date' });
    expect(r.document.date).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('no-publication-date');
    const monday = r.times.find((t) => t.text === 'Monday');
    expect(monday?.value).toMatch(/^XXXX/);
  });

  it('a given date wins over the header', () => {
    const r = extractDocument(readFixture(REFERENCE), { date: '2026-02-12' });
    expect(r.document.dateSource).toBe('option');
    expect(r.times.find((t) => t.text === 'Tuesday')?.value).toBe('2026-02-10');
  });

  it('reads a "Date:" header with a month name', () => {
    const r = extractDocument(readFixture('one-speaker.txt'));
    expect(r.document.date).toBe('2025-03-03');
    expect(r.times.find((t) => t.text === 'Sunday')?.value).toBe('2025-03-02');
  });

  it('runs only the components asked for, and those they need', () => {
    const r = extractDocument(readFixture(REFERENCE), { only: ['times'] });
    expect(r.times.length).toBeGreaterThan(0);
    expect(r.actors).toEqual([]);
    const q = extractDocument(readFixture(REFERENCE), { only: ['quotes'] });
    expect(q.actors.length).toBeGreaterThan(0);
    expect(q.events).toEqual([]);
  });
});

describe('warnings', () => {
  it('an unbalanced quote mark becomes a warning and costs nothing else', () => {
    const text = 'Officials said the talks failed.\n\nThe minister said: "We will return.\n\nPolice arrested two men in Lyon on Friday.';
    const r = extractDocument(text, { date: '2026-02-05' });
    expect(r.warnings.map((w) => w.code)).toContain('unbalanced-quote');
    expect(r.times.map((t) => t.value)).toContain('2026-01-30');
    expect(r.events.some((e) => e.type === 'COERCE')).toBe(true);
  });
});
