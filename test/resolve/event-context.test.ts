import { describe, expect, it } from 'vitest';
import { containing, within } from '../../src/resolve/event-context.js';

const facts = [
  { id: 'a', start: 0, end: 10 },
  { id: 'b', start: 2, end: 4 },
  { id: 'c', start: 12, end: 20 },
  { id: 'd', start: 25, end: 40 },
];

describe('within', () => {
  it.each([
    [0, 11, ['a', 'b']],
    [1, 30, ['b', 'c']],
    [12, 20, ['c']],
    [21, 24, []],
    [0, 100, ['a', 'b', 'c', 'd']],
  ])('[%i, %i) holds %j', (start, end, ids) => {
    expect(within(facts, start, end).map((f) => f.id)).toEqual(ids);
  });
});

describe('containing', () => {
  it.each([
    [{ start: 3, end: 4 }, 'a'],
    [{ start: 13, end: 15 }, 'c'],
    [{ start: 9, end: 13 }, undefined],
    [{ start: 41, end: 42 }, undefined],
  ])('%j is inside %s', (span, id) => {
    expect(containing(facts, span)?.id).toBe(id);
  });
});
