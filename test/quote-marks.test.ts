import { describe, it, expect } from 'vitest';
import { createDocument } from '../src/document.js';
import { extractTimes } from '../src/extractors/times.js';
import { pairQuoteMarks } from '../src/quote-marks.js';

/** A lead paragraph keeps the test sentence out of the headline slot. */
const LEAD = 'Reporting by staff.\n\n';

function quoted(body: string): string[] {
  const text = LEAD + body;
  const doc = createDocument({ id: 't', source: 't', text });
  return doc.quoteMarks.marked.map((m) => text.slice(m.start, m.end));
}

describe('quote marks: pairs', () => {
  it.each<[string, string, string[]]>([
    ['straight marks by position', 'He said "yes" and "no" today.', ['yes', 'no']],
    ['curly double marks', 'She said \u201cnot now\u201d and left.', ['not now']],
    ['guillemets', 'Il a dit \u00abnon\u00bb hier.', ['non']],
    ['single curly marks', 'The sign read \u2018closed\u2019 all week.', ['closed']],
    ['doubled apostrophes as a double mark', "''We will see,'' he said.", ['We will see,']],
    ['a nested pair stays inside the outer one', '\u201cHe told me \u2018go\u2019 and I went,\u201d she said.', ['He told me \u2018go\u2019 and I went,']],
    ['each line on its own where single line breaks end paragraphs', `${'This paragraph is long enough that nobody would hard-wrap it at this length, so its line break ends it.'} \u201cAn opener left open,\n\u201cA quote of its own,\u201d she said.`, ['An opener left open,', 'A quote of its own,']],
    ['hard-wrapped lines in one block', 'He said \u201cthe first line\nwraps here\u201d today.', ['the first line\nwraps here']],
    ['a closing mark that starts a paragraph opens it', '\u201d\u2026 a calm and a polish,\u201d Lindqvist wrote.', ['\u2026 a calm and a polish,']],
    ['a quote running on to a paragraph that reopens it', '\u201cThe first part goes on.\n\n\u201cThe second part ends,\u201d he said.', ['The first part goes on.', 'The second part ends,']],
  ])('%s', (_name, body, expected) => expect(quoted(body)).toEqual(expected));
});

describe('quote marks: not pairs', () => {
  it.each<[string, string]>([
    ['apostrophes inside and after words', "Musk's company and the prosecutors' office don't agree."],
    ['a straight mark between spaces', 'The score was 5 " 3 at the break.'],
    ['marks inside leftover markup', '<tweet author="someone" lang="en">It rained.</tweet>'],
    ['an opener never closed in its paragraph', 'The plan \u201cnever closes here.\n\nThe next paragraph is plain.'],
  ])('%s', (_name, body) => expect(quoted(body)).toEqual([]));

  it('report an unclosed opener with a diagnostic at its place', () => {
    const text = LEAD + 'The plan \u201cnever closes here.\n\nThe next paragraph is plain.';
    const { diagnostics } = createDocument({ id: 't', source: 't', text }).quoteMarks;
    expect(diagnostics.map((d) => [d.code, d.span.start])).toEqual([['unbalanced-quote', text.indexOf('\u201c')]]);
  });
});

describe('quote marks: hostile input stays linear', () => {
  it.each<[string, string, number]>([
    ['a long run of unclosed tags', '<a "'.repeat(40_000), 1000],
    ['a long run of openers', '\u201c'.repeat(50_000) + ' end', 500],
  ])('%s', (_name, body, ms) => {
    const doc = createDocument({ id: 't', source: 't', text: LEAD + body });
    const t0 = performance.now();
    pairQuoteMarks(doc.text, doc.paragraphs);
    expect(performance.now() - t0).toBeLessThan(ms);
  });
});

describe('quote marks: times read them', () => {
  /** "today" inside a quote is the day the words were said, when the text named that day just before. */
  const todayIn = (body: string) => {
    const doc = createDocument({ id: 't', source: 't', text: `On Tuesday the minister spoke. ${body}`, date: '2026-02-05' });
    return extractTimes(doc).find((t) => t.text === 'Today')?.value;
  };
  it.each<[string, string, string]>([
    ['straight marks', '"Today we begin," he said.', '2026-02-03'],
    ['guillemets', '\u00abToday we begin\u00bb, he said.', '2026-02-03'],
    ['single curly marks', '\u2018Today we begin,\u2019 he said.', '2026-02-03'],
    ['doubled apostrophes', "''Today we begin,'' he said.", '2026-02-03'],
    ['no marks: the publication day', 'Today we begin, he said.', '2026-02-05'],
  ])('%s', (_name, body, value) => expect(todayIn(body)).toBe(value));
});

describe('quote marks: an apostrophe inside a word is no mark', () => {
  const timesIn = (text: string) => extractTimes(createDocument({ id: 't', source: 't', text, date: '2026-02-05' })).map((t) => t.text);
  it.each<[string, string, string[]]>([
    ['an Irish surname is no month', "Joan O'May said nothing.", []],
    ['a time word after an opening mark', "He said 'today' twice.", ['today']],
  ])('%s', (_name, text, expected) => expect(timesIn(text)).toEqual(expected));
});
