import { describe, it, expect } from 'vitest';
import { createDocument, sentenceAt } from '../../src/document.js';
import { isDayWord, isNounAfterDeterminer, isTimeWord } from '../../src/extractors/quotes/phrases.js';

/**
 * The one "a verb form after a determiner is a noun" test the quote rules share. Each row names
 * a word of an invented sentence (its first occurrence) and whether the word before it makes it a noun.
 */
function nounAfterDeterminer(text: string, word: string) {
  const doc = createDocument({ id: 't', source: 't', text });
  const at = text.indexOf(word);
  const tok = doc.tokens.find((t) => t.start === at);
  if (!tok) throw new Error(`no token "${word}" in "${text}"`);
  const s = sentenceAt(doc, tok.start)!;
  return { span: text.slice(tok.start, tok.end), noun: isNounAfterDeterminer(doc, s, tok.index) };
}

type Row = [name: string, text: string, word: string, noun: boolean];

const ROWS: Row[] = [
  ['after a determiner', 'The claim was rejected by the court.', 'claim', true],
  ['after a possessive', 'His say in the matter is final.', 'say', true],
  ['an -s form after a number', 'Five states voted for the plan.', 'states', true],
  ['after a lower-case adjective', 'The council set new rules for parking.', 'rules', true],
  ['after a capitalised adjective that opens the sentence', 'Additional reporting came from the bureau.', 'reporting', true],
  ['after an adjective joined by a hyphen', 'He gave a loud-mouthed reply to the crowd.', 'mouthed', true],
  ['not a bare form after a number', 'About one in five say they would stay home.', 'say', false],
  ['not after a name compromise took for an adjective', '\u201cThe plan is dead,\u201d Smith told reporters.', 'told', false],
  ['not across a comma', 'The mayor, visibly angry, said the vote was unfair.', 'said', false],
  ['not after a plain noun', 'Officials said the vote was unfair.', 'said', false],
  ['not after an adverb', 'The senator quickly said the vote was unfair.', 'said', false],
  ['not at the start of the sentence', 'Said the senator: the vote was unfair.', 'Said', false],
];

describe('isNounAfterDeterminer', () => {
  it.each(ROWS)('%s', (_name, text, word, noun) => expect(nounAfterDeterminer(text, word)).toEqual({ span: word, noun }));
});

/** The quote rules' time words, built from the time lexicon: which words of an invented sentence are time words, and which name a day. */
function timeWords(text: string) {
  const doc = createDocument({ id: 't', source: 't', text });
  return { time: doc.tokens.filter(isTimeWord).map((t) => t.text), day: doc.tokens.filter(isDayWord).map((t) => t.text) };
}

describe('time words', () => {
  it.each([
    ['weekdays, plural too', 'She spoke on Tuesday and on Fridays.', { time: ['Tuesday', 'Fridays'], day: [] }],
    ['months by their full names', 'The law passed in March, not in June.', { time: ['March', 'June'], day: [] }],
    ['calendar units and seasons', 'For weeks last summer the hours were long.', { time: ['weeks', 'summer', 'hours'], day: [] }],
    ['days relative to now and parts of a day', 'He said tonight what he wrote this morning.', { time: ['tonight', 'morning'], day: ['tonight', 'morning'] }],
    ['no time words', 'The senator said the plan would fail.', { time: [], day: [] }],
  ])('%s', (_name, text, expected) => expect(timeWords(text)).toEqual(expected));
});
