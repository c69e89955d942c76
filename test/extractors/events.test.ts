import { describe, it, expect } from 'vitest';
import { extractDocument } from '../../src/extract.js';
import type { Event, Result } from '../../src/schema.js';
import { readFixture, REFERENCE } from '../helpers.js';

const run = (text: string, date = '2026-02-05'): Result => extractDocument(text, { date });

/** The event whose trigger text is `trigger` (case-insensitive), or undefined. */
function eventFor(r: Result, trigger: string): Event | undefined {
  return r.events.find((e) => e.trigger.text.toLowerCase().startsWith(trigger.toLowerCase()));
}

const covers = (args: Event['agents'], needle: string) => args.some((a) => a.text.includes(needle));

type Row = {
  text: string;
  trigger: string;
  type: Event['type'];
  agent?: string;
  target?: string;
  modality?: Event['modality'];
  negated?: boolean;
  date?: string;
};

/** One or more rows per PLOVER category; each names the trigger, the category and a word of each argument. */
const POSITIVE: Row[] = [
  { text: 'Jordan agreed on Monday to hold joint military exercises with Britain.', trigger: 'agreed', type: 'AGREE', agent: 'Jordan' },
  { text: 'The Egyptian president hosted the Sudanese leader in Cairo on Sunday.', trigger: 'hosted', type: 'CONSULT', agent: 'president', target: 'Sudanese leader' },
  { text: 'A senior US official praised Haiti for its efforts to improve human rights.', trigger: 'praised', type: 'SUPPORT', agent: 'US official', target: 'Haiti' },
  { text: 'The government lifted the curfew in the capital on Friday.', trigger: 'lifted', type: 'CONCEDE', agent: 'government' },
  { text: 'Peru granted asylum to five Panamanian officers.', trigger: 'granted', type: 'AID', agent: 'Peru', target: 'Panamanian officers' },
  { text: 'Rebels released 20 hostages near the border on Tuesday.', trigger: 'released', type: 'RETREAT', agent: 'Rebels', target: 'hostages' },
  { text: 'The UAE on Thursday demanded that Qatar halt the pipeline project.', trigger: 'demanded', type: 'REQUEST', agent: 'UAE', target: 'Qatar' },
  { text: 'Zimbabwean Prime Minister Robert Mugabe accused the United States of blackmail.', trigger: 'accused', type: 'ACCUSE', agent: 'Robert Mugabe', target: 'United States' },
  { text: 'Berlin rejected recent calls by Belarus for economic aid.', trigger: 'rejected', type: 'REJECT', agent: 'Berlin', target: 'Belarus' },
  { text: 'Serbia threatened to forbid rallies in northern Kosovo.', trigger: 'threatened', type: 'THREATEN', agent: 'Serbia' },
  { text: 'Thousands of workers protested against the new labour law in Lagos.', trigger: 'protested', type: 'PROTEST', agent: 'workers' },
  { text: 'Austria announced a suspension of trade ties with Belarus on Monday.', trigger: 'suspension', type: 'SANCTION', agent: 'Austria', target: 'Belarus' },
  { text: 'Poland mobilized naval reservists ahead of a feared conflict with Russia.', trigger: 'mobilized', type: 'MOBILIZE', agent: 'Poland' },
  { text: 'Kenyan police arrested nearly 60 Somali migrants on Thursday.', trigger: 'arrested', type: 'COERCE', agent: 'Kenyan police', target: 'Somali migrants' },
  { text: 'Police raided the offices of the newspaper on Tuesday.', trigger: 'raided', type: 'COERCE', agent: 'Police', target: 'newspaper', date: '2026-02-03' },
  { text: 'Syrian helicopters killed 19 Kurdish farmers in a raid on a market.', trigger: 'killed', type: 'ASSAULT', agent: 'Syrian helicopters', target: 'Kurdish farmers' },
  { text: 'Rebel forces opened fire on a convoy near the border.', trigger: 'opened fire', type: 'ASSAULT', agent: 'Rebel forces', target: 'convoy' },
  // passive voice: the by-phrase is the agent, the subject the target
  { text: 'A shelter for Sudanese migrants was attacked by Chadian gunmen.', trigger: 'attacked', type: 'ASSAULT', agent: 'Chadian gunmen', target: 'Sudanese migrants' },
  // a passive without "by": the attack named after "in" is the agent
  { text: 'A well-known judge has been killed in a roadside bomb blast near the port.', trigger: 'killed', type: 'ASSAULT', agent: 'roadside bomb', target: 'judge' },
  // the object decides the sense: blocking a bridge is a protest, preventing a demonstration is repression
  { text: 'Angry farmers blocked the Europe Bridge for three hours.', trigger: 'blocked', type: 'PROTEST', agent: 'farmers' },
  { text: 'Greek riot police prevented the demonstration organised by dockworkers outside the ministry.', trigger: 'demonstration', type: 'COERCE', agent: 'police', target: 'dockworkers' },
  // a light verb hands the event to its noun
  { text: 'The provincial government ordered patrols by police after violent protests.', trigger: 'patrols', type: 'MOBILIZE', agent: 'government' },
  // a participle shares the subject of the clause it hangs on
  { text: 'The rebel movement issued a communique demanding that the army free the prisoners.', trigger: 'demanding', type: 'REQUEST', agent: 'rebel movement', target: 'army' },
  // a pronoun subject reported by a speaker refers to the speaker
  { text: 'Yemeni tribal chiefs said on Sunday they would meet the EU envoy.', trigger: 'meet', type: 'AGREE', agent: 'Yemeni tribal chiefs', modality: 'planned' },
  // nominalisation with a light verb and a prepositional target
  { text: 'The regulator launched formal inquiries into Acme Corp and Beta Systems.', trigger: 'launched formal inquiries', type: 'ACCUSE', agent: 'regulator', target: 'Beta Systems' },
  // relative clauses and appositions: the agent is the phrase they describe
  { text: 'Villagers described the militia that attacked the convoy near the border.', trigger: 'attacked', type: 'ASSAULT', agent: 'militia', target: 'convoy' },
  { text: 'Egypt, a close French partner in the area, has refused to send troops to Libya.', trigger: 'refused', type: 'REJECT', agent: 'Egypt' },
  { text: 'Kenzo Oshima, the United Nations relief coordinator, demanded an immediate ceasefire.', trigger: 'demanded', type: 'REQUEST', agent: 'coordinator' },
  // a possessive author of a noun trigger
  { text: "The French investigators' inquiry was begun in January 2025.", trigger: 'inquiry', type: 'ACCUSE', agent: 'investigators', date: '2025-01' },
  // negation and modality are recorded, not dropped
  { text: 'The union did not agree to the new contract.', trigger: 'agree', type: 'REJECT', agent: 'union' },
  { text: 'The ministry said it would stop using the software for official business.', trigger: 'stop using', type: 'SANCTION', agent: 'ministry', modality: 'planned' },
  { text: 'Protesters could attack the embassy, officials warned.', trigger: 'attack', type: 'ASSAULT', agent: 'Protesters', modality: 'hypothetical' },
  // a stated obligation of another party is a demand
  { text: 'Turkey said on Friday that Greece must return the seized fishing boat.', trigger: 'must return', type: 'REQUEST', agent: 'Turkey', target: 'Greece', modality: 'requested' },
  // a conditional future action is a threat; a future cooperative one an intent (AGREE)
  { text: 'Nigeria announced that it will withdraw its troops from Chad unless a ceasefire is arranged.', trigger: 'withdraw', type: 'THREATEN', target: 'Chad' },
  { text: 'The United Nations will provide emergency food aid to refugees in Liberia.', trigger: 'provide', type: 'AGREE', agent: 'United Nations' },
  // an announced use of force is a threat; a threat's target may be the party named in its condition
  { text: 'Protesting workers said on Monday they would blockade Madrid from Wednesday morning.', trigger: 'blockade', type: 'THREATEN', agent: 'workers', target: 'Madrid', modality: 'planned' },
  { text: 'Villagers threatened to hold a general strike unless the government rescinded the decree.', trigger: 'threatened', type: 'THREATEN', agent: 'Villagers', target: 'government' },
];

describe('events: one table row per category and construction', () => {
  it.each(POSITIVE)('$type from "$trigger" in: $text', (row) => {
    const r = run(row.text);
    const e = eventFor(r, row.trigger);
    expect(e, JSON.stringify(r.events.map((x) => [x.type, x.trigger.text]))).toBeDefined();
    expect(e!.type).toBe(row.type);
    if (row.agent) expect(covers(e!.agents, row.agent), JSON.stringify(e!.agents)).toBe(true);
    if (row.target) expect(covers(e!.targets, row.target), JSON.stringify(e!.targets)).toBe(true);
    if (row.modality) expect(e!.modality).toBe(row.modality);
    if (row.negated !== undefined) expect(e!.negated).toBe(row.negated);
    if (row.date) expect(e!.date).toBe(row.date);
  });
});

/** Words that look like triggers but are not events here: [text, the word that must not trigger]. */
const NEGATIVE: Array<[string, string]> = [
  ['The company fired its chief financial officer last week.', 'fired'],
  ['The engineers charge the battery overnight.', 'charge'],
  ['The company will deploy the new software next month.', 'deploy'],
  ['The band released a new album on Friday.', 'released'],
  ['She met the deadline for the report.', 'met'],
  ['He committed a foul in the second half.', 'committed'],
  ['The minister said the talks were useful.', 'said'],
  ['The senator is targeting suburban voters in the campaign.', 'targeting'],
  ['The governor hit back at his critics on Monday.', 'hit'],
  ['Officials told reporters the plan was ready.', 'told'],
];

describe('events: a polysemous verb takes the sense its object gives it', () => {
  it.each([
    ['The two firms struck a deal to share data centres.', 'struck', 'AGREE'],
    ['Rebels opened fire on the convoy.', 'opened fire', 'ASSAULT'],
    ['The union called off the strike after talks with the government.', 'called off', 'CONCEDE'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type) => {
    expect(eventFor(run(text), trigger)?.type).toBe(type);
  });
});

describe('events: an attack on a proposal or a policy is disapproval, not an assault', () => {
  it.each([
    ['The opposition leader launched a fierce attack on the budget proposal in parliament.', 'attack', 'ACCUSE'],
    ["The senator attacked the government's handling of the crisis.", 'attacked', 'ACCUSE'],
    ['Rebels launched an attack on the army base near the border.', 'launched an attack', 'ASSAULT'],
    ['Gunmen attacked a police station in the north.', 'attacked', 'ASSAULT'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type) => {
    expect(eventFor(run(text), trigger)?.type).toBe(type);
  });
});

describe('events: look-alike words that are not events', () => {
  it.each(NEGATIVE)('no event from "%s" at "%s"', (text, word) => {
    const r = run(text);
    expect(r.events.filter((e) => e.trigger.text.toLowerCase().includes(word))).toEqual([]);
  });
});

describe('events: invariants on the reference article', () => {
  const text = readFixture(REFERENCE);
  const r = extractDocument(text, {});
  it('no event has the same actor as agent and target', () => {
    for (const e of r.events) {
      const agents = new Set(e.agents.map((a) => a.actor).filter(Boolean));
      expect(e.targets.filter((t) => t.actor && agents.has(t.actor))).toEqual([]);
    }
  });
  it("no event comes from a quote's reporting cue", () => {
    const cues = r.quotes.flatMap((q) => (q.cue ? [q.cue] : []));
    const reporting = /^(?:said|says|say|told|tell|added|stated|reported|according)/i;
    for (const e of r.events) {
      const onCue = cues.some((c) => c.start <= e.trigger.start && e.trigger.end <= c.end);
      if (onCue) expect(e.trigger.text).not.toMatch(reporting);
      expect(e.action).not.toMatch(/^(?:say|tell|add|state|report)$/);
    }
  });
  it('finds the raid, the summons, the requested interviews, the inquiries and the rejection', () => {
    const byType = (type: string, action: RegExp) => r.events.find((e) => e.type === type && action.test(e.action));
    expect(byType('COERCE', /raid/)?.date).toBe('2026-02-03');
    expect(byType('ACCUSE', /summon/)?.targets.some((t) => /Musk/.test(t.text))).toBe(true);
    const request = byType('REQUEST', /request/);
    expect(request?.date).toBe('2026-04');
    expect(request?.targets.map((t) => t.text).join(' ')).toMatch(/Musk.*Yaccarino/);
    expect(byType('ACCUSE', /inquir/)?.targets.map((t) => t.text).join(' ')).toMatch(/X.*xAI/);
    expect(byType('REJECT', /reject/)?.agents.length).toBeGreaterThan(0);
  });
  it('records the reported plan to stop using X as planned and links its quote', () => {
    const stop = r.events.find((e) => e.action === 'stop use' || e.action === 'stop using');
    expect(stop?.type).toBe('SANCTION');
    expect(stop?.modality).toBe('planned');
    expect(stop?.quote).not.toBeNull();
  });
  it('summarises the lead event as who/what/when/where', () => {
    expect(r.summary).not.toBeNull();
    expect(r.summary!.what).toBeTruthy();
    expect(r.summary!.text.length).toBeGreaterThan(10);
  });
});

describe('events: time and place from the clause', () => {
  it('dates an event by the time in its own clause before one elsewhere in the sentence', () => {
    const r = run('On Monday the ministry said that police had raided the offices of the newspaper on Tuesday.');
    expect(eventFor(r, 'raided')?.date).toBe('2026-02-03');
  });
  it('a past event is not dated by a future time', () => {
    const r = run('Police arrested the protest leader ahead of a March 10 hearing on February 2.');
    expect(eventFor(r, 'arrested')?.date).toBe('2026-02-02');
  });
  it('places an event by "in" + place', () => {
    const r = run('Police raided the offices of the newspaper in Paris on Tuesday.');
    expect(eventFor(r, 'raided')?.location?.text).toBe('Paris');
  });
});
