import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';
import type { ActorType } from '../../src/schema.js';

/** Every mention text with its actor's type: "Zorblax Inc:organization". */
const mentions = (text: string): string[] =>
  extractActors(createDocument({ id: 't', source: 't', text }))
    .flatMap((a) => a.mentions.map((m) => ({ at: m.start, s: `${m.text}:${a.type}` })))
    .sort((x, y) => x.at - y.at)
    .map((x) => x.s);

describe('actors typing: "<Head> of <…>" names by their head', () => {
  it.each<[string, string, ActorType]>([
    ['The minister ordered the Department of Fisheries to act.', 'Department of Fisheries', 'organization'],
    ['Gunmen of the Party of Renewal attacked a convoy.', 'Party of Renewal', 'organization'],
    ['The Central Bank of Quarvia cut its key rate.', 'Central Bank of Quarvia', 'organization'],
    ['Tankers crossed the Gulf of Tarlan on Monday.', 'Gulf of Tarlan', 'location'],
    ['The Federal Republic of Quarvia has a new flag.', 'Federal Republic of Quarvia', 'location'],
    ['The Duke of Wexbury opened the show.', 'Duke of Wexbury', 'person'],
  ])('%s: %s is %s', (text, name, type) => {
    expect(mentions(text)).toContain(`${name}:${type}`);
  });

  it.each<[string, string, ActorType]>([
    // no listed head before "of": the rule decides nothing, other evidence does
    ['Talks with Zoltan Quibb of Norway ended.', 'Zoltan Quibb', 'person'],
  ])('%s: %s stays %s', (text, name, type) => {
    expect(mentions(text)).toContain(`${name}:${type}`);
  });
});

describe('actors typing: a word in capitals inside ordinary text is an organization', () => {
  it.each<[string, string, ActorType]>([
    ['They won their QUARVAFA qualifying match on Sunday.', 'QUARVAFA', 'organization'],
    ['Officials of ZORBCOM met in Geneva.', 'ZORBCOM', 'organization'],
  ])('%s: %s is %s', (text, name, type) => {
    expect(mentions(text)).toContain(`${name}:${type}`);
  });

  it('leaves a capitalised ordinary name a person', () => {
    expect(mentions('Zoltan Quibb said Quibb would stay.')).toContain('Quibb:person');
  });
});

describe('actors: a dateline is never a surname', () => {
  it('keeps the dateline a place when a firm has the city in its name', () => {
    const text = 'BANKS TALK MERGER .\nBRISTOL 1996-08-30\nTalks between Westmark and First Bristol said nothing new .';
    const found = mentions(text);
    expect(found).toContain('BRISTOL:location');
    expect(found).not.toContain('BRISTOL:person');
  });
});

describe('actors typing: "City", "Town", "County" end places, and clubs only in team-sport reports', () => {
  it.each<[string, string, ActorType]>([
    ['The fight was held in Quarvo City in June.', 'Quarvo City', 'location'],
    ['Flooding hit Tarlan County on Tuesday.', 'Tarlan County', 'location'],
    ['SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-08-30\nQuarvo City beat Tarlan Town 2-1 on Saturday to lead the division .', 'Quarvo City', 'organization'],
  ])('%s: %s is %s', (text, name, type) => {
    expect(mentions(text)).toContain(`${name}:${type}`);
  });
});

describe('actors: a short form that reads as a place is not the firm named after it', () => {
  it('keeps "at Quarvo" a place beside "Quarvo Cable Co Ltd"', () => {
    const found = mentions('Quarvo Cable Co Ltd said output at its plant in Quarvo would double.');
    expect(found).toContain('Quarvo Cable Co Ltd:organization');
    expect(found).toContain('Quarvo:location');
  });

  it('still links a first word used as the firm ("Quarvo said")', () => {
    const found = mentions('Quarvo Cable Co Ltd said output would double. Analysts said Quarvo also cut prices.');
    expect(found).toContain('Quarvo:organization');
  });
});

describe('actors typing: a compass point alone is a region', () => {
  it.each<[string, string, ActorType]>([
    ['Troops from the North crossed the border.', 'North', 'location'],
    ['He has lived in the South since the war.', 'South', 'location'],
  ])('%s: %s is %s', (text, name, type) => {
    expect(mentions(text)).toContain(`${name}:${type}`);
  });

  it('leaves a compass word inside a longer name to that name', () => {
    expect(mentions('Fares at North Quarvia Airlines fell.')).toContain('North Quarvia Airlines:organization');
  });
});

describe('actors names: a capital "The" inside a sentence belongs to the name; listed names stay whole', () => {
  it.each([
    ['The match was played at The Quarvel on Friday.', 'The Quarvel'],
    ['He told The Tarlow Herald that he would stay.', 'The Tarlow Herald'],
    ['Red Star won again on Sunday and fans in red shirts sang.', 'Red Star'],
  ])('%s → %s', (text, name) => {
    expect(mentions(text).map((m) => m.replace(/:[a-z]+$/, ''))).toContain(name);
  });

  it.each([
    // a sentence-initial "The" proves nothing; a lower-case "the" is no part of a name
    ['The Quarvel Group said profits rose.', 'The Quarvel Group'],
    ['Officials at the Quarvel Group said profits rose.', 'the Quarvel Group'],
  ])('%s ✗ %s', (text, absent) => {
    expect(mentions(text).map((m) => m.replace(/:[a-z]+$/, ''))).not.toContain(absent);
  });
});

describe('actors typing: a firm by its officers, board and own "it"', () => {
  it.each<[string, string, ActorType]>([
    ['He will stay on the board of directors of Quelvar until May.', 'Quelvar', 'organization'],
    ['Analysts said Quelvar general manager Jan Brisk had resigned.', 'Quelvar', 'organization'],
    ['Analysts said Quelvar would cut jobs and Quelvar said its profit fell.', 'Quelvar', 'organization'],
    ['Shares rose after Quelvar \'s first-half profit doubled.', 'Quelvar', 'organization'],
  ])('%s: %s is %s', (text, name, type) => {
    expect(mentions(text)).toContain(`${name}:${type}`);
  });

  it.each<[string, string, ActorType]>([
    // a person's "it" is what they speak of; a country keeps its place ("president of France")
    ['Jan Brisker said it was a mistake and Brisker said it again.', 'Brisker', 'person'],
    ['He met the chief executive of France Telecom and the president of France.', 'France', 'location'],
  ])('%s: %s stays %s', (text, name, type) => {
    expect(mentions(text)).toContain(`${name}:${type}`);
  });
});

describe('actors typing: "the Quorvan campaign", "the Quorvan administration" name a leader', () => {
  it.each<[string, string, ActorType]>([
    ['Aides of the Quorvan campaign met on Friday. Later Quorvan spoke.', 'Quorvan', 'person'],
    ['The Taskell administration rejected the plan.', 'Taskell', 'person'],
    ['Senior Brindle aides declined to comment.', 'Brindle', 'person'],
  ])('%s: %s is %s', (text, name, type) => {
    expect(mentions(text)).toContain(`${name}:${type}`);
  });

  it.each<[string, string, ActorType]>([
    // a known organization and a name of several words keep their own evidence
    ['The Greenpeace campaign against whaling grew.', 'Greenpeace', 'organization'],
    ['The Green Alliance campaign against whaling grew.', 'Green Alliance', 'organization'],
    // a name in capitals is no candidate's surname
    ['The QUORVAX campaign started.', 'QUORVAX', 'organization'],
  ])('%s: %s stays %s', (text, name, type) => {
    expect(mentions(text)).toContain(`${name}:${type}`);
  });
});
