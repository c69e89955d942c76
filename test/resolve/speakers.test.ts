import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import type { Actor, Mention } from '../../src/schema.js';
import { resolveSpeakers, type Attribution } from '../../src/resolve/speakers.js';

/** Builds a document and actors by hand, so the test pins the speaker rules, not the actors component. */
function setup(text: string, actors: Array<{ id: string; name: string; type: Actor['type']; mentions: string[]; references?: string[] }>) {
  const doc = createDocument({ id: 't', source: 't', text });
  const find = (needle: string, kind: Mention['kind']): Mention[] => {
    const out: Mention[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
      if (!/\w/.test(text[at - 1] ?? ' ') && !/\w/.test(text[at + needle.length] ?? ' ')) out.push({ start: at, end: at + needle.length, text: needle, kind, rule: 'test' });
    return out;
  };
  const full: Actor[] = actors.map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    aliases: [],
    roles: [],
    country: null,
    mentions: a.mentions.flatMap((m) => find(m, 'name')).sort((x, y) => x.start - y.start),
    references: (a.references ?? []).flatMap((m) => find(m, 'description')),
  }));
  /** An attribution whose speaker is the n-th occurrence of `speaker` at or after `after`. */
  const said = (speaker: string, after = 0): Attribution => {
    const at = text.indexOf(speaker, after);
    if (at < 0) throw new Error(`no ${speaker}`);
    return { start: at, end: at + 1, text: text[at]!, kind: 'indirect', speakerSpan: { start: at, end: at + speaker.length, text: speaker }, cue: null, fragments: [], rule: 'test', paragraph: 0 };
  };
  return { doc, actors: full, said, text };
}

type Row = [name: string, text: string, speakers: Array<[string, number?]>, expected: Array<string | null>];

const ACTORS = [
  { id: 'x', name: 'X', type: 'organization' as const, mentions: ['X'] },
  { id: 'acme', name: 'Acme', type: 'organization' as const, mentions: ['Acme'] },
  { id: 'musk', name: 'Elon Musk', type: 'person' as const, mentions: ['Elon Musk', 'Musk'] },
  { id: 'lee', name: 'Ann Lee', type: 'person' as const, mentions: ['Ann Lee'] },
];

const ROWS: Row[] = [
  ['a name inside the span', 'Elon Musk said so.', [['Elon Musk']], ['musk']],
  ['possessive owner of an account', "X's Global Affairs account said so.", [["X's Global Affairs account"]], ['x']],
  ['spokesman for an organization', 'A spokesman for Acme said so.', [['A spokesman for Acme']], ['acme']],
  ['"it" after an organization spoke', 'Acme said so. It said more.', [['Acme'], ['It']], ['acme', 'acme']],
  ['"he" after a person spoke', 'Musk said so. Acme agreed. He said more.', [['Musk'], ['Acme'], ['He']], ['musk', 'acme', 'musk']],
  ['"the statement" speaks for the last speaker', 'X said so. The statement said more.', [['X'], ['The statement']], ['x', 'x']],
  ['"the company" for the last organization that spoke', 'Acme said so. The company said more.', [['Acme'], ['The company']], ['acme', 'acme']],
  ['relative pronoun takes its antecedent', 'Acme, which said so, left.', [['which']], ['acme']],
  ['head of a title-name compound', 'Acme spokesman Elon Musk said so.', [['Acme spokesman Elon Musk']], ['musk']],
  ['"he" takes the person named earlier in its own sentence', 'Musk said so. Ann Lee told a reporter that she disagreed.', [['Musk'], ['she']], ['musk', 'lee']],
  ['"his" owns a stance like "he"', 'Musk said so. His claim stands.', [['Musk'], ['His']], ['musk', 'musk']],
  ['nothing invented: officials', 'Officials said so.', [['Officials']], [null]],
  ['nothing invented: a pronoun with no antecedent', 'She said so.', [['She']], [null]],
];

describe('speaker resolution', () => {
  it.each(ROWS)('%s', (_name, text, speakers, expected) => {
    const { doc, actors, said } = setup(text, ACTORS);
    let from = 0;
    const attributions = speakers.map(([s]) => {
      const a = said(s, from);
      from = a.speakerSpan!.end;
      return a;
    });
    expect(resolveSpeakers(doc, actors, attributions).map((q) => q.speaker?.actor ?? null)).toEqual(expected);
  });
});
