import { describe, it, expect } from 'vitest';
import { GIVEN_NAMES, TITLE_HEADS } from '../../src/lexicon/people.js';
import { isGivenName, isTitleHead, isTitleModifier } from '../../src/extractors/actors/gazetteer.js';

describe('people lexicon', () => {
  it('lists capitalised given names without duplicates', () => {
    for (const n of GIVEN_NAMES) expect(n).toMatch(/^\p{Lu}/u);
    expect(new Set(GIVEN_NAMES).size).toBe(GIVEN_NAMES.length);
  });

  it.each(['Elon', 'Linda', 'Jean-Luc', 'Mohammed', 'Hiroshi', 'Olga'])('%s is a given name', (n) => expect(isGivenName(n)).toBe(true));
  it.each(['Will', 'May', 'Said', 'Such', 'Musk'])('%s is not listed as a given name', (n) => expect(isGivenName(n)).toBe(false));

  it.each(['President', 'Mr.', 'Dr', 'Prosecutor', 'CEO'])('%s is a title', (t) => expect(isTitleHead(t)).toBe(true));
  it.each(['Prime', 'Foreign', 'Deputy'])('%s modifies a title', (t) => expect(isTitleModifier(t)).toBe(true));
  it.each(['Musk', 'Paris'])('%s is no title', (t) => expect(isTitleHead(t)).toBe(false));
  it('keeps title heads lower-case', () => {
    for (const t of TITLE_HEADS) expect(t).toBe(t.toLowerCase());
  });
});
