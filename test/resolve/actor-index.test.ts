import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { ActorIndex, conjuncts } from '../../src/resolve/actor-index.js';
import type { Actor, Mention } from '../../src/schema.js';

const TEXT = "Musk and the former chief executive of X, Linda Yaccarino, met the Paris offices of X and Musk's AI company xAI. Hungarian and Romanian officials agreed.";
const doc = createDocument({ id: 't', source: 't', text: TEXT });

/** An actor with a mention at each occurrence of each of `names` (references by kind when given). */
function actor(id: string, name: string, type: Actor['type'], names: string[], refs: Array<[string, Mention['kind']]> = []): Actor {
  const at = (needle: string, kind: Mention['kind']): Mention[] => {
    const out: Mention[] = [];
    for (let i = TEXT.indexOf(needle); i >= 0; i = TEXT.indexOf(needle, i + 1)) {
      const before = TEXT[i - 1] ?? ' ';
      const after = TEXT[i + needle.length] ?? ' ';
      if (/\w/.test(before) || /\w/.test(after)) continue;
      out.push({ start: i, end: i + needle.length, text: needle, kind, rule: 'test' });
    }
    return out;
  };
  return {
    id, name, type, aliases: [], roles: [], country: null,
    mentions: names.flatMap((n) => at(n, 'name')),
    references: refs.flatMap(([n, k]) => at(n, k)),
  };
}

const ACTORS: Actor[] = [
  actor('musk', 'Elon Musk', 'person', ['Musk']),
  actor('x', 'X', 'organization', ['X']),
  actor('ly', 'Linda Yaccarino', 'person', ['Linda Yaccarino']),
  actor('paris', 'Paris', 'location', ['Paris']),
  actor('xai', 'xAI', 'organization', ['xAI']),
  actor('hu', 'Hungary', 'location', [], [['Hungarian', 'demonym']]),
  actor('ro', 'Romania', 'location', [], [['Romanian', 'demonym']]),
];
const index = new ActorIndex(ACTORS);
const spanOf = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
};

describe('ActorIndex.argumentsIn', () => {
  it.each([
    ['Musk and the former chief executive of X, Linda Yaccarino', ['musk', 'ly']],
    ['the Paris offices of X', ['x']],
    ["X and Musk's AI company xAI", ['x', 'xai']],
    ['Hungarian and Romanian officials', ['hu', 'ro']],
  ])('"%s" names %j', (phrase, ids) => {
    expect(index.argumentsIn(doc, spanOf(phrase)).map((a) => a.actor)).toEqual(ids);
  });

  it('keeps an unresolved short phrase with a null actor, and every span matches the text', () => {
    const refs = index.argumentsIn(doc, spanOf('officials agreed'));
    expect(refs).toHaveLength(1);
    expect(refs[0]!.actor).toBeNull();
    for (const r of index.argumentsIn(doc, spanOf('Musk and the former chief executive of X, Linda Yaccarino')))
      expect(TEXT.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('conjuncts', () => {
  it.each([
    ['Musk and the former chief executive of X, Linda Yaccarino', ['Musk', 'the former chief executive of X, Linda Yaccarino']],
    ["X and Musk's AI company xAI", ['X', "Musk's AI company xAI"]],
    ['the Paris offices of X', ['the Paris offices of X']],
  ])('%s', (phrase, parts) => {
    expect(conjuncts(doc, spanOf(phrase)).map((p) => p.text)).toEqual(parts);
  });

  it.each([
    ['the mayor of Lyon, Ann Lee and Tom Hart', ['the mayor of Lyon, Ann Lee', 'Tom Hart']],
    // a comma before the preposition is still a list's
    ['Lyon, the capital of the region and Nice', ['Lyon', 'the capital of the region', 'Nice']],
    ['Lyon, Paris and the mayor of Nice', ['Lyon', 'Paris', 'the mayor of Nice']],
  ])('commas after of/in/at are an apposition\'s: %s', (text, parts) => {
    const d = createDocument({ id: 'a', source: 'a', text });
    expect(conjuncts(d, { start: 0, end: text.length, text }).map((p) => p.text)).toEqual(parts);
  });

  it('splits a list "A, B and C" but not an apposition', () => {
    const d = createDocument({ id: 'l', source: 'l', text: 'France, Germany and Italy' });
    expect(conjuncts(d, { start: 0, end: 25, text: d.text }).map((p) => p.text)).toEqual(['France', 'Germany', 'Italy']);
  });
});

describe('ActorIndex.inside', () => {
  it('returns the mentions and references inside a range, in text order', () => {
    const sp = spanOf('Hungarian and Romanian officials');
    expect(index.inside(sp.start, sp.end).map((l) => l.actor.id)).toEqual(['hu', 'ro']);
    expect(index.inside(0, 0)).toEqual([]);
  });
});
