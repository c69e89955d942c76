/**
 * Whole articles, as readers check them: the facts a reporter would expect from four invented
 * wire stories (fixtures/wire-*.txt: a court ruling, an attack in a war, a vote in a legislature,
 * a company's announcement). Each row is one fact of one article; the articles are not tuned to,
 * they are where a general rule shows whether it holds in ordinary copy.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Result } from '../src/schema.js';
import { extractFixture, timeValue } from './helpers.js';

const article = extractFixture;

/** The conflict story has no dateline date: the date comes from outside, as --date gives it. */
const ARTICLES = {
  court: () => article('wire-court.txt'),
  conflict: () => article('wire-conflict.txt', '2024-05-13'),
  politics: () => article('wire-politics.txt'),
  business: () => article('wire-business.txt'),
} as const;
type Name = keyof typeof ARTICLES;

const actorNamed = (r: Result, name: string): Actor | undefined => r.actors.find((a) => a.name === name || a.aliases.includes(name));
const actorName = (r: Result, id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name ?? null;
/** The speaker (actor name) of the quote whose text contains `words`. */
const speakerOf = (r: Result, words: string) => {
  const q = r.quotes.find((x) => x.text.includes(words));
  return q ? actorName(r, q.speaker?.actor) : undefined;
};

describe('articles: publication dates and times', () => {
  it.each<[Name, string, string, string]>([
    ['court', 'a labelled header', 'Tuesday', '2025-03-11'],
    ['business', 'a date alone on the first line', 'Tuesday', '2023-10-03'],
    ['politics', 'a "date" header', 'Wednesday', '2024-10-16'],
    ['conflict', 'a date given from outside', 'Saturday', '2024-05-11'],
  ])('%s (%s): %s is %s', (name, _how, text, value) => {
    expect(timeValue(ARTICLES[name](), text)).toBe(value);
  });
});

describe('articles: actors', () => {
  it.each<[Name, string, Actor['type']]>([
    ['court', 'Rachel Okafor', 'person'],
    ['court', 'Meridian Bank', 'organization'],
    ['court', 'Justice Department', 'organization'],
    ['court', 'Switzerland', 'location'],
    ['conflict', 'Rapid Support Forces', 'organization'],
    ['conflict', 'RSF', 'organization'],
    ['conflict', 'António Guterres', 'person'],
    ['conflict', 'El Fasher', 'location'],
    ['politics', 'Patricia Quinn', 'person'],
    ['politics', 'White House', 'organization'],
    ['business', 'Helios Motors', 'organization'],
    ['business', 'Mizuho Securities', 'organization'],
    ['business', 'Kenji Watanabe', 'person'],
    ['business', 'SK On', 'organization'],
    ['business', 'South Korea', 'location'],
    ['conflict', 'Khartoum', 'location'],
    ['politics', 'Washington', 'location'],
    ['politics', 'Capitol', 'location'],
    ['politics', 'Mark Ellison', 'person'],
    ['court', 'Tomas Lindgren', 'person'],
  ])('%s: %s is a %s', (name, actor, type) => {
    expect(actorNamed(ARTICLES[name](), actor)?.type).toBe(type);
  });
});

describe('articles: who said what', () => {
  it.each<[Name, string, string, string]>([
    ['court', 'a mixed quote after its cue', 'again and again', 'Rachel Okafor'],
    ['court', '"according to"', 'largest of its kind', 'Justice Department'],
    ['conflict', 'a spokesman named after the quote', 'suffered enough', 'Stéphane Dujarric'],
    ['politics', '"said" before the speaker', 'a good day for the country', 'Patricia Quinn'],
    ['politics', 'a title before the name', 'the minute it reaches his desk', 'Dana Whitfield'],
    ['business', 'a name with an apposition after the quote', 'still make money', 'Yuki Sato'],
    ['court', 'a role before the comma, the name after it', 'deeply regrets', 'Tomas Lindgren'],
    ['politics', '"He" after the sentence that names him', 'the House would write its own version', 'Mark Ellison'],
    ['court', '"he" after the sentence that names him, not the judge quoted before', 'learned hard lessons', 'Tomas Lindgren'],
    ['business', '"the company" is the article\'s company, not the analyst\'s firm', 'had signed an agreement', 'Helios Motors'],
    ['conflict', '"the group said" is the doctors\' network just cited, not the UN', 'women and children were among the dead', 'Sudan Doctors Network'],
  ])('%s: %s', (name, _how, words, speaker) => {
    expect(speakerOf(ARTICLES[name](), words)).toBe(speaker);
  });
});

describe('articles: descriptions', () => {
  it.each<[Name, string, string, string]>([
    ['business', '"the carmaker" is the car company the story is about', 'The carmaker', 'Helios Motors'],
    ['conflict', '"the group" is the doctors\' network that reported the attack', 'The group', 'Sudan Doctors Network'],
  ])('%s: %s', (name, _how, description, actor) => {
    const r = ARTICLES[name]();
    expect(r.actors.find((a) => a.references.some((m) => m.text === description))?.name).toBe(actor);
  });
});

describe('articles: events', () => {
  it.each<[Name, string, string, string, string | null]>([
    ['conflict', 'shelling is an assault', 'shelled', 'ASSAULT', '2024-05-11'],
    ['conflict', 'a call for talks is a request', 'called for', 'REQUEST', null],
    ['politics', 'urging is a request', 'urged', 'REQUEST', null],
    ['court', 'accepting the settlement is dated by its relative clause', 'accepted', 'AGREE', '2025-W10'],
    ['conflict', 'the army accuses after its relative clause', 'accused', 'ACCUSE', null],
    ['politics', 'the coordinated accusation is its own event', 'accused', 'ACCUSE', null],
  ])('%s: %s', (name, _how, trigger, type, date) => {
    const e = ARTICLES[name]().events.find((x) => x.trigger.text.startsWith(trigger));
    expect(e?.type).toBe(type);
    if (date) expect(e?.date).toBe(date);
  });
});
