/**
 * Table tests for the times rules added after the first release, one describe per rule:
 * each table has sentences the rule must mark (with span, type and value) and sentences it
 * must leave alone. Sentences are invented.
 */
import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractTimes } from '../../src/extractors/times.js';

/** [text, publication date, expected times as [span text, type, value, mod?]] */
type Row = [text: string, date: string | null, expected: Array<[string, string, string, string?]>];

function check(rows: Row[]) {
  for (const [text, date, expected] of rows) {
    it(`${text} (${date ?? 'no date'})`, () => {
      const got = extractTimes(createDocument({ id: 't', source: 't', text, date })).map((t) => [t.text, t.type, t.value, ...(t.mod ? [t.mod] : [])]);
      expect(got).toEqual(expected);
    });
  }
}

describe('times rule: the reporting year and week after "the"', () => {
  check([
    ['Sales for the year rose 4% to $2 billion.', '2026-02-05', [['the year', 'DATE', '2026']]],
    ['The brewer expects a loss for the full year.', '2026-02-05', [['the full year', 'DATE', '2026']]],
    ['Earnings will improve throughout the fiscal year.', '2026-02-05', [['the fiscal year', 'DATE', '2026']]],
    ['Revenue in the year ended June 30 was flat.', '2026-02-05', [['the year', 'DURATION', 'P1Y'], ['June 30', 'DATE', '2025-06-30']]],
    ['In its fiscal year ending in March, profit fell.', '2026-02-05', [['its fiscal year', 'DURATION', 'P1Y'], ['March', 'DATE', '2026-03']]],
    ['Shares closed Friday at $12. For the week, they lost 3%.', '2026-02-05', [['Friday', 'DATE', '2026-01-30'], ['the week', 'DATE', '2026-W05']]],
    // negatives: titles, other units, the week a date already names, "the year before"
    ['She was named player of the year.', '2026-02-05', []],
    ['He called it the word of the year.', '2026-02-05', []],
    ['The day belonged to the winners.', '2026-02-05', []],
    ['The month was cold.', '2026-02-05', []],
    ['Sales fell from the year before.', '2026-02-05', []],
    ['A hearing is set for the week of March 6.', '2026-02-05', [['March 6', 'DATE', '2026-03-06']]],
    ['Those years were hard and these weeks are too.', '2026-02-05', []],
  ]);
});

describe('times rule: stretches around an event ("the weeks before", "over the years", "the days ahead")', () => {
  check([
    ['The car was seen near the house in the weeks before the fire on May 3, 2024.', '2026-02-05', [['the weeks', 'DATE', '2026-02'], ['May 3, 2024', 'DATE', '2024-05-03']]],
    ['The fire broke out on May 3, 2024. In the days after, crews searched the site.', '2026-02-05', [['May 3, 2024', 'DATE', '2024-05-03'], ['the days', 'DATE', '2024-05']]],
    ['Over the years the town has grown.', '2026-02-05', [['the years', 'DURATION', 'PXY']]],
    ['In the years that followed, the rebels fought on.', '2026-02-05', [['the years', 'DURATION', 'PXY']]],
    ['Funds may sell bonds in the weeks ahead.', '2026-02-05', [['the weeks ahead', 'DURATION', 'PXW']]],
    ['Prices will swing in the months to come.', '2026-02-05', [['the months to come', 'DURATION', 'PXM']]],
    // negatives: a plural unit after "the" that names no stretch
    ['The years of war left scars.', '2026-02-05', []],
    ['She counted the days in her diary.', '2026-02-05', []],
    ['The weeks are long.', '2026-02-05', []],
  ]);
});
