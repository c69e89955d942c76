import { describe, expect, it } from 'vitest';
import { DESCRIPTION_HEADS, HEAD_NAME_WORDS, NAMED_ONLY_HEADS, NAME_WORD_KINDS, type OrgKind } from '../../src/lexicon/descriptions.js';

describe('description lexicon', () => {
  it.each<[string, OrgKind, boolean]>([
    ['carmaker', 'company', true],
    ['carmaker', 'civil', false],
    ['group', 'armed', true],
    ['group', 'civil', true],
    ['group', 'international', false],
    ['ministry', 'government', true],
    ['ministry', 'company', false],
    ['militia', 'armed', true],
  ])('"the %s" can name a %s organization: %s', (head, kind, expected) => {
    expect(DESCRIPTION_HEADS.get(head)?.includes(kind) ?? false).toBe(expected);
  });

  it.each<[string, OrgKind]>([
    ['network', 'civil'],
    ['forces', 'armed'],
    ['ministry', 'government'],
    ['nations', 'international'],
  ])('a name ending in "%s" can be %s', (word, kind) => {
    expect(NAME_WORD_KINDS.get(word)).toContain(kind);
  });

  it('every head confirmed by name words, and every named-only head, is a description head', () => {
    expect([...HEAD_NAME_WORDS.keys(), ...NAMED_ONLY_HEADS].filter((h) => !DESCRIPTION_HEADS.has(h))).toEqual([]);
  });
});
