/**
 * Table tests for verb forms the tagger misreads, as they decide a time's direction:
 * past forms taken for nouns ("prices rose"), verbs whose past is the bare form ("it set"),
 * and plurals taken for verbs before a past verb ("Shares rose"). Sentences are invented.
 * 2025-04-24 is a Thursday.
 */
import { describe } from 'vitest';
import { timeTable } from '../helpers.js';

/** [text, publication date, expected times as [span text, value]] */
type Row = [text: string, date: string, expected: Array<[string, string]>];

/** One test per row (test/helpers.ts timeTable). */
const check = (rows: Row[]) => timeTable(rows, (t) => [t.text, t.value]);

describe('times rule: past forms the tagger reads as nouns (times.tense.past-form)', () => {
  check([
    ['During the summer, prices rose.', '2025-04-24', [['the summer', '2024-SU']]],
    ['In the spring, the protest drew thousands.', '2025-11-10', [['the spring', '2025-SP']]],
    // a noun after a determiner or adjective is the flower; the clause has no verb of its own
    ['The rose garden opens in the summer.', '2025-04-24', [['the summer', '2025-SU']]],
  ]);
});

describe('times rule: a bare past form after a singular subject is past (times.tense.invariant-past)', () => {
  check([
    ['The company said it cut jobs in the summer.', '2025-11-10', [['the summer', '2025-SU']]],
    ['The regulator set Friday as the deadline.', '2025-04-24', [['Friday', '2025-04-18']]],
    ['In the fall, the firm shut two plants.', '2025-04-24', [['the fall', '2024-FA']]],
    // after a modal or "to" the bare form is the infinitive: ahead
    ['The union will cut its demands on Monday.', '2025-04-24', [['Monday', '2025-04-28']]],
    ['The board plans to set a date in the fall.', '2025-04-24', [['the fall', '2025-FA']]],
    // after a plural subject the form says nothing: the verb before it decides
    ['Farmers say they cut the hay in the fall.', '2025-04-24', [['the fall', '2025-FA']]],
    ['Farmers say he cut the hay in the fall.', '2025-04-24', [['the fall', '2024-FA']]],
    ['Lawmakers will approve the tax cut Monday.', '2025-04-24', [['Monday', '2025-04-28']]],
  ]);
});

describe('times rule: a plural read as a verb before a past verb is the subject', () => {
  check([
    ['In the summer, shares climbed.', '2025-04-24', [['the summer', '2024-SU']]],
    // a linking verb before a participle keeps its own tense
    ['In the summer, the museum remains closed.', '2025-04-24', [['the summer', '2025-SU']]],
  ]);
});

describe('times rule: a verb of expectation with an object before "to" puts the infinitive ahead (times.plan.expect-object-to)', () => {
  check([
    ['Officials expect the ship to dock on Tuesday.', '2025-04-24', [['Tuesday', '2025-04-29']]],
    ['Unions want the talks to resume Monday.', '2025-04-24', [['Monday', '2025-04-28']]],
    // a verb that is no expectation leaves the infinitive to the clause's tense
    ['Police told the crowd to leave on Tuesday.', '2025-04-24', [['Tuesday', '2025-04-22']]],
    // too long an object: no frame
    ['Officials expect that many of the stranded fishing crews will return home safely, and crews began to leave on Tuesday.', '2025-04-24', [['Tuesday', '2025-04-22']]],
  ]);
});

describe('times rule: a word tagged as a verb after an article or possessive is a noun', () => {
  check([
    // "decline" is no present-tense verb: "reported" is the clause's verb
    ['The grocer reported a 12% decline in the spring.', '2025-11-10', [['the spring', '2025-SP']]],
    ['Officials noted its rise in the spring.', '2025-11-10', [['the spring', '2025-SP']]],
    // a real present-tense verb still reads present
    ['Officials say prices decline in the spring.', '2025-11-10', [['the spring', '2026-SP']]],
  ]);
});

describe('times rule: the same day as a time named only by its month is a day left unknown (times.shift.same-unknown)', () => {
  check([
    ['The judge was shot last October. His name was struck from the list that same day.', '2025-02-06', [['last October', '2024-10'], ['that same day', '2024-10-XX']]],
    ['The plant opened in 1995. It was sold later that same month.', '2025-02-06', [['1995', '1995'], ['later that same month', '1995-XX']]],
    // a day named in full is the day meant
    ['The judge was shot on Oct. 23, 2024. His name was struck from the list that same day.', '2025-02-06', [['Oct. 23, 2024', '2024-10-23'], ['that same day', '2024-10-23']]],
    // a year with a day named before it: that day's month
    ['The plant opened on March 3, 1995. It was sold in 1996, later that same month.', '2025-02-06', [['March 3, 1995', '1995-03-03'], ['1996', '1996'], ['later that same month', '1995-03']]],
  ]);
});
