import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';
import { analyzeQuotes } from '../../src/extractors/quotes.js';

/** Wire-story shapes: invented sentences, each rule with rows that fire and rows that must not. */
const LEAD = 'Reporting by staff.\n\n';

interface Expected {
  text: string;
  speaker: string | null;
  cue: string | null;
}

type Row = [name: string, body: string, expected: Expected[]];

function quotesOf(body: string): Expected[] {
  const text = LEAD + body;
  const doc = createDocument({ id: 't', source: 't', text });
  return analyzeQuotes(doc, extractActors(doc)).quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker?.text ?? null,
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
  }));
}

/** Q8: a date closing a relative clause before the cue is not where the subject ends. */
const RELATIVE_BEFORE_CUE: Row[] = [
  [
    'main-clause subject across a relative clause ending in a date',
    "Sudan's army, which has fought the RSF since April 2023, said it would retake the city.",
    [{ text: 'it would retake the city', speaker: "Sudan's army, which has fought the RSF since April 2023", cue: 'said' }],
  ],
  [
    'a relative clause ending in a month',
    'The union, which has run the plant since March, said it would strike on Friday.',
    [{ text: 'it would strike on Friday', speaker: 'The union, which has run the plant since March', cue: 'said' }],
  ],
  ['a time adverbial right before the cue is still skipped', 'The minister on Tuesday said the plan would fail.', [{ text: 'the plan would fail', speaker: 'The minister', cue: 'said' }]],
  ['a time phrase after the subject is still skipped', 'Officials in March said the plan would fail.', [{ text: 'the plan would fail', speaker: 'Officials', cue: 'said' }]],
];

/** Q5: "CLAUSE, reported X." — the speaker follows the cue, the clause before the comma is the content. */
const INVERTED_CUE: Row[] = [
  [
    'reported the BBC after a long clause with its own aside',
    'The regulator has also opened an inquiry into the bank, over how it handled client data, reported the BBC.',
    [{ text: 'The regulator has also opened an inquiry into the bank, over how it handled client data', speaker: 'the BBC', cue: 'reported' }],
  ],
  ['said the ministry', 'Prices rose sharply in March, said the ministry.', [{ text: 'Prices rose sharply in March', speaker: 'the ministry', cue: 'said' }]],
  ['announced the governor, with a date', 'The bank cut rates, announced the governor on Monday.', [{ text: 'The bank cut rates', speaker: 'the governor', cue: 'announced' }]],
  ['wrote the columnist, with an apposition', 'The vote was close, wrote the columnist, a former aide.', [{ text: 'The vote was close', speaker: 'the columnist', cue: 'wrote' }]],
  ['an apposition before the cue keeps its subject', 'Smith, a spokesman, confirmed the report.', [{ text: 'the report', speaker: 'Smith, a spokesman', cue: 'confirmed' }]],
  ['a relative clause before the cue keeps its subject', 'Smith, who was there, said the plan would fail.', [{ text: 'the plan would fail', speaker: 'Smith, who was there', cue: 'said' }]],
  ['a hearer verb is not inverted', 'The man, who was injured, told police.', []],
];

function check(body: string, expected: Expected[]) {
  expect(quotesOf(body)).toEqual(expected);
}

describe('subject across a relative clause ending in a date (Q8)', () => {
  it.each(RELATIVE_BEFORE_CUE)('%s', (_name, body, expected) => check(body, expected));
});

describe('inverted cue after the clause (Q5)', () => {
  it.each(INVERTED_CUE)('%s', (_name, body, expected) => check(body, expected));
});

/** Q4: an attack by force is no attribution; a verbal attack still is. */
const PHYSICAL_ATTACK: Row[] = [
  [
    'fighters attacked a camp, the aid groups speak for the whole clause',
    'Paramilitary fighters attacked a camp for displaced people over the weekend, killing at least 40 people, aid groups said Monday.',
    [{ text: 'Paramilitary fighters attacked a camp for displaced people over the weekend, killing at least 40 people', speaker: 'aid groups', cue: 'said' }],
  ],
  ['rebels attacked a convoy', 'Rebels attacked the convoy.', []],
  ['troops defended a town', 'Troops defended the town.', []],
  ['a toll after the act', 'The group attacked the village near the border, killing six people.', []],
  ['a verbal attack on a person stays', 'Trump attacked Clinton over her emails.', [{ text: 'Clinton over her emails', speaker: 'Trump', cue: 'attacked' }]],
  ['a verbal attack on a bill stays', 'The senator attacked the bill as a giveaway.', [{ text: 'the bill as a giveaway', speaker: 'The senator', cue: 'attacked' }]],
  ['defending a decision stays', 'The mayor defended the decision to close the school.', [{ text: 'the decision to close the school', speaker: 'The mayor', cue: 'defended' }]],
];

describe('physical attacks are not attributions (Q4)', () => {
  it.each(PHYSICAL_ATTACK)('%s', (_name, body, expected) => check(body, expected));
});

/** Q3: a speech verb in a relative clause with a plain noun object is an act ("who wrote much of the bill"). */
const RELATIVE_ACT: Row[] = [
  ['wrote much of the bill', 'The senator, who wrote much of the bill, left the chamber on Friday.', []],
  ['a book she wrote', 'The author, who wrote the book in prison, won the prize.', []],
  ['announcing a deal keeps its object, as PolNeAR draws it', 'The firm, which announced the deal on Monday, cut jobs.', [{ text: 'the deal on Monday', speaker: 'which', cue: 'announced' }]],
  ['a clause after the relative cue stays', 'The mayor, who said the plan would fail, voted no.', [{ text: 'the plan would fail', speaker: 'who', cue: 'said' }]],
  ['a that-clause after the relative cue stays', 'The senator, who wrote that the plan was dead, voted no.', [{ text: 'that the plan was dead', speaker: 'who', cue: 'wrote' }]],
];

describe('speech verbs in relative clauses with a noun object (Q3)', () => {
  it.each(RELATIVE_ACT)('%s', (_name, body, expected) => check(body, expected));
});

/** A dateline before a trailing attribution's clause is not part of the clause. */
const DATELINE: Row[] = [
  ['a dateline with a place and an agency', 'KHARTOUM, Sudan (AP) \u2014 Prices rose sharply in March, the ministry said.', [{ text: 'Prices rose sharply in March', speaker: 'the ministry', cue: 'said' }]],
  ['a one-word dateline', 'WASHINGTON \u2014 Prices rose sharply in March, the ministry said.', [{ text: 'Prices rose sharply in March', speaker: 'the ministry', cue: 'said' }]],
  ['an acronym subject with a dashed aside is no dateline', 'NATO drills \u2014 the largest in years \u2014 will start Monday, officials said.', [{ text: 'NATO drills \u2014 the largest in years \u2014 will start Monday', speaker: 'officials', cue: 'said' }]],
];

describe('datelines before a trailing attribution', () => {
  it.each(DATELINE)('%s', (_name, body, expected) => check(body, expected));
});
