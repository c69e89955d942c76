/**
 * Table tests for reporting periods in earnings stories: "the latest quarter" and "this
 * quarter's" name the quarter in view; "the quarter ended July 31" the calendar quarter of its
 * end date when none is in view; an unfinished quarter told in the present is no reporting
 * period. Sentences are invented.
 */
import { describe } from 'vitest';
import { timeTable } from '../helpers.js';

/** [text, publication date, expected times as [span text, value]] */
type Row = [text: string, date: string, expected: Array<[string, string]>];

/** One test per row (test/helpers.ts timeTable). */
const check = (rows: Row[]) => timeTable(rows, (t) => [t.text, t.value]);

describe('times rule: "the latest quarter", "this quarter\'s" name the quarter in view (times.quarter.reporting)', () => {
  check([
    ['The grocer posted a 12% drop in fourth-quarter profit. Sales in the latest period were $2 billion.', '2025-11-04', [['fourth-quarter', '2025-Q4'], ['the latest period', '2025-Q4']]],
    ['The toy maker lost $3 million in the third quarter. This quarter\'s loss includes a charge.', '2025-11-04', [['the third quarter', '2025-Q3'], ['This quarter', '2025-Q3']]],
    // no quarter in view: the last one by the calendar, and "this quarter" the current one
    ['Sales in the latest quarter were flat.', '2025-11-04', [['the latest quarter', '2025-Q3']]],
    ['Sales will rise this quarter.', '2025-11-04', [['this quarter', '2025-Q4']]],
    ['The toy maker lost $3 million in the third quarter. Sales will rise this quarter.', '2025-11-04', [['the third quarter', '2025-Q3'], ['this quarter', '2025-Q4']]],
  ]);
});

describe('times rule: "the quarter ended July 31" is the calendar quarter of its end date (times.quarter.ended)', () => {
  check([
    ['In the quarter ended July 31, the retailer had 5 million shares out.', '2025-10-30', [['the quarter', '2025-Q2'], ['July 31', '2025-07-31']]],
    ['Revenue in the quarter ended Sept. 30 rose 4%.', '2025-10-30', [['the quarter', '2025-Q3'], ['Sept. 30', '2025-09-30']]],
    ['Revenue in the quarter ending Jan. 31, 2026, fell.', '2026-03-02', [['the quarter', '2025-Q4'], ['Jan. 31, 2026', '2026-01-31']]],
    // a quarter the text already named (a fiscal one) is the one meant
    ['Net income for the fiscal first quarter rose. Sales in the quarter ended Sept. 30 were $9 million.', '2025-10-30', [['the fiscal first quarter', '2025-Q1'], ['the quarter', '2025-Q1'], ['Sept. 30', '2025-09-30']]],
    // a named quarter keeps its name
    ['Its fourth quarter ended June 30.', '2025-10-30', [['fourth quarter', '2025-Q4'], ['June 30', '2025-06-30']]],
  ]);
});

describe('times rule: an unfinished quarter told in the present or future is no reporting period', () => {
  check([
    // the present clause's fourth quarter does not replace the third as the period in view
    ['The insurer posted third-quarter profit of $1 billion. It has no estimate of the storm\'s impact on fourth-quarter results. In the latest quarter, its auto line lost $23 million.', '2025-10-30',
      [['third-quarter', '2025-Q3'], ['fourth-quarter', '2025-Q4'], ['the latest quarter', '2025-Q3']]],
    ['Analysts expect the slump to continue into the fourth quarter. The year-ago period was strong.', '2025-10-30', [['the fourth quarter', '2025-Q4'], ['The year-ago period', '2024-Q3']]],
    // told in the past, a fiscal fourth quarter is reported and in view
    ['The grocer reported a 12% decline in fourth-quarter earnings. The latest period included a charge.', '2025-11-04', [['fourth-quarter', '2025-Q4'], ['The latest period', '2025-Q4']]],
  ]);
});

describe('times rule: a figure of "last year" in a report on a quarter is that quarter a year back (times.shift.last-year-figure)', () => {
  check([
    ['The bank earned $40 million in the third quarter, compared with $33 million last year.', '2025-10-30', [['the third quarter', '2025-Q3'], ['last year', '2024-Q3']]],
    ['The grocer reported lower fourth-quarter profit. Sales were $1.7 billion, up from last year\'s $1.5 billion.', '2025-11-04', [['fourth-quarter', '2025-Q4'], ['last year', '2024-Q4']]],
    // no quarter in view, or no figure before it: last year
    ['Sales were $9 million, compared with $8 million last year.', '2025-10-30', [['last year', '2024']]],
    ['The bank earned $40 million in the third quarter. It opened ten branches last year.', '2025-10-30', [['the third quarter', '2025-Q3'], ['last year', '2024']]],
    // the report moved on to the whole year: the quarter is no longer in view
    ['The bank earned $40 million in the third quarter. For the year ended Aug. 31, it earned $2 million, down from $9 million last year.', '2025-10-30',
      [['the third quarter', '2025-Q3'], ['the year', 'P1Y'], ['Aug. 31', '2025-08-31'], ['last year', '2024']]],
  ]);
});

describe('times rule: "the quarter a year ago", "the corresponding period last year" are one time, the quarter in view a year back', () => {
  check([
    ['The firm lost $8 million in the third quarter, against a profit for the corresponding period last year.', '2025-11-01', [['the third quarter', '2025-Q3'], ['the corresponding period last year', '2024-Q3']]],
    ['The bank earned $50 million in the third quarter. For the quarter a year ago, it earned $1 million.', '2025-11-01', [['the third quarter', '2025-Q3'], ['the quarter a year ago', '2024-Q3']]],
    ['The mill lost money in the second quarter; sales in the same period a year earlier were higher.', '2025-08-01', [['the second quarter', '2025-Q2'], ['the same period a year earlier', '2024-Q2']]],
    // a named quarter keeps "a year ago" apart; "period" alone is no time
    ['Sales in the third quarter a year ago were weak.', '2025-11-01', [['the third quarter', '2025-Q3'], ['a year ago', '2024-Q3']]],
    ['The period a year ago was calm.', '2025-11-01', [['a year ago', '2024']]],
  ]);
});

describe('times rule: "the first two quarters of 1990" is a half year', () => {
  check([
    ['Losses will last through the first two quarters of 2026.', '2025-10-26', [['the first two quarters of 2026', '2026-H1']]],
    ['Profit rose in the final two quarters of 2024.', '2025-10-26', [['the final two quarters of 2024', '2024-H2']]],
    ['Sales fell in the first two quarters.', '2025-10-26', [['the first two quarters', '2025-H1']]],
    // "the last two quarters" with no year is the six months just past, not a half
    ['Profit rose in the last two quarters.', '2025-10-26', [['the last two quarters', 'P6M']]],
    ['Two quarters of the shares were sold.', '2025-10-26', []],
  ]);
});
