import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractTimes } from '../../src/extractors/times.js';

/** [text, publication date, expected times as [span text, type, value, mod?]] */
type Row = [text: string, date: string | null, expected: Array<[string, string, string, string?]>];

function times(text: string, date: string | null) {
  return extractTimes(createDocument({ id: 't', source: 't', text, date }));
}

function check(rows: Row[]) {
  for (const [text, date, expected] of rows) {
    it(`${text} (${date ?? 'no date'})`, () => {
      const got = times(text, date).map((t) => [t.text, t.type, t.value, ...(t.mod ? [t.mod] : [])]);
      expect(got).toEqual(expected);
    });
  }
}

describe('times: calendar dates and weekdays', () => {
  check([
    ['The raid took place on Tuesday.', '2026-02-05', [['Tuesday', 'DATE', '2026-02-03']]],
    ['She will testify in April.', '2026-02-05', [['April', 'DATE', '2026-04']]],
    ['The inquiry was begun in January 2025.', '2026-02-05', [['January 2025', 'DATE', '2025-01']]],
    ['The talks ended Thursday.', '2026-02-05', [['Thursday', 'DATE', '2026-02-05']]],
    ['The talks will resume Friday.', '2026-02-05', [['Friday', 'DATE', '2026-02-06']]],
    ['He left last Friday.', '2026-02-05', [['last Friday', 'DATE', '2026-01-30']]],
    ['The vote was held Nov. 5, 1989.', '2026-02-05', [['Nov. 5, 1989', 'DATE', '1989-11-05']]],
    ['Prices rose in December.', '1998-02-05', [['December', 'DATE', '1997-12']]],
    ['The shop opens at 10:30 a.m.', '1998-02-05', [['10:30 a.m.', 'TIME', '1998-02-05T10:30']]],
    ['Police arrived at 10 p.m. Wednesday.', '1998-02-13', [['10 p.m. Wednesday', 'TIME', '1998-02-11T22:00']]],
    ['It happened Saturday night.', '1998-02-13', [['Saturday night', 'DATE', '1998-02-07TNI']]],
    ['Stores close on Christmas Day.', '1998-02-13', [['Christmas Day', 'DATE', '1998-12-25']]],
  ]);
});

describe('times: relative to the publication date', () => {
  check([
    ['He spoke yesterday and will speak tomorrow.', '1998-02-05', [['yesterday', 'DATE', '1998-02-04'], ['tomorrow', 'DATE', '1998-02-06']]],
    ['It rained this morning.', '1998-02-05', [['this morning', 'TIME', '1998-02-05TMO']]],
    ['Sales fell last week.', '1998-02-05', [['last week', 'DATE', '1998-W05']]],
    ['Sales fell last month and will rise next year.', '1998-02-05', [['last month', 'DATE', '1998-01'], ['next year', 'DATE', '1999']]],
    ['He arrived three days ago.', '1998-02-05', [['three days ago', 'DATE', '1998-02-02']]],
    ['He arrived about two years ago.', '1998-02-05', [['about two years ago', 'DATE', '1996', 'APPROX']]],
    ['It snowed last fall.', '1998-02-05', [['last fall', 'DATE', '1997-FA']]],
    ['They met over the weekend.', '1998-02-05', [['the weekend', 'DATE', '1998-W05-WE']]],
    ['Earlier this month the board met.', '1998-02-05', [['Earlier this month', 'DATE', '1998-02', 'START']]],
    ['Prices rose in mid-November.', '1998-02-05', [['mid-November', 'DATE', '1997-11', 'MID']]],
    ['The plant closes at the end of 1990.', '1989-10-05', [['the end of 1990', 'DATE', '1990', 'END']]],
    ['He left on Tuesday. Two days later he returned.', '1998-02-05', [['Tuesday', 'DATE', '1998-02-03'], ['Two days later', 'DATE', '1998-02-05']]],
  ]);
});

describe('times: years, decades, quarters, seasons', () => {
  check([
    ['The law was passed in 1990.', '1998-02-05', [['1990', 'DATE', '1990']]],
    ['Results for fiscal 1990 were flat.', '1998-02-05', [['fiscal 1990', 'DATE', '1990']]],
    ['Growth slowed in the late 1970s.', '1998-02-05', [['the late 1970s', 'DATE', '197', 'END']]],
    ['Third-quarter profit rose.', '1989-10-25', [['Third-quarter', 'DATE', '1989-Q3']]],
    ['Profit rose in the third quarter from $5 million a year ago.', '1989-10-25', [['the third quarter', 'DATE', '1989-Q3'], ['a year ago', 'DATE', '1988-Q3']]],
    ['Sales rose in the first half of 1990.', '1998-02-05', [['the first half of 1990', 'DATE', '1990-H1']]],
    ['He was born in the 20th century.', '1998-02-05', [['the 20th century', 'DATE', '19']]],
    ['The year two thousand is near; nineteen ninety-six was dull.', '1998-02-05', [['The year two thousand', 'DATE', '2000'], ['nineteen ninety-six', 'DATE', '1996']]],
    ['It will open this summer.', '1998-02-05', [['this summer', 'DATE', '1998-SU']]],
  ]);
});

describe('times: durations, sets and reference words', () => {
  check([
    ['Over the past two months prices rose.', '1998-02-05', [['the past two months', 'DURATION', 'P2M']]],
    ['He stayed about three weeks.', '1998-02-05', [['about three weeks', 'DURATION', 'P3W', 'APPROX']]],
    ['In the last twenty four hours prices fell.', '1998-02-05', [['the last twenty four hours', 'DURATION', 'PT24H']]],
    ['The two-year contract ends.', '1998-02-05', [['two-year', 'DURATION', 'P2Y']]],
    ['The talks lasted several months.', '1998-02-05', [['several months', 'DURATION', 'PXM']]],
    ['It took 2 1/2 years.', '1998-02-05', [['2 1/2 years', 'DURATION', 'P2Y6M']]],
    ['The war has gone on for years.', '1998-02-05', [['years', 'DURATION', 'PXY']]],
    ['It lasted more than four hours.', '1998-02-05', [['more than four hours', 'DURATION', 'PT4H', 'MORE_THAN']]],
    ['The paper is printed daily.', '1998-02-05', [['daily', 'SET', 'P1D']]],
    ['The club meets every Thursday.', '1998-02-05', [['every Thursday', 'SET', 'XXXX-WXX-4']]],
    ['Prices are now high and currently rising.', '1998-02-05', [['now', 'DATE', 'PRESENT_REF'], ['currently', 'DATE', 'PRESENT_REF']]],
    ['He recently left; in the future he may return.', '1998-02-05', [['recently', 'DATE', 'PAST_REF'], ['the future', 'DATE', 'FUTURE_REF']]],
  ]);
});

describe('times: without a publication date, relative values keep X', () => {
  check([
    ['The raid took place on Tuesday.', null, [['Tuesday', 'DATE', 'XXXX-WXX-2']]],
    ['Sales fell last week.', null, [['last week', 'DATE', 'XXXX-WXX']]],
    ['He spoke yesterday.', null, [['yesterday', 'DATE', 'XXXX-XX-XX']]],
    ['The law was passed in 1990.', null, [['1990', 'DATE', '1990']]],
  ]);
});

describe('times: what is not a time', () => {
  check([
    ['It may rain, and you may go.', '1998-02-05', []],
    ['Thousands will march on the capital.', '1998-02-05', []],
    ['He won 1996 votes and 2,000 people came.', '1998-02-05', []],
    ['Flight 1990 left at 1700 GMT.', '1998-02-05', []],
    ['The Good Friday Agreement holds.', '1998-02-05', []],
    ['Will Smith starred in the film.', '1998-02-05', []],
    ['About three-quarters of the shares were sold.', '1998-02-05', []],
    ['The stock rose 1/2 to 7/8 on the Sun.', '1998-02-05', []],
    ['Prices fall when demand falls.', '1998-02-05', []],
  ]);
});

describe('times: header and fields', () => {
  it('does not emit the date header and anchors to it', () => {
    const text = ' date 2026-02-05 \n\nThe raid took place on Tuesday.';
    const doc = createDocument({ id: 'h', source: 'h', text });
    const got = extractTimes(doc);
    expect(got.map((t) => [t.text, t.value])).toEqual([['Tuesday', '2026-02-03']]);
    expect(got[0]).toMatchObject({ id: 't1', granularity: 'day', interval: { start: '2026-02-03', end: '2026-02-04' }, anchored: true });
    expect(text.slice(got[0]!.start, got[0]!.end)).toBe('Tuesday');
  });

  it('gives intervals for months, weeks, quarters, seasons and decades', () => {
    const got = times('In April, last week, the third quarter, last summer and the 1990s.', '2026-02-05');
    expect(got.map((t) => [t.value, t.granularity, t.interval])).toEqual([
      ['2026-04', 'month', { start: '2026-04-01', end: '2026-05-01' }],
      ['2026-W05', 'week', { start: '2026-01-26', end: '2026-02-02' }],
      ['2025-Q3', 'quarter', { start: '2025-07-01', end: '2025-10-01' }],
      ['2025-SU', 'season', { start: '2025-06-01', end: '2025-09-01' }],
      ['199', 'decade', { start: '1990-01-01', end: '2000-01-01' }],
    ]);
  });
});

describe('times: "today" inside a quote is the day it was said', () => {
  check([
    [
      'Police raided the offices on Tuesday. The company said: "Today\'s raid was an attack."',
      '2026-02-05',
      [['Tuesday', 'DATE', '2026-02-03'], ['Today', 'DATE', '2026-02-03']],
    ],
    ['He left in 1990. "I am leaving today," he said.', '2026-02-05', [['1990', 'DATE', '1990'], ['today', 'DATE', '2026-02-05']]],
    ['Police raided the offices on Tuesday. Prices fell today.', '2026-02-05', [['Tuesday', 'DATE', '2026-02-03'], ['today', 'DATE', '2026-02-05']]],
  ]);
});

describe('times: this past / this coming, clock words', () => {
  check([
    ['They met this past weekend.', '2026-02-05', [['this past weekend', 'DATE', '2026-W05-WE']]],
    ['They will meet this coming week.', '2026-02-05', [['this coming week', 'DATE', '2026-W07']]],
    ['The deal closed around midnight.', '2026-02-05', [['around midnight', 'TIME', '2026-02-05T24:00', 'APPROX']]],
    ['The overnight rate rose.', '2026-02-05', []],
  ]);
});

describe('times: weekdays counted from the narrative, modifiers across "on"', () => {
  check([
    ['The vote was held on March 3, 1998. The previous Friday, protests erupted.', '2026-02-05', [['March 3, 1998', 'DATE', '1998-03-03'], ['The previous Friday', 'DATE', '1998-02-27']]],
    ['Police said late on Tuesday that it ended.', '2026-02-05', [['late on Tuesday', 'DATE', '2026-02-03', 'END']]],
  ]);
});

describe('times: approximations before dates', () => {
  check([
    ['The deal should close around Nov. 9, 2026.', '2026-02-05', [['around Nov. 9, 2026', 'DATE', '2026-11-09', 'APPROX']]],
    ["They sought to get around Wednesday's ruling.", '2026-02-05', [['Wednesday', 'DATE', '2026-02-04']]],
    ['We will meet this coming Sunday.', '2026-02-05', [['this coming Sunday', 'DATE', '2026-02-08']]],
  ]);
});

describe('times: business shorthand', () => {
  check([
    ['Revenue in Q3 2025 rose and 3Q25 fell.', '2026-02-05', [['Q3 2025', 'DATE', '2025-Q3'], ['3Q25', 'DATE', '2025-Q3']]],
    ['Sales rose in Q4.', '2026-02-05', [['Q4', 'DATE', '2025-Q4']]],
    ['Sales will rise in Q4.', '2026-02-05', [['Q4', 'DATE', '2026-Q4']]],
    ['H1 2026 looks weak and FY2025 was strong.', '2026-02-05', [['H1 2026', 'DATE', '2026-H1'], ['FY2025', 'DATE', '2025']]],
    ['The H2 molecule is small.', '2026-02-05', []],
  ]);
});

describe('times: years read aloud', () => {
  check([
    ['It began in January nineteen ninety-seven.', '2026-02-05', [['January nineteen ninety-seven', 'DATE', '1997-01']]],
    ['Twenty-five people came.', '2026-02-05', []],
  ]);
});
