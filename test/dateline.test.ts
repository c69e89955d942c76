import { describe, expect, it } from 'vitest';
import { readDateline, type Dateline } from '../src/dateline.js';
import { createDocument, withDateline } from '../src/document.js';

/** The dateline at the start of `line`, its parts as text. */
function read(line: string) {
  const d = readDateline(line, 0, line.length);
  if (!d) return null;
  const text = (s: { start: number; end: number } | null) => (s ? line.slice(s.start, s.end) : null);
  return {
    dateline: line.slice(d.start, d.end),
    places: d.places.map(text),
    region: text(d.region),
    agency: text(d.agency),
    date: d.date,
    evidence: d.evidence,
    body: line.slice(d.bodyStart),
  };
}

describe('readDateline: where a story was filed', () => {
  it.each<[string, string, Partial<ReturnType<typeof read> & object>]>([
    ['an agency and a dash', 'PARIS (Reuters) - Prosecutors raided the offices.', { dateline: 'PARIS (Reuters)', places: ['PARIS'], agency: 'Reuters', evidence: 'agency', body: 'Prosecutors raided the offices.' }],
    ['an ISO date on its own line', 'LONDON 1996-08-30', { places: ['LONDON'], date: '1996-08-30', evidence: 'date', body: '' }],
    ['a region and an em dash', 'KHARTOUM, Sudan (AP) \u2014 Fighters attacked a camp.', { places: ['KHARTOUM'], region: 'Sudan', agency: 'AP', body: 'Fighters attacked a camp.' }],
    ['a full month without a year', 'MALATYA, Turkey, March 9 (Reuters) - A quake struck.', { places: ['MALATYA'], region: 'Turkey', date: null, evidence: 'date', body: 'A quake struck.' }],
    ['two places', 'BEIJING/MANILA, June 17 (Reuters) - Ships collided.', { places: ['BEIJING', 'MANILA'], agency: 'Reuters' }],
    ['the full date', 'NEW YORK, Sept. 29, 2025 (AP) \u2014 Stocks fell.', { places: ['NEW YORK'], date: '2025-09-29' }],
    ['a place as written, with the full date', 'Paris, 3 March 2024 \u2014 The minister resigned.', { places: ['Paris'], date: '2024-03-03', body: 'The minister resigned.' }],
    ['an underscore for a dash (older wire copy)', 'MOSCOW (AP)_ The mayor spoke.', { agency: 'AP', body: 'The mayor spoke.' }],
    ['a double hyphen', 'WASHINGTON, Nov. 2 (UPI) -- The Senate voted.', { agency: 'UPI', body: 'The Senate voted.' }],
    ['a known place and a dash alone', 'LONDON - Shares fell.', { places: ['LONDON'], evidence: 'dash', body: 'Shares fell.' }],
  ])('%s', (_name, line, expected) => expect(read(line)).toMatchObject(expected));

  it.each([
    ['a sentence', 'The meeting in Geneva, April 24, 2025 - was late.'],
    ["a headline's topic before a dash", 'CRICKET - LEICESTERSHIRE TAKE OVER AT TOP'],
    ['a capitalised heading that is no place', 'CONGRESS HAS INVESTIGATED HIM \u2014 The doctor was asked to testify.'],
    ['a label with a colon', 'BREAKING: Shares fell.'],
    ['a place as written without a year', 'Paris, March 3 \u2014 The minister resigned.'],
    ['a hyphenated word, no dash', 'LONDON-based lenders cut rates.'],
    ['one capital letter', 'A - the first letter.'],
  ])('not %s', (_name, line) => expect(read(line)).toBeNull());
});

describe('the Document reads datelines once', () => {
  const text = 'Quake hits Turkey\n\nMALATYA, Turkey, March 9 (Reuters) - A quake struck eastern Turkey on Sunday, officials said.';
  const doc = createDocument({ id: 't', source: 't', text, date: '2025-03-09' });

  it('at the start of a line, and the story starts a sentence after its dash', () => {
    expect(doc.datelines.map((d: Dateline) => text.slice(d.start, d.end))).toEqual(['MALATYA, Turkey, March 9 (Reuters)']);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Quake hits Turkey',
      'MALATYA, Turkey, March 9 (Reuters) -',
      'A quake struck eastern Turkey on Sunday, officials said.',
    ]);
  });

  it('the lead sentence, widened, takes its dateline in; other sentences stay as they are', () => {
    const [title, dateline, lead] = doc.sentences;
    expect(withDateline(doc, lead!).start).toBe(text.indexOf('MALATYA'));
    expect(withDateline(doc, title!)).toBe(title);
    expect(withDateline(doc, dateline!)).toBe(dateline);
  });

  it('not in the middle of a line', () => {
    const inline = createDocument({ id: 't', source: 't', text: 'He said so. PARIS (Reuters) - Later.' });
    expect(inline.datelines).toEqual([]);
    expect(inline.sentences).toHaveLength(2);
  });

  it("a headline's capitals after a dash stay one sentence", () => {
    const head = createDocument({ id: 't', source: 't', text: 'LONDON - SHARES FALL AGAIN\n\nShares fell.' });
    expect(head.datelines).toHaveLength(1);
    expect(head.sentences.map((s) => head.text.slice(s.start, s.end))).toEqual(['LONDON - SHARES FALL AGAIN', 'Shares fell.']);
  });
});
