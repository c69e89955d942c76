/**
 * tokenize: offsets true to the input, normals and lemmas, and tags identical to what an
 * unpatched compromise (its ES-module build, a separate instance from the one src/nlp.ts
 * speeds up) gives for the same text.
 */
import { describe, expect, it } from 'vitest';
import compromise from 'compromise/two';
import { tokenize, type Token } from '../src/nlp.js';
import { TAGGER_SAMPLES } from './helpers.js';

const whole = (text: string) => tokenize(text, [{ start: 0, end: text.length }]);
const find = (tokens: Token[], text: string) => tokens.find((t) => t.text === text);

describe('tokenize', () => {
  it.each([
    ['Police arrested two men on Tuesday.', 'arrested', 'arrest', 'Verb'],
    ['The ministers met in Paris.', 'ministers', 'minister', 'Noun'],
    ['The company\u2019s office was raided.', 'company\u2019s', 'company', 'Noun'],
    ['She said the talks were "very constructive".', 'talks', 'talk', 'Noun'],
    ['Rebels attacked the town, killing five people.', 'killing', 'kill', 'Verb'],
    ['The children were evacuated.', 'children', 'child', 'Noun'],
    ['Three women were arrested.', 'women', 'woman', 'Noun'],
    ['The cities were flooded.', 'cities', 'city', 'Noun'],
  ])('%s: %s has lemma %s and tag %s', (text, word, lemma, tag) => {
    const token = find(whole(text), word)!;
    expect(token).toBeDefined();
    expect(text.slice(token.start, token.end)).toBe(word);
    expect(token.lemma).toBe(lemma);
    expect(token.tags.has(tag)).toBe(true);
  });

  it('normalises a curly apostrophe and keeps the possessive in normal', () => {
    expect(find(whole('The company\u2019s office was raided.'), 'company\u2019s')!.normal).toBe("company's");
  });

  it.each([
    ['an empty text', ''],
    ['whitespace only', ' \n\t '],
  ])('gives no tokens for %s', (_name, text) => {
    expect(whole(text)).toEqual([]);
  });

  it.each([
    ['Paris', 'Paris is large.', 'Verb'],
    ['met', 'They met on Monday.', 'Noun'],
  ])('%s in "%s" is not tagged %s', (word, text, tag) => {
    expect(find(whole(text), word)!.tags.has(tag)).toBe(false);
  });

  it('keeps offsets of the original text across several ranges', () => {
    const text = 'First one.  Second one here.';
    const tokens = tokenize(text, [
      { start: 0, end: 10 },
      { start: 12, end: text.length },
    ]);
    expect(tokens.map((t) => [t.start, t.end, t.text])).toEqual([
      [0, 5, 'First'],
      [6, 9, 'one'],
      [12, 18, 'Second'],
      [19, 22, 'one'],
      [23, 27, 'here'],
    ]);
    expect(tokens.map((t) => t.index)).toEqual([0, 1, 2, 3, 4]);
  });

  const SAMPLES = TAGGER_SAMPLES;

  it.each(SAMPLES)('tags as unpatched compromise does: %s', (text) => {
    const ours = whole(text).map((t) => [t.start, t.text, [...t.tags].sort()]);
    const doc = compromise(text);
    const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: { text: string; tags: string[]; offset: { start: number } }[] }[];
    const theirs = json.flatMap((s) => s.terms.filter((t) => t.text !== '').map((t) => [t.offset.start, t.text, [...t.tags].sort()]));
    expect(ours).toEqual(theirs);
  });
});
