/**
 * Rules found on invented wire stories (court, conflict, politics, business): titles before
 * names, affiliation nouns, holidays, sentence-initial common words, roles in apposition,
 * datelines in capitals, buildings.
 */
import { describe, it, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractActors } from '../../src/extractors/actors.js';
import type { Actor } from '../../src/schema.js';

const actorsOf = (text: string): Actor[] => extractActors(createDocument({ id: 't', source: 't', text }));

/** Every actor as "name:type". */
const named = (text: string): string[] => actorsOf(text).map((a) => `${a.name}:${a.type}`);

/** Roles of the actor named `name` as "role" or "role of Org". */
const rolesOf = (text: string, name: string): string[] => {
  const actors = actorsOf(text);
  const actor = actors.find((a) => a.name === name);
  return (actor?.roles ?? []).map((r) => (r.of ? `${r.role} of ${actors.find((a) => a.id === r.of)?.name}` : r.role));
};

describe('actors: a title before a name is a role, not part of the name (A4)', () => {
  it.each([
    ['The carmaker plans 10 models, Chief Executive Kenji Watanabe told a news conference.', 'Kenji Watanabe:person', 'chief executive'],
    ['Chief Financial Officer Jane Doe said margins fell.', 'Jane Doe:person', 'chief financial officer'],
    ['Helios Motors Chief Executive Kenji Watanabe said so.', 'Kenji Watanabe:person', 'chief executive of Helios Motors'],
    ['General Counsel Mary Smith resigned on Friday.', 'Mary Smith:person', 'general counsel'],
  ])('%s → %s (%s)', (text, actor, role) => {
    expect(named(text)).toContain(actor);
    expect(rolesOf(text, actor.split(':')[0]!)).toContain(role);
  });

  it.each([
    ['The carmaker plans 10 models, Chief Executive Kenji Watanabe told a news conference.', 'Chief Executive Kenji Watanabe'],
    ['Chief Financial Officer Jane Doe said margins fell.', 'Chief Financial'],
    ["Officials at the Chief Executive's office in Hong Kong said so.", 'Executive'],
    ["The Chief Justice's ruling was final.", 'Justice'],
  ])('%s ↛ %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });

  it('a council named with a title word stays whole', () => {
    expect(named('The Executive Council met in Nairobi on Monday.')).toContain('Executive Council:organization');
  });
});

describe('actors: one party member is an affiliation, not an actor (A3)', () => {
  it.each([
    ['Senator Elaine Brooks, a Democrat from Ohio who chairs the banking committee, welcomed the ruling.', 'Democrat'],
    ['The bill passed after a Republican from Texas changed his vote.', 'Republican'],
    ['The Tory said he would vote against the budget.', 'Tory'],
    ["The Democrat's bill failed in committee.", 'Democrat'],
  ])('%s ↛ %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });

  it.each([
    ['Senator Elaine Brooks, a Democrat from Ohio who chairs the banking committee, welcomed the ruling.', 'Elaine Brooks:person'],
    ['Senator Elaine Brooks, a Democrat from Ohio who chairs the banking committee, welcomed the ruling.', 'Ohio:location'],
    ['Eleven Republicans joined Democrats in voting for it.', 'Democrats:organization'],
    ['The Republican Party met in Ohio on Saturday.', 'Republican Party:organization'],
  ])('%s → %s', (text, actor) => {
    expect(named(text)).toContain(actor);
  });
});

describe('actors: a capitalised opener before a plural noun is no name (A2)', () => {
  const BUREAU = ' The American Farm Bureau Federation said in a statement that farmers would not survive.';
  it.each([
    ['Farm groups praised the vote.' + BUREAU, 'Farm'],
    ['Farm groups praised the vote.', 'Farm'],
    ['Steel workers went on strike. The British Steel Corporation said so.', 'Steel'],
  ])('%s ↛ %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });

  it.each([
    // the first word of a firm's name, its short form, may open a sentence before a plural
    ['Helios executives met on Monday. Japan\'s Helios Motors said so.', 'Helios'],
    ['Meridian executives met on Monday. The Meridian Bank said so.', 'Meridian'],
    ['Farm groups praised the vote.' + BUREAU, 'American Farm Bureau Federation'],
  ])('%s → %s', (text, alias) => {
    expect(actorsOf(text).flatMap((a) => a.mentions.map((m) => m.text))).toContain(alias);
  });
});

describe('actors: a holiday is a date, not an actor (A1)', () => {
  it.each([
    ['His office said a vote could come before Thanksgiving.', 'Thanksgiving'],
    ['Shops reopened after Christmas Day in London.', 'Christmas'],
    ['Fighting eased during Ramadan in Gaza.', 'Ramadan'],
    ['Sales rose over Labor Day weekend.', 'Labor'],
    ["Florists were busy on Valentine's Day in Paris.", 'Valentine'],
    ['Eid al-Fitr prayers were held in Cairo.', 'al-Fitr'],
  ])('%s ↛ %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });

  it.each([
    ['Mark Christmas said he would stay in the job.', 'Mark Christmas:person'],
    ['Easter Island is remote, the Chilean navy said.', 'Easter Island:location'],
    ['Shops reopened after Christmas Day in London.', 'London:location'],
    ['Advent International bought the retailer on Monday.', 'Advent International:organization'],
  ])('%s → %s', (text, actor) => {
    expect(named(text)).toContain(actor);
  });
});

describe("actors: 'X's chief executive, NAME,' gives NAME the role at X (A7)", () => {
  const BANK = 'A judge ordered Meridian Bank to pay $1.2 billion. ';
  it.each([
    [BANK + "Meridian's chief executive, Tomas Lindgren, said in a statement that the bank regrets it.", 'Tomas Lindgren', 'chief executive of Meridian Bank'],
    ["Apple's former chief executive, John Sculley, said so.", 'John Sculley', 'chief executive of Apple'],
    ["Germany's finance minister, Christian Lindner, said so.", 'Christian Lindner', 'finance minister of Germany'],
  ])('%s → %s: %s', (text, name, role) => {
    expect(rolesOf(text, name)).toContain(role);
  });

  it.each([
    // no owner named before the role: a role without "of", or none
    ['The bank hired a lawyer, Tom Hale, to review it.', 'Tom Hale'],
    // the possessive owns something that is no role
    [BANK + "Meridian's statement, Tomas Lindgren said, was final.", 'Tomas Lindgren'],
  ])('%s → %s has no role of anyone', (text, name) => {
    expect(rolesOf(text, name).filter((r) => r.includes(' of '))).toEqual([]);
  });
});

describe("actors: letters owned by the name they would abbreviate name something else (A5)", () => {
  const SK = "The company signed an agreement with South Korea's SK On to supply batteries. SK On declined to comment.";
  it.each([
    [SK, 'SK On:organization'],
    [SK, 'South Korea:location'],
    ['He said the EU On Monday would decide.', 'EU:organization'],
  ])('%s → %s', (text, actor) => {
    expect(named(text)).toContain(actor);
  });

  it.each([
    [SK, 'South Korea', 'SK'],
    ["Battery maker South Korea's SK signed the deal. SK declined to comment.", 'South Korea', 'SK'],
  ])('%s: %s has no alias %s', (text, name, alias) => {
    expect(actorsOf(text).find((a) => a.name === name)?.aliases).not.toContain(alias);
  });

  it.each([
    ['General Electric said profit rose. GE shares rose 2 percent.', 'General Electric', 'GE'],
    ['Ministers from South Korea (SK) met on Monday. SK officials agreed.', 'South Korea', 'SK'],
  ])('%s: %s keeps the alias %s', (text, name, alias) => {
    expect(actorsOf(text).find((a) => a.name === name)?.aliases).toContain(alias);
  });

  it('a title-case headline word before another capital stays out ("NATO On Alert")', () => {
    expect(actorsOf('The NATO On Alert plan was shelved.').map((a) => a.name)).not.toContain('NATO On Alert');
  });
});

describe('actors: the Capitol is a building, a place (A8)', () => {
  it.each([
    ['He told reporters at the Capitol that the House would act.', 'Capitol:location'],
    ['Rioters stormed the U.S. Capitol in 2021.', 'U.S. Capitol:location'],
    ['Lobbyists swarmed Capitol Hill on Tuesday.', 'Capitol Hill:location'],
    // a body named after the building is still an organization, and a building that speaks stays one
    ['The Capitol Police said two officers were hurt.', 'Capitol Police:organization'],
    ['The Pentagon said it would send more troops.', 'Pentagon:organization'],
  ])('%s → %s', (text, actor) => {
    expect(named(text)).toContain(actor);
  });

  it('is no organization', () => {
    expect(named('He told reporters at the Capitol that the House would act.')).not.toContain('Capitol:organization');
  });
});

describe('actors: legislative and court titles are roles', () => {
  it.each([
    ['The bill went to the House, where Speaker Mark Ellison has vowed to block it.', 'Mark Ellison', 'speaker'],
    ['Press secretary Dana Whitfield said the president would sign.', 'Dana Whitfield', 'press secretary'],
    ['Chief Justice John Roberts wrote the opinion.', 'John Roberts', 'chief justice'],
  ])('%s → %s: %s', (text, name, role) => {
    expect(rolesOf(text, name)).toContain(role);
  });

  it.each([
    // a speaker's words are no title ("the speaker" is not before the name)
    ['Mark Ellison said the speaker system failed during the debate.', 'Mark Ellison'],
    ['Dana Whitfield met the press on Monday.', 'Dana Whitfield'],
  ])('%s → %s has no role', (text, name) => {
    expect(rolesOf(text, name)).toEqual([]);
  });
});

describe('actors: party members named with their party (A3, continued)', () => {
  it.each([
    ['Tory MPs rebelled against the whip.', 'Tory MPs'],
    ['Tory MPs rebelled against the whip.', 'Tory'],
    ['Angry Labour MPs walked out of the chamber.', 'Labour MPs'],
    ['He met the Democrat Joe Manchin on Monday.', 'Democrat Joe Manchin'],
    ['Critics included Labour MP Diane Abbott on Monday.', 'Labour MP Diane Abbott'],
  ])('%s ↛ %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });

  it.each([
    ['Angry Labour MPs walked out of the chamber.', 'Labour:organization'],
    ['He met the Democrat Joe Manchin on Monday.', 'Joe Manchin:person'],
    ['Critics included Labour MP Diane Abbott on Monday.', 'Diane Abbott:person'],
    ['The Socialist Workers Party held a rally in London.', 'Socialist Workers Party:organization'],
  ])('%s → %s', (text, actor) => {
    expect(named(text)).toContain(actor);
  });

  it('an MP before a name is a role', () => {
    expect(rolesOf('Critics included Labour MP Diane Abbott on Monday.', 'Diane Abbott')).toContain('member of parliament');
  });
});
