import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract.js';

/** The actor name of the speaker of the quote whose text contains `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  const r = extractDocument(`Reporting by staff.\n\n${text}`, { date: '2026-02-05' });
  const q = r.quotes.find((x) => x.text.includes(words));
  return q ? (r.actors.find((a) => a.id === q.speaker?.actor)?.name ?? null) : undefined;
}

describe('"he"/"she" as a speaker', () => {
  it.each<[string, string, string, string]>([
    ['the person just named, ahead of the last speaker', '"We will win," said Maria Lopez. John Becker was unmoved. He told reporters that the plan would fail.', 'the plan would fail', 'John Becker'],
    ['the person named in its own sentence', '"We will win," said Maria Lopez. Later John Becker told reporters that he thought the plan would fail.', 'the plan would fail', 'John Becker'],
    ['the last speaker when the sentence before names no one', '"We will appeal," said Maria Lopez. The ruling came late in the day. "It is unfair," she said.', 'It is unfair', 'Maria Lopez'],
    ['the speaker who goes on quoting', '"We were late," Kenji Watanabe said. "But we will not lose," he added.', 'we will not lose', 'Kenji Watanabe'],
  ])('%s', (_name, text, words, speaker) => expect(speakerOf(text, words)).toBe(speaker));
});

describe('a speaker phrase with a name and a role', () => {
  it.each<[string, string, string, string]>([
    ['a role before the comma, the person named after it', "Northwind's chief executive, Anna Weber, said the firm would appeal.", 'the firm would appeal', 'Anna Weber'],
    ['a name before the comma, the role after it', 'Anna Weber, the chief executive of Northwind Shipping, said the firm would appeal.', 'the firm would appeal', 'Anna Weber'],
    ['a spokesman for an organization speaks for it', 'A spokesman for Northwind Shipping said the firm would appeal.', 'the firm would appeal', 'Northwind Shipping'],
    ['an organization described before the comma stays the speaker', 'The carmaker, Northwind Motors, said it would appeal.', 'it would appeal', 'Northwind Motors'],
  ])('%s', (_name, text, words, speaker) => expect(speakerOf(text, words)).toBe(speaker));
});

describe('"the company" after an analyst names an affiliation', () => {
  const lead = 'Japan\'s Helios Motors said on Tuesday it would invest in battery plants. "The question is whether they can do this and still make money," said Yuki Sato, an analyst at Mizuho Securities.';
  it.each<[string, string, string, string]>([
    ['the organization that spoke, not the analyst\u2019s firm', `${lead} The company also said it had signed an agreement to supply batteries.`, 'it had signed an agreement', 'Helios Motors'],
    ['a firm that speaks in its own right stays the speaker', 'Helios Motors said it would invest in battery plants. Mizuho Securities said profits would fall. The company also said it would cut its forecast.', 'it would cut its forecast', 'Mizuho Securities'],
  ])('%s', (_name, text, words, speaker) => expect(speakerOf(text, words)).toBe(speaker));
});

describe('"it" as a speaker', () => {
  it.each<[string, string, string, string | null]>([
    ['a country that has just spoken', 'MANILA, June 17 (Reuters) - Chinese officials met on Monday. China said the ship had come too close. It said the other side bore full responsibility.', 'bore full responsibility', 'China'],
    ['never the agency credited in the dateline', 'MANILA, June 17 (Reuters) - The ships collided near the shoal. It said the other side bore full responsibility.', 'bore full responsibility', null],
    ['an organization named before, over a country that spoke', 'China said the ship had come too close. The Northwind Shipping Company owns the ship. It said the crew was safe.', 'the crew was safe', 'Northwind Shipping Company'],
  ])('%s', (_name, text, words, speaker) => expect(speakerOf(text, words)).toBe(speaker));
});
