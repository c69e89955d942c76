import { describe, expect, it } from 'vitest';
import { lookupDemonym, lookupPlace, nameKey } from '../../src/extractors/actors/gazetteer.js';

describe('nameKey: one key for the ways a name is written', () => {
  it.each([
    ['Bank of England', 'bank of england'],
    ['The Hague', 'hague'],
    ['the', 'the'],
    ['Theodore', 'theodore'],
    ['U.S.', 'us'],
    ['Guinea-Bissau', 'guinea bissau'],
    ['Guinea - Bissau', 'guinea bissau'],
    ['  New   York ', 'new york'],
    ['New\nYork', 'new york'],
    ['New\u00a0York', 'new york'],
    ['C\u00f4te d\u2019Ivoire', "c\u00f4te d'ivoire"],
    ['O`Neill', "o'neill"],
    ["Lloyd's", "lloyd's"],
    ['SK On', 'sk on'],
    ['', ''],
  ])('%j → %j', (text, key) => {
    expect(nameKey(text)).toBe(key);
  });

  it('finds a place however its name is spaced or stopped', () => {
    expect(lookupPlace('U.S.')?.name).toBe('United States');
    expect(lookupPlace('THE NETHERLANDS')?.kind).toBe('country');
    expect(lookupDemonym('Kenyans')?.country).toBe('Kenya');
    expect(lookupPlace('Kenyan')).toBeUndefined();
  });
});
