import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';

/** Every mention text with its actor's type: "Quarvo:organization". */
const mentions = (text: string): string[] =>
  extractActors(createDocument({ id: 't', source: 't', text }))
    .flatMap((a) => a.mentions.map((m) => ({ at: m.start, s: `${m.text}:${a.type}` })))
    .sort((x, y) => x.at - y.at)
    .map((x) => x.s);

describe('actors: a name without evidence takes the kind of the names it is listed with', () => {
  it.each([
    // [text, mention expected]
    ['Troops took Quelbach , Marsenne and Lyon before dawn.', 'Quelbach:location'],
    ['Troops took Quelbach , Marsenne and Lyon before dawn.', 'Marsenne:location'],
    ['The stage ran between Paris and Quelbach on Saturday.', 'Quelbach:location'],
    ['Zorvex Bancorp Inc and Tarlow Bancshares Inc may merge. Analysts watch Zorvex , Quelmark and Tarlow closely.', 'Quelmark:organization'],
  ])('%s → %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it.each([
    // a mixed list proves nothing: the unknown name keeps its own guess
    ['Talks between Quelmark , IBM and France went on.', 'Quelmark:person'],
    // two clauses joined by "and": a full name is not retyped by the name before "and"
    ['Quarvo hit two homers off NATO and Donne Wallek pitched a shutout.', 'Donne Wallek:person'],
    // a comma alone is an apposition, not a list
    ['Results : Jan Brisker , Sweden , 3:45.', 'Jan Brisker:person'],
  ])('%s → %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });
});
