import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_VERBS, HEADLINE_CUES, PHRASE_PREPOSITIONS, PLAIN_SPEECH_CUES, SPEECH_VERBS } from '../../src/lexicon/cues.js';

describe('cue lexicon', () => {
  it.each<[string, ReadonlySet<string>]>([
    ['speech verbs', SPEECH_VERBS],
    ['attribution verbs', ATTRIBUTION_VERBS],
    ['plain speech cues', PLAIN_SPEECH_CUES],
    ['phrase prepositions', PHRASE_PREPOSITIONS],
  ])('%s are lower-case single words', (_name, set) => {
    expect([...set].filter((w) => !/^[a-z][a-z'-]*$/.test(w))).toEqual([]);
  });

  it.each<[string, ReadonlySet<string>]>([
    ['plain speech cues', PLAIN_SPEECH_CUES],
    ['headline cues', HEADLINE_CUES],
  ])('%s are all verbs of saying or attribution', (_name, set) => {
    expect([...set].filter((w) => !SPEECH_VERBS.has(w) && !ATTRIBUTION_VERBS.has(w))).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['said', true], ['told', true], ['wrote', true], ['adds', true],
    // only inflected forms: a bare "say" after a comma is too often something else
    ['say', false], ['shouted', false], ['said,', false],
  ])('plain speech cue %s: %s', (word, expected) => {
    expect(PLAIN_SPEECH_CUES.has(word)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['on', true], ['after', true], ['despite', true],
    // "As Roe, a senator, put it:" opens a clause with a subject, not a phrase with an object
    ['as', false], ['like', false],
  ])('phrase preposition %s: %s', (word, expected) => {
    expect(PHRASE_PREPOSITIONS.has(word)).toBe(expected);
  });
});
