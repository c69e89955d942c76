import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';
import type { Actor } from '../../src/schema.js';

const actorsOf = (text: string): Actor[] => extractActors(createDocument({ id: 't', source: 't', text }));
/** The actor (name:type) each occurrence of `word` belongs to. */
const ownersOf = (text: string, word: string): string[] =>
  actorsOf(text)
    .flatMap((a) => a.mentions.filter((m) => m.text === word).map((m) => ({ at: m.start, s: `${a.name}:${a.type}` })))
    .sort((x, y) => x.at - y.at)
    .map((x) => x.s);

describe('aliases: a surname that is also a place stays with the person named in full', () => {
  it.each([
    [
      'Tennis finalist Quelvan Washington lost in five sets. Washington said he was tired. Fans cheered Washington loudly.',
      'Washington',
      ['Quelvan Washington:person', 'Quelvan Washington:person'],
    ],
    // a person keeps the uses after "in": "in Jordan 's film" is the director's
    [
      'The film by director Neil Jordan opened on Monday. Jordan said the cast was fine. The actor plays the lead in Jordan \'s film.',
      'Jordan',
      ['Neil Jordan:person', 'Neil Jordan:person'],
    ],
  ])('%s', (text, word, owners) => {
    expect(ownersOf(text, word)).toEqual(owners);
  });

  it('leaves the place alone when no person has that surname', () => {
    expect(ownersOf('Officials in Washington said talks would resume. Washington wants a deal.', 'Washington')).toEqual([
      'Washington:location',
      'Washington:location',
    ]);
  });
});

describe('aliases: a dateline is no full form to abbreviate', () => {
  it('keeps "U.N." in the body an organization when the story is filed from UNITED NATIONS', () => {
    const text = 'COUNCIL MEETS .\nUNITED NATIONS 1996-08-29\nDiplomats said U.N. envoys would meet. The plan follows U.N. resolutions.';
    expect(ownersOf(text, 'U.N.').every((o) => o.endsWith(':organization'))).toBe(true);
    // (a name met only in capitals is written in ordinary case)
    expect(ownersOf(text, 'UNITED NATIONS')).toEqual(['United Nations:location']);
  });
});

describe('aliases: a name met only in capitals is written in ordinary case (A6)', () => {
  const nameOf = (text: string, word: string) => actorsOf(text).find((a) => a.mentions.some((m) => m.text === word))?.name;
  it.each([
    ['KHARTOUM, Sudan (AP) — Fighters attacked a camp in western Sudan.', 'KHARTOUM', 'Khartoum'],
    ['WASHINGTON — The Senate on Wednesday passed a spending bill.', 'WASHINGTON', 'Washington'],
    ['EL FASHER, Sudan (AP) — Fighters attacked a camp on Saturday.', 'EL FASHER', 'El Fasher'],
    // acronyms keep their capitals
    ['BRUSSELS (Reuters) - NATO said on Monday it would send more troops.', 'NATO', 'NATO'],
    // a form in ordinary case in the body wins over the dateline's capitals
    ['TOKYO (Reuters) - Helios Motors opened a plant in Tokyo on Tuesday.', 'TOKYO', 'Tokyo'],
  ])('%s: %s → %s', (text, word, name) => {
    expect(nameOf(text, word)).toBe(name);
  });

  it('the capitals stay on the mention itself', () => {
    const a = actorsOf('KHARTOUM, Sudan (AP) — Fighters attacked a camp.').find((x) => x.name === 'Khartoum');
    expect(a?.mentions.map((m) => `${m.text}:${m.kind}`)).toEqual(['KHARTOUM:name']);
    expect(a?.aliases).toEqual([]);
  });
});

describe('aliases: the surname comes before a generational suffix', () => {
  it.each([
    ['Health Secretary Robert F. Kennedy Jr. was criticised by doctors. Kennedy said he would respond.', 'Kennedy', ['Robert F. Kennedy Jr.:person']],
    ['Martin Luther King Jr. spoke in Memphis in 1968. King was shot the next day.', 'King', ['Martin Luther King Jr.:person']],
  ])('%s', (text, word, owners) => {
    expect(ownersOf(text, word)).toEqual(owners);
  });

  it('a suffix alone is no surname, and a title head before a suffix is no title', () => {
    const names = actorsOf('Martin Luther King Jr. spoke in Memphis. Jr. is not a name.').map((a) => a.name);
    expect(names).toContain('Martin Luther King Jr.');
    expect(names).not.toContain('Martin Luther');
  });
});

describe('aliases: family names written first', () => {
  it.each([
    ['Chinese President Xi Jinping met the envoy on Monday. Trade was discussed. Xi said ties were strong.', 'Xi', ['Xi Jinping:person']],
    ['Foreign Minister Wang Yi flew to Manila. The talks lasted an hour. Wang said they were useful.', 'Wang', ['Wang Yi:person']],
    ['Kim Jong Un watched the launch on Friday. State media said Kim was pleased.', 'Kim', ['Kim Jong Un:person']],
    ['Voters chose Lee Jae-myung on Tuesday. Turnout was high. Lee thanked them.', 'Lee', ['Lee Jae-myung:person']],
    // a Western given name: the surname is last
    ['Kim Clijsters won the final in three sets. Clijsters said she was tired.', 'Clijsters', ['Kim Clijsters:person']],
  ])('%s', (text, word, owners) => {
    expect(ownersOf(text, word)).toEqual(owners);
  });

  it('a hyphenated second syllable stays in the name, and such a name opening a sentence is a person', () => {
    const actors = actorsOf('Park Geun-hye was jailed in 2018. Former president Moon Jae-in pardoned her.');
    expect(actors.map((a) => `${a.name}:${a.type}`)).toEqual(expect.arrayContaining(['Park Geun-hye:person', 'Moon Jae-in:person']));
  });
});
