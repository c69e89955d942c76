/**
 * Six more invented wire stories (fixtures/wire-*.txt: an earthquake, an election, a health
 * report, a football match, a robbery, a maritime dispute), read as a reporter checks them: the
 * publication date, the actors with their types and aliases, and the times. Each row is one fact
 * a reader would expect; the rules behind them are general and have their own table tests.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Result } from '../src/schema.js';
import { extractFixture, timeValue } from './helpers.js';

const article = extractFixture;

/** Stories whose dateline has no year get their date from outside, as --date gives it. */
const ARTICLES = {
  quake: () => article('wire-quake.txt', '2025-03-09'),
  election: () => article('wire-election.txt', '2025-09-29'),
  health: () => article('wire-health.txt', null),
  sport: () => article('wire-sport.txt', '2024-12-14'),
  crime: () => article('wire-crime.txt', '2025-11-12'),
  diplomacy: () => article('wire-diplomacy.txt', '2024-06-17'),
} as const;
type Name = keyof typeof ARTICLES;

const actorNamed = (r: Result, name: string): Actor | undefined => r.actors.find((a) => a.name === name);

describe('more articles: the date', () => {
  it('a dateline with the full date dates the story', () => {
    expect(ARTICLES.health().document).toMatchObject({ date: '2025-04-24', dateSource: 'dateline' });
  });

  it.each<[Name, string, string]>([
    ['health', 'Thursday', '2025-04-24'],
    ['health', 'last year', '2024'],
    ['quake', 'early on Sunday', '2025-03-09'],
    ['crime', 'last month', '2025-10'],
    ['sport', 'next Saturday', '2024-12-21'],
  ])('%s: %s is %s', (name, text, value) => {
    expect(timeValue(ARTICLES[name](), text)).toBe(value);
  });
});

describe('more articles: actors', () => {
  it.each<[Name, string, Actor['type']]>([
    ['quake', 'U.S. Geological Survey', 'organization'],
    ['quake', 'Malatya', 'location'],
    ['quake', 'World Health Organization', 'organization'],
    ['election', 'Party of Action and Solidarity', 'organization'],
    ['election', 'Patriotic Bloc', 'organization'],
    ['election', 'Organization for Security and Co-operation in Europe', 'organization'],
    ['election', 'Maia Sandu', 'person'],
    ['health', 'Centers for Disease Control and Prevention', 'organization'],
    ['health', 'Robert F. Kennedy Jr.', 'person'],
    ['sport', 'Emirates Stadium', 'location'],
    ['sport', 'Sky Sports', 'organization'],
    ['sport', 'Mikel Arteta', 'person'],
    ['crime', "Antwerp public prosecutor's office", 'organization'],
    ['crime', 'Antwerp World Diamond Centre', 'organization'],
    ['diplomacy', 'Armed Forces', 'organization'],
    ['diplomacy', 'Beijing', 'location'],
    ['diplomacy', 'Manila', 'location'],
    ['diplomacy', 'Wang Yi', 'person'],
  ])('%s: %s is a %s', (name, actor, type) => {
    expect(actorNamed(ARTICLES[name](), actor)?.type).toBe(type);
  });

  it.each<[Name, string]>([
    ['quake', 'Geological Survey'],
    ['quake', 'MALATYA'],
    ['election', 'Solidarity'],
    ['health', 'Prevention'],
    ['sport', 'Emirates'],
    ['diplomacy', 'Forces'],
    ['diplomacy', 'BEIJING/MANILA'],
  ])('%s: no actor named %s', (name, actor) => {
    expect(actorNamed(ARTICLES[name](), actor)).toBeUndefined();
  });

  it.each<[Name, string, string]>([
    ['health', 'Robert F. Kennedy Jr.', 'Kennedy'],
    ['diplomacy', 'Wang Yi', 'Wang'],
    ['election', 'Igor Dodon', 'Dodon'],
  ])('%s: %s goes by %s', (name, actor, alias) => {
    expect(actorNamed(ARTICLES[name](), actor)?.aliases).toContain(alias);
  });
});
