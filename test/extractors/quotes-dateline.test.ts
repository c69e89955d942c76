import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract.js';

/** The content of the reported statement whose cue is `cue`. */
const contentOf = (text: string, cue: string) =>
  extractDocument(text, { date: '2025-03-09', only: ['quotes'] }).quotes.find((q) => q.cue?.text === cue)?.text;

describe('quotes: a dateline is no part of the first clause', () => {
  it.each([
    ['an em dash', 'KHARTOUM, Sudan (AP) \u2014 Fighters attacked a camp on Sunday, aid groups said.', 'Fighters attacked a camp on Sunday'],
    ['a hyphen between spaces, with a date', 'MALATYA, Turkey, March 9 (Reuters) - A strong earthquake struck the region early on Sunday, the agency said.', 'A strong earthquake struck the region early on Sunday'],
    ['an abbreviated month and an em dash', 'CHISINAU, Sept. 29 (AP) \u2014 The ruling party lost its majority in the vote, officials said.', 'The ruling party lost its majority in the vote'],
    ['no date', 'ANTWERP, Belgium (Reuters) - Police arrested three men on Wednesday, prosecutors said.', 'Police arrested three men on Wednesday'],
  ])('%s', (_name, text, content) => {
    expect(contentOf(text, 'said')).toBe(content);
  });

  it('a sentence with dashes is no dateline', () => {
    expect(contentOf('NATO drills - the largest in years - will start on Monday, officials said.', 'said')).toBe('NATO drills - the largest in years - will start on Monday');
  });
});
