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
