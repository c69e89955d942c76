/**
 * Table tests for seasons without a year: "last"/"this"/"next" count from the current season; a
 * cue that looks ahead ("before", "ahead of") or a present or future clause names the coming
 * one; a past clause the latest one begun. Sentences are invented.
 */
import { describe } from 'vitest';
import { timeTable } from '../helpers.js';

/** [text, publication date, expected times as [span text, value, rule]] */
type Row = [text: string, date: string, expected: Array<[string, string, string]>];

/** One test per row (test/helpers.ts timeTable). */
const check = (rows: Row[]) => timeTable(rows, (t) => [t.text, t.value, t.rule]);

describe('times rule: a season after a cue that looks ahead is the coming one', () => {
  check([
    ['The airline said it added 20 routes before the summer travel season.', '2025-04-24', [['the summer', '2025-SU', 'times.season+times.season.ahead']]],
    ['The ministry said it stockpiled fuel ahead of the winter.', '2025-04-24', [['the winter', '2025-WI', 'times.season+times.season.ahead']]],
    ['Farmers said they stored grain until the spring.', '2025-11-10', [['the spring', '2026-SP', 'times.season+times.season.ahead']]],
    ['Crews finished the roof prior to the fall.', '2025-04-24', [['the fall', '2025-FA', 'times.season+times.season.ahead']]],
    // a present or future clause: the coming one
    ['Airlines are adding flights for the summer.', '2025-04-24', [['the summer', '2025-SU', 'times.season']]],
    ['The ministry expects the reservoir to fill in the spring.', '2025-11-10', [['the spring', '2026-SP', 'times.season']]],
    ['The resort will open in the summer.', '2025-04-24', [['the summer', '2025-SU', 'times.season']]],
    ['This summer the town expects crowds.', '2025-04-24', [['This summer', '2025-SU', 'times.season']]],
  ]);
});

describe('times rule: a season in a past clause, or after "last", stays past', () => {
  check([
    ['Prices rose last summer.', '2025-04-24', [['last summer', '2024-SU', 'times.season']]],
    ['During the summer, demand fell sharply.', '2025-04-24', [['the summer', '2024-SU', 'times.season']]],
    ['The company hired 300 workers in the winter.', '2025-04-24', [['the winter', '2024-WI', 'times.season']]],
    ['During the summer, demand fell sharply.', '2025-01-15', [['the summer', '2024-SU', 'times.season']]],
    // "last" and a year outrank a cue
    ['The town had prepared before last summer.', '2025-04-24', [['last summer', '2024-SU', 'times.season']]],
    ['Sales fell before the summer of 2019.', '2025-04-24', [['the summer of 2019', '2019-SU', 'times.season']]],
    // the cue must stand right before the season
    ['Before the vote, turnout fell in the summer.', '2025-04-24', [['the summer', '2024-SU', 'times.season']]],
  ]);
});

describe('times rule: "this summer" is the current season, else the coming one unless the clause is past', () => {
  check([
    ['The plant will reopen this winter.', '2025-04-24', [['this winter', '2025-WI', 'times.season']]],
    ['The line will open this spring.', '2025-11-10', [['this spring', '2026-SP', 'times.season']]],
    ['The park opens this summer.', '2026-01-20', [['this summer', '2026-SU', 'times.season']]],
    ['This winter is the coldest in years.', '2026-01-20', [['This winter', '2025-WI', 'times.season'], ['years', 'PXY', 'times.duration']]],
    // a past clause: the last one, unless the coming one is about to begin
    ['This winter was mild.', '2025-04-24', [['This winter', '2024-WI', 'times.season']]],
    ['The stock began trading this summer.', '2025-11-10', [['this summer', '2025-SU', 'times.season']]],
    ['Snow fell early this winter.', '2025-11-10', [['early this winter', '2025-WI', 'times.season']]],
    // a plan frame before "to be" + participle looks ahead
    ['Small towns are not going to be left alone this summer, the mayor said.', '2025-11-10', [['this summer', '2026-SU', 'times.season']]],
    ['Activists pledge to rally this summer.', '2025-11-10', [['this summer', '2026-SU', 'times.season']]],
  ]);
});
