import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';
import { acronymOf } from '../../src/resolve/aliases.js';

const actorsOf = (text: string) => extractActors(createDocument({ id: 't', source: 't', text }));
/** Mention texts grouped per actor: ["Elon Musk|Musk", ...]. */
const groups = (text: string) => actorsOf(text).filter((a) => a.mentions.length).map((a) => a.mentions.map((m) => m.text).join('|'));

describe('aliases: acronymOf', () => {
  it.each([
    ['Information Commissioner\'s Office', 'ICO'],
    ['North Atlantic Treaty Organization', 'NATO'],
    ['Bank of England', 'BE'],
    ['Asia-Pacific Economic Cooperation', 'APEC'],
  ])('%s → %s', (name, acronym) => expect(acronymOf(name)).toBe(acronym));
  it.each(['Musk', 'the platform'])('%s has none', (name) => expect(acronymOf(name)).toBeNull());
});

describe('aliases: one actor per entity', () => {
  it.each([
    ['Elon Musk was summoned. Musk said no.', 'Elon Musk|Musk'],
    ['Linda Yaccarino left. Later Yaccarino spoke.', 'Linda Yaccarino|Yaccarino'],
    ['The World Boxing Council ( WBC ) ruled. The WBC said more.', 'World Boxing Council|WBC|WBC'],
    ["The Information Commissioner's Office acted. The ICO said so.", "Information Commissioner's Office|ICO"],
    ['The ICO said so. The Information Commissioner\'s Office acted.', "ICO|Information Commissioner's Office"],
    ['It was bought by Magna International Inc on Monday. Later Magna rose.', 'Magna International Inc|Magna'],
  ])('%s → %s', (text, group) => {
    expect(groups(text)).toContain(group);
  });

  it.each([
    // [text, group that must NOT form]
    ['Michael Johnson ( U.S. ) won in 19.66 seconds. The U.S. team cheered.', 'Michael Johnson|U.S.'],
    ['Bill Clinton met Hillary Rodham. Then Clinton spoke.', 'Hillary Rodham|Clinton'],
    ['Grok AI was launched. AI is everywhere, said Mr. Smith.', 'Grok AI|AI'],
    ['The Paris prosecutor spoke. Paris St Germain won.', "Paris St Germain|Paris"],
  ])('%s ✗ %s', (text, group) => {
    expect(groups(text)).not.toContain(group);
  });

  it('prefers the ordinary-case form over a headline form for the name', () => {
    const actors = actorsOf('SHEARER NAMED CAPTAIN .\nLONDON 1996-08-30\nAlan Shearer was named captain on Friday .');
    const shearer = actors.find((a) => a.mentions.some((m) => m.text === 'SHEARER'));
    expect(shearer?.name).toBe('Alan Shearer');
  });
});
