import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';

/** Every mention with its actor's type and start: "Oakham:organization@12". */
const mentions = (text: string): string[] =>
  extractActors(createDocument({ id: 't', source: 't', text }))
    .flatMap((a) => a.mentions.map((m) => ({ at: m.start, s: `${m.text}:${a.type}@${m.start}` })))
    .sort((x, y) => x.at - y.at)
    .map((x) => x.s);

const at = (text: string, word: string, nth = 0): number => {
  let i = -1;
  for (let n = 0; n <= nth; n++) i = text.indexOf(word, i + 1);
  return i;
};

describe('actors: a city that is a team in a table and a venue in a schedule', () => {
  const STANDINGS = [
    'BASEBALL - LEAGUE STANDINGS AFTER FRIDAY \'S GAMES .',
    'NEW YORK 1996-08-30',
    'Standings after games played on Friday :',
    'W L PCT GB',
    'TORONTO 70 60 .538 -',
    'SEATTLE 66 64 .508 4',
    'SATURDAY SCHEDULE',
    'SEATTLE AT TORONTO',
  ].join('\n');

  it.each([
    // [word, occurrence, expected type]
    ['TORONTO', 0, 'organization'],
    ['SEATTLE', 0, 'organization'],
    ['TORONTO', 1, 'location'],
  ])('%s #%i → %s', (word, nth, type) => {
    expect(mentions(STANDINGS)).toContain(`${word}:${type}@${at(STANDINGS, word, nth)}`);
  });

  it('keeps a city that is only ever a place a place in ordinary prose', () => {
    const text = 'Officials in Denver said the storm had passed. Denver has had a wet summer.';
    expect(mentions(text)).toEqual([`Denver:location@${at(text, 'Denver')}`, `Denver:location@${at(text, 'Denver', 1)}`]);
  });
});

describe('actors: the place after a named venue ("at The Oval , London )")', () => {
  const TOUR = [
    'CRICKET - TOURISTS NAME SQUAD .',
    'LONDON 1996-08-30',
    'Surrey beat Kent by six wickets .',
    'June 4 First test ( at Trent Bridge , Nottingham )',
    'June 9 Second test ( at The Oval ,\nLondon )',
    'Play at Grace Road , Leicestershire extended their lead .',
  ].join('\n');

  it.each([
    ['Nottingham', 0, 'location'],
    ['London', 0, 'location'],
    ['Surrey', 0, 'organization'],
    // the comma opens a clause: the county is the side that batted, not where the ground lies
    ['Leicestershire', 0, 'organization'],
  ])('%s #%i → %s', (word, nth, type) => {
    expect(mentions(TOUR)).toContain(`${word}:${type}@${at(TOUR, word, nth)}`);
  });
});

describe('actors: players listed with shirt numbers are people; standings rows are teams', () => {
  const LINEUP = [
    'SOCCER - FRIENDLY RESULT .',
    'PARIS 1996-08-30',
    'Quarvia beat Tarland 2-1 in a friendly on Friday .',
    'Quarvia : 1 - Ramon Tesk ; 2 - Quelvo Vandermolt , 3 - Yzander Osklund ; 4 - Anselm Krabbe',
    'Standings :',
    'Grenholm 4 3 1 0 9 2 10',
  ].join('\n');

  it.each([
    ['Quelvo Vandermolt', 'person'],
    ['Yzander Osklund', 'person'],
    ['Grenholm', 'organization'],
  ])('%s → %s', (name, type) => {
    expect(mentions(LINEUP)).toContain(`${name}:${type}@${at(LINEUP, name)}`);
  });
});

describe('actors: sides of a result and a team before a player role in a team-sport report', () => {
  const MATCH = [
    'RUGBY UNION - QUARVO WIN AT HOME .',
    'LONDON 1996-08-30',
    'Quarvo recorded a 30-12 victory over Tarlbury on Saturday .',
    'Former Zelvan captain Dirk Maasbek kicked four penalties .',
    'In the cup , Brennock ( Wales ) lost to Fenwold .',
    'Maasbek said the forwards had done well .',
  ].join('\n');

  it.each([
    ['Tarlbury', 'organization'],
    ['Zelvan', 'organization'],
    ['Brennock', 'organization'],
    ['Fenwold', 'organization'],
    // a player in the same report stays a person
    ['Dirk Maasbek', 'person'],
  ])('%s → %s', (name, type) => {
    expect(mentions(MATCH)).toContain(`${name}:${type}@${at(MATCH, name)}`);
  });

  it('reads none of it outside a team-sport report', () => {
    const text = 'The senator lost the election a year after a victory over Brannoch .';
    expect(mentions(text)).toContain(`Brannoch:person@${at(text, 'Brannoch')}`);
  });
});

describe('actors: a place heading a results line is the venue', () => {
  const RESULTS = [
    'CRICKET - COUNTY RESULTS .',
    'LONDON 1996-08-30',
    'Results of county matches on Friday :',
    'Bristol : Kent 300 and 120-4 , Surrey 250 .',
    'Oxford ( The Parks ) : Essex 200 , Durham 180-6 .',
    'At The Parks ( Oxford ) : Essex beat Durham .',
    'Kent beat Bristol by six wickets .',
  ].join('\n');

  it.each([
    ['Bristol', 0, 'location'],
    ['Oxford', 0, 'location'],
    ['Oxford', 1, 'location'],
    // a side named after the heading is still a team
    ['Kent', 0, 'organization'],
    ['Bristol', 1, 'organization'],
  ])('%s #%i → %s', (word, nth, type) => {
    expect(mentions(RESULTS)).toContain(`${word}:${type}@${at(RESULTS, word, nth)}`);
  });

  it('keeps a bracketed acronym after "in <Place>" an organization', () => {
    const text = 'Troops of the Interim Force in Quarvia ( QUINFOR ) left . QUINFOR said so .';
    expect(mentions(text)).toContain(`QUINFOR:organization@${at(text, 'QUINFOR')}`);
  });
});
