import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';
import { analyzeQuotes } from '../../src/extractors/quotes.js';

/**
 * "The same speaker goes on" (src/extractors/quotes/same-speaker.ts): a quote with no attribution
 * of its own is the previous speaker's, as a piece of the statement or as a quote of its own, or
 * is nobody's. Invented sentences; each row lists every quote found, in order.
 */
function quotesOf(text: string) {
  const doc = createDocument({ id: 't', source: 't', text });
  return analyzeQuotes(doc, extractActors(doc)).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, pieces: q.fragments.length }));
}

/** A lead paragraph keeps the rows out of the headline slot. */
const LEAD = 'Reporting by staff.\n\n';

type Row = [name: string, text: string, expected: Array<{ text: string; speaker: string | null; pieces: number }>];

const GOES_ON: Row[] = [
  [
    'a quote paragraph after the paragraph its attribution closes is a piece of the statement',
    LEAD + '\u201cThe first phase is done,\u201d the mayor said.\n\n\u201cThe second phase starts in the spring.\u201d',
    [{ text: '\u201cThe first phase is done,\u201d the mayor said.\n\n\u201cThe second phase starts in the spring.\u201d', speaker: 'the mayor', pieces: 2 }],
  ],
  [
    'the next quoted sentence right after the attribution is a piece of the statement',
    LEAD + "''We rebuilt the roof'' of the barn, Mr. Halden said. ''The walls come next.''",
    [{ text: "''We rebuilt the roof'' of the barn, Mr. Halden said. ''The walls come next.''", speaker: 'Mr. Halden', pieces: 2 }],
  ],
  [
    'a quote after a short sentence of the writer\u2019s in the paragraph is a quote of its own of the speaker',
    LEAD + 'Lena Ortiz said the school would reopen. She smiled. \u201cEvery class will be back by Monday.\u201d',
    [
      { text: 'the school would reopen', speaker: 'Lena Ortiz', pieces: 0 },
      { text: '\u201cEvery class will be back by Monday.\u201d', speaker: 'Lena Ortiz', pieces: 0 },
    ],
  ],
];

const STOPS: Row[] = [
  [
    'a headline\u2019s speaker does not speak on into the story',
    'Ortiz: The School Will Reopen Soon\n\n\u201cEvery class will be back by Monday, and the buses too.\u201d',
    [
      { text: 'The School Will Reopen Soon', speaker: 'Ortiz', pieces: 0 },
      { text: '\u201cEvery class will be back by Monday, and the buses too.\u201d', speaker: null, pieces: 0 },
    ],
  ],
  [
    'an attribution that does not close its paragraph does not go on into the next',
    LEAD + '\u201cThe first phase is done,\u201d the mayor said. The crowd cheered for a long time.\n\n\u201cThe second phase starts in the spring.\u201d',
    [
      { text: '\u201cThe first phase is done,\u201d', speaker: 'the mayor', pieces: 0 },
      { text: '\u201cThe second phase starts in the spring.\u201d', speaker: null, pieces: 0 },
    ],
  ],
  [
    'a quote the writer\u2019s sentence goes on after is no piece',
    LEAD + '\u201cWe won,\u201d the coach said.\n\n\u201cGame Day\u201d is the title of the team\u2019s old song.',
    [{ text: '\u201cWe won,\u201d', speaker: 'the coach', pieces: 0 }],
  ],
  [
    'a long stretch of the writer\u2019s words in between ends the speaker\u2019s turn',
    LEAD +
      'Lena Ortiz said the school would reopen. The building, which was put up in the years after the war and has served four towns since then, needed a new roof and new windows throughout. \u201cEvery class will be back by Monday.\u201d',
    [
      { text: 'the school would reopen', speaker: 'Lena Ortiz', pieces: 0 },
      { text: '\u201cEvery class will be back by Monday.\u201d', speaker: null, pieces: 0 },
    ],
  ],
  [
    'a speaker passed on does not pass on again',
    LEAD + 'Lena Ortiz said the school would reopen. She smiled. \u201cEvery class will be back by Monday.\u201d\n\n\u201cThe buses will run on time as well.\u201d',
    [
      { text: 'the school would reopen', speaker: 'Lena Ortiz', pieces: 0 },
      { text: '\u201cEvery class will be back by Monday.\u201d', speaker: 'Lena Ortiz', pieces: 0 },
      { text: '\u201cThe buses will run on time as well.\u201d', speaker: null, pieces: 0 },
    ],
  ],
];

describe('the same speaker goes on', () => {
  it.each(GOES_ON)('%s', (_name, text, expected) => expect(quotesOf(text)).toEqual(expected));
});

describe('the same speaker stops', () => {
  it.each(STOPS)('%s', (_name, text, expected) => expect(quotesOf(text)).toEqual(expected));
});
