import { describe, expect, it } from 'vitest';
import {
  ABILITY_MODALS, FUTURE_MODALS, MODALS, NONRESTRICTIVE_RELATIVES, OBJECT_RELATIVES, OBLIGATION_MODALS, POSSIBILITY_MODALS,
  RELATIVE_PRONOUNS, SUBORDINATORS,
} from '../../src/lexicon/function-words.js';

describe('function words', () => {
  it.each([
    ['which', true], ['who', true], ['whom', true], ['whose', true], ['that', false], ['what', false],
  ])('%s opens a clause set off by commas: %s', (w, yes) => {
    expect(NONRESTRICTIVE_RELATIVES.includes(w)).toBe(yes);
  });

  it('every narrower relative list lies inside the relative pronouns', () => {
    for (const w of [...NONRESTRICTIVE_RELATIVES, ...OBJECT_RELATIVES]) expect(RELATIVE_PRONOUNS).toContain(w);
    expect(OBJECT_RELATIVES).not.toContain('who');
  });

  it('the modal classes partition the modals, and none is a relative or subordinator', () => {
    const classes = [FUTURE_MODALS, POSSIBILITY_MODALS, ABILITY_MODALS, OBLIGATION_MODALS].flat();
    expect(new Set(classes).size).toBe(classes.length);
    expect([...classes].sort()).toEqual([...MODALS].sort());
    for (const w of MODALS) {
      expect(RELATIVE_PRONOUNS).not.toContain(w);
      expect(SUBORDINATORS).not.toContain(w);
    }
  });

  it.each([['can', false], ['could', true], ['might', true], ['will', false]])('%s is a modal of possibility: %s', (w, yes) => {
    expect(POSSIBILITY_MODALS.includes(w)).toBe(yes);
  });

  it.each([['must', true], ['should', true], ['would', false], ['may', false]])('%s is a modal of obligation: %s', (w, yes) => {
    expect(OBLIGATION_MODALS.includes(w)).toBe(yes);
  });

  it('lists are lower-case single words', () => {
    for (const w of [...RELATIVE_PRONOUNS, ...MODALS, ...SUBORDINATORS]) expect(w).toMatch(/^'?[a-z]+$/);
  });
});
