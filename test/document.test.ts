import { describe, it, expect } from 'vitest';
import { createDocument, readDateHeader, sentenceAt } from '../src/document.js';

const datelineDate = (text: string) => {
  const doc = createDocument({ id: 't', source: 't', text });
  return doc.dateSource === 'dateline' ? doc.date : null;
};

describe('readDateHeader: a publication date at the very start', () => {
  it.each<[string, string, string]>([
    ['a lower-case label run straight into the text', ' date 2026-02-05French prosecutors raided the offices.', '2026-02-05'],
    ['an ISO date on its own line', '2026-02-05\nThe text begins here.', '2026-02-05'],
    ['an ISO timestamp', '2026-02-05T09:30:00Z The text begins here.', '2026-02-05'],
    ['a labelled month-first date', 'Date: May 3, 2024\nThe text.', '2024-05-03'],
    ['a labelled abbreviated month', 'Published: Sept. 14, 2023\nThe text.', '2023-09-14'],
    ['a labelled day-first date', 'Updated: 14 Feb 2025\nThe text.', '2025-02-14'],
    ['a month-first date alone on the first line', 'Oct. 3, 2023\n\nTOKYO (Wire) - The text begins.', '2023-10-03'],
    ['a day-first date alone on the first line', '3 October 2023  \r\nThe text begins.', '2023-10-03'],
  ])('%s', (_name, text, date) => expect(readDateHeader(text)?.date).toBe(date));

  it.each<[string, string]>([
    ['no date at all', 'French prosecutors raided the offices on Tuesday.'],
    ['an unlabelled month-first date is the text, not a header', 'May 3, 2024 was a Friday.'],
    ['an unlabelled day-first date running into a sentence', '3 October 2023 saw the first snow.'],
    ['an ISO date glued to a word without a label', '2026-02-05French prosecutors raided the offices.'],
    ['an impossible day', 'Date: 2026-02-30\nThe text.'],
    ['a word that only begins like a month', 'Date: Marching 3, 2024\nThe text.'],
  ])('%s', (_name, text) => expect(readDateHeader(text)).toBeNull());

  it('start the body after the header and its blank space', () => {
    const text = ' date 2026-02-05 \n\nThe body.';
    expect(readDateHeader(text)?.end).toBe(text.indexOf('The body.'));
  });
});

describe('the date of a dateline that carries the full date', () => {
  it.each([
    ['after a headline', 'Measles cases rise\n\nGENEVA, April 24, 2025 (AFP) - Cases rose.', '2025-04-24'],
    ['a region and an abbreviated month', 'KYIV, Ukraine, Jan. 5, 2025 (Reuters) - Drones hit the city.', '2025-01-05'],
    ['day first, an em dash', 'Paris, 3 March 2024 \u2014 The minister resigned.', '2024-03-03'],
    ['two-word place, agency', 'NEW YORK, Sept. 29, 2025 (AP) \u2014 Stocks fell.', '2025-09-29'],
  ])('%s', (_name, text, date) => expect(datelineDate(text)).toBe(date));

  it.each([
    ['no year: no date', 'MALATYA, Turkey, March 9 (Reuters) - A quake struck.'],
    ['a sentence, not a dateline', 'The meeting in Geneva, April 24, 2025 - was late.'],
    ['an impossible day', 'LONDON, May 32, 2024 (Reuters) - Shares fell.'],
    ['no dash after the date', 'GENEVA, April 24, 2025 was a Thursday.'],
    ['past the first lines', 'a\nb\nc\nd\ne\nf\nGENEVA, April 24, 2025 (AFP) - Late.'],
  ])('%s', (_name, text) => expect(datelineDate(text)).toBeNull());

  it('dates the document only when no header or outside date does', () => {
    const text = 'GENEVA, April 24, 2025 (AFP) - Cases rose on Thursday.';
    expect(createDocument({ id: 't', source: 't', text })).toMatchObject({ date: '2025-04-24', dateSource: 'dateline', bodyStart: 0 });
    expect(createDocument({ id: 't', source: 't', text, date: '2025-04-25' })).toMatchObject({ date: '2025-04-25', dateSource: 'option' });
    expect(createDocument({ id: 't', source: 't', text: ` date 2025-04-26 ${text}` })).toMatchObject({ date: '2025-04-26', dateSource: 'header' });
  });
});

describe('createDocument', () => {
  const text = ' date 2026-02-05Police raided the office. "We will appeal," the firm said.\n\nA second paragraph follows.';
  const doc = createDocument({ id: 't', source: 't', text });

  it('take the header date unless one is given from outside', () => {
    expect([doc.date, doc.dateSource]).toEqual(['2026-02-05', 'header']);
    const given = createDocument({ id: 't', source: 't', text, date: '2025-01-01' });
    expect([given.date, given.dateSource]).toEqual(['2025-01-01', 'option']);
  });

  it('give every sentence and token offsets that slice back to its text', () => {
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'Police raided the office.',
      '"We will appeal," the firm said.',
      'A second paragraph follows.',
    ]);
    expect(doc.paragraphs).toHaveLength(2);
  });

  it('pair quote marks once for every component', () => {
    expect(doc.quoteMarks.marked.map((m) => text.slice(m.start, m.end))).toEqual(['We will appeal,']);
  });

  it('find the sentence at an offset, and none outside the text', () => {
    expect(sentenceAt(doc, text.indexOf('firm'))?.index).toBe(1);
    expect(sentenceAt(doc, text.length + 5)).toBeUndefined();
  });
});
