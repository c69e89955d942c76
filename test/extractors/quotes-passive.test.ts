import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract.js';

const quotesOf = (text: string) => extractDocument(text, { date: '2025-03-09', only: ['quotes'] }).quotes;

describe('quotes: a passive of perceiving reports a statement only before "that"', () => {
  it.each([
    'Tremors were felt as far away as Diyarbakir and Aleppo in neighbouring Syria.',
    'The missing ship was seen near the coast of Crete on Monday night.',
    'Gunfire was heard across the northern districts of the city for hours.',
  ])('%s → no quote', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('"it was felt that …" is reported', () => {
    expect(quotesOf('It was felt that the talks had failed and that the envoys should go home.').map((q) => q.cue?.text)).toEqual(['felt']);
  });
});
