/**
 * Table tests for plans (PLAN_MARKERS in src/lexicon/time-words.ts): a clause that tells of an
 * arrangement puts its bare weekday ahead, even when reported in the past; a clause that tells
 * of something done keeps the weekday before. Sentences are invented. 2025-03-09 is a Sunday.
 */
import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractTimes } from '../../src/extractors/times.js';

/** [text, expected times as [span text, value, rule]] */
type Row = [text: string, expected: Array<[string, string, string]>];

const SUNDAY = '2025-03-09';

function check(rows: Row[]) {
  for (const [text, expected] of rows) {
    it(text, () => {
      const got = extractTimes(createDocument({ id: 't', source: 't', text, date: SUNDAY })).map((t) => [t.text, t.value, t.rule]);
      expect(got).toEqual(expected);
    });
  }
}

describe('times rule: an activity under way is no arrangement (lexicon ONGOING_ING)', () => {
  check([
    ['Police said they were investigating the attack on Friday.', [['Friday', '2025-03-07', 'times.weekday']]],
    ['The police said divers were still searching the lake on Thursday.', [['Thursday', '2025-03-06', 'times.weekday']]],
  ]);
});

describe('times rule: a plan in the time\'s own clause puts the weekday ahead', () => {
  check([
    ['The WHO said it was sending medical supplies to the region on Monday.', [['Monday', '2025-03-10', 'times.weekday+times.plan.progressive']]],
    ['The agency is sending a second team on Tuesday.', [['Tuesday', '2025-03-11', 'times.weekday+times.plan.progressive']]],
    ['Officials said the jets were flying home Friday.', [['Friday', '2025-03-14', 'times.weekday+times.plan.progressive']]],
    ["Aid groups said they're opening two clinics Wednesday.", [['Wednesday', '2025-03-12', 'times.weekday+times.plan.progressive']]],
    ['The minister said she was going to resign on Friday.', [['Friday', '2025-03-14', 'times.weekday+times.plan.going-to']]],
    ['The union said the strike would begin on Monday.', [['Monday', '2025-03-10', 'times.weekday+times.plan.modal']]],
    ['The mayor planned to visit the site on Tuesday.', [['Tuesday', '2025-03-11', 'times.weekday+times.plan.intent']]],
    ['The ferry was due to dock on Wednesday.', [['Wednesday', '2025-03-12', 'times.weekday+times.plan.schedule-to']]],
    ['The court will rule on Thursday.', [['Thursday', '2025-03-13', 'times.weekday+times.plan.modal']]],
    // the clause decides, not the story: a past narrative before it changes nothing
    ['Rescuers dug through the rubble and pulled out two survivors. The army was sending more troops on Monday.', [['Monday', '2025-03-10', 'times.weekday+times.plan.progressive']]],
    // publication day itself counts as ahead
    ['The team is playing on Sunday.', [['Sunday', '2025-03-09', 'times.weekday+times.plan.progressive']]],
  ]);
});

describe('times rule: a clause of things done keeps the weekday before', () => {
  check([
    ['The WHO said it sent medical supplies to the region on Monday.', [['Monday', '2025-03-03', 'times.weekday']]],
    ['The WHO said on Monday it was sending supplies.', [['Monday', '2025-03-03', 'times.weekday']]],
    ['It was sending supplies, the WHO said Monday.', [['Monday', '2025-03-03', 'times.weekday']]],
    // a fronted day sets a past scene; only the present progressive is an arrangement there
    ['On Monday, the army was moving troops north.', [['Monday', '2025-03-03', 'times.weekday']]],
    // -ing words of state are no progressive
    ['The hiker was missing on Tuesday.', [['Tuesday', '2025-03-04', 'times.weekday']]],
    ['Rebels were willing to talk on Wednesday.', [['Wednesday', '2025-03-05', 'times.weekday']]],
    ['Nothing was something on Thursday.', [['Thursday', '2025-03-06', 'times.weekday']]],
    // the progressive of another clause, before the one the day is in
    ['While crews were clearing roads, the storm hit on Friday.', [['Friday', '2025-03-07', 'times.weekday']]],
    // a perfect progressive runs up to now
    ['Crews have been searching since Monday.', [['Monday', '2025-03-03', 'times.weekday']]],
    // "last" and the possessive outrank a plan
    ["The WHO said it was sending last Monday's shipment again.", [['last Monday', '2025-03-03', 'times.weekday']]],
  ]);
});
