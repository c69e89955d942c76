/**
 * Table tests for event rules: each rule has sentences where it must fire and sentences
 * where it must not, with the expected trigger, category and argument words.
 * All sentences are invented.
 */
import { describe, it, expect } from 'vitest';
import { extractDocument } from '../../src/extract.js';
import type { Event, Result } from '../../src/schema.js';

const run = (text: string): Result => extractDocument(text, { date: '2026-02-05' });
const on = (r: Result, trigger: string) => r.events.filter((e) => e.trigger.text.toLowerCase().startsWith(trigger.toLowerCase()));
const texts = (args: Event['agents']) => args.map((a) => a.text);

describe('events: a compound actor gives one record per member (PLOVER compound actors)', () => {
  it.each([
    // [text, trigger, category, expected agent lists, expected target lists]
    ['Norway and Denmark condemned the missile test on Friday.', 'condemned', 'ACCUSE', [['Norway', 'Denmark'], ['Denmark']], null],
    ['Chile accused Peru and Bolivia of violating the border treaty.', 'accused', 'ACCUSE', null, [['Peru', 'Bolivia'], ['Bolivia']]],
    ['Ghana, Togo and Benin agreed to share river data.', 'agreed', 'AGREE', [['Ghana', 'Togo', 'Benin'], ['Togo'], ['Benin']], null],
  ] as const)('"%s"', (text, trigger, type, agents, targets) => {
    const found = on(run(text), trigger);
    expect(found.every((e) => e.type === type)).toBe(true);
    if (agents) expect(found.map((e) => texts(e.agents))).toEqual(agents);
    if (targets) expect(found.map((e) => texts(e.targets))).toEqual(targets);
  });

  it.each([
    // conjoined things, not parties: one event
    ['The two presidents signed a pact of trade and friendship.', 'signed'],
    // a single actor: one event
    ['Peru condemned the missile test on Friday.', 'condemned'],
  ])('no member records in "%s"', (text, trigger) => {
    expect(on(run(text), trigger)).toHaveLength(1);
  });
});

describe('events: noun modifiers that compromise reads as verbs stay inside the phrase', () => {
  it('"border patrol agents" is the subject, "patrol" no event', () => {
    const r = run('Canadian border patrol agents beat two Haitian migrants, a rights group said.');
    expect(on(r, 'patrol')).toEqual([]);
    const beat = on(r, 'beat')[0];
    expect(beat?.type).toBe('ASSAULT');
    expect(texts(beat!.agents).join(' ')).toContain('border patrol agents');
  });
  it('a verb before a plural object is still a verb ("Police patrol the streets")', () => {
    expect(on(run('Police patrol the streets at night.'), 'patrol')[0]?.type).toBe('MOBILIZE');
  });
  it('a plural head read as a verb still ends a phrase trigger ("war games")', () => {
    expect(on(run('Greek frigates on Monday started five days of war games in the Aegean.'), 'war games')[0]?.type).toBe('MOBILIZE');
  });
});

describe('events: military exercises are MOBILIZE for one side, COOPERATE when joint (§MOBILIZE ambiguities)', () => {
  it.each([
    ['Greek frigates held naval exercises in the Aegean.', 'exercises', 'MOBILIZE'],
    ['The army began military drills near the border.', 'military drills', 'MOBILIZE'],
    ['India held joint naval exercises with Japan.', 'exercises', 'COOPERATE'],
    ['Dutch and Greek frigates on Monday started five days of war games in the Aegean.', 'war games', 'COOPERATE'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type) => {
    expect(on(run(text), trigger)[0]?.type).toBe(type);
  });
  it.each([
    ['The minister urged citizens to exercise restraint.', 'exercise'],
    ['Officials said the exercise of power was lawful.', 'exercise'],
  ])('no event from "%s" at "%s"', (text, word) => {
    expect(on(run(text), word)).toEqual([]);
  });
});

describe('events: "mobilize" is MOBILIZE only for armed or police forces (§MOBILIZE)', () => {
  it.each([
    ['Poland mobilized naval reservists.', 1],
    ['The junta mobilised troops along the frontier.', 1],
    ['Rebels mobilized supporters in the capital.', 0],
    ['The lobby mobilized voters against the bill.', 0],
  ] as const)('"%s" has %i MOBILIZE events', (text, n) => {
    expect(on(run(text), 'mobili').filter((e) => e.type === 'MOBILIZE')).toHaveLength(n);
  });
});

describe('events: permission is CONCEDE, letting third parties in is RETREAT access (§CONCEDE, §RETREAT)', () => {
  it.each([
    ['The court allowed opposition leader Ana Ruiz to stand in the election.', 'allowed', 'CONCEDE', 'court', 'Ana Ruiz'],
    ['The junta allowed observers into the country.', 'allowed', 'RETREAT', 'junta', 'observers'],
    ['Britain permitted aid convoys to cross the frontier.', 'permitted', 'RETREAT', 'Britain', ''],
    // a future concession is an intent (§AGREE: cooperative actions in the future tense)
    ['Syria said it would allow the entry of UN inspectors.', 'allow', 'AGREE', 'Syria', 'inspectors'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type, agent, target) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(texts(e!.agents).join(' ')).toContain(agent);
    expect(texts(e!.targets).join(' ')).toContain(target);
  });
  it.each([
    ['The new law allows police to detain suspects for a week.', 'allows'],
    ['The weather allowed farmers to plant early.', 'allowed'],
    ['A contentious visa program allows wealthy foreigners to obtain green cards.', 'allows'],
  ])('no event from "%s" at "%s" (the permitting subject names no party)', (text, word) => {
    expect(on(run(text), word)).toEqual([]);
  });
});

describe('events: withdrawing observers or aid workers ends a presence (§SANCTION), withdrawing troops is RETREAT', () => {
  it.each([
    ['Britain withdrew observers from Angola.', 'withdrew', 'SANCTION'],
    ['The United Nations withdrew its aid workers from the province.', 'withdrew', 'SANCTION'],
    ['Nigeria withdrew its troops from Liberia.', 'withdrew', 'RETREAT'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type) => {
    expect(on(run(text), trigger)[0]?.type).toBe(type);
  });
});

describe('events: cancelling a visit or talks is SANCTION (§SANCTION: cancellation of meetings)', () => {
  it.each([
    ['The Finnish minister cancelled a planned visit to Chile.', 'visit', 'SANCTION', 'Chile'],
    ['Poland called off talks with Lithuania on Friday.', 'talks', 'SANCTION', 'Lithuania'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type, target) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(texts(e!.targets).join(' ')).toContain(target);
  });
});

describe('events: a "press release" is a publication, not a release of captives', () => {
  it('no RETREAT from "press release"', () => {
    const r = run('The army said in a press release by the Defence Ministry that the border was calm.');
    expect(r.events.filter((e) => e.type === 'RETREAT')).toEqual([]);
  });
  it('the release of prisoners is RETREAT', () => {
    expect(on(run("The rebels' release of six prisoners was welcomed."), 'release')[0]?.type).toBe('RETREAT');
  });
});

describe('events: a giving verb aims at its "to" recipient, not at the gift (§AID)', () => {
  it.each([
    ['Norwegian nurses handed over forty crates of vaccines to the Red Cross in Mosul.', 'handed over', 'AID', 'Red Cross'],
    ['Kenya will contribute 500 police officers to the mission in Haiti.', 'contribute', 'AGREE', 'Haiti'],
    ['Japan donated ten ambulances to the Red Cross.', 'donated', 'AID', 'Red Cross'],
  ] as const)('"%s": "%s" is %s aimed at %s', (text, trigger, type, target) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(texts(e!.targets).join(' ')).toContain(target);
  });
  it('a known actor as direct object stays the target ("supplied Chad with fuel")', () => {
    expect(texts(on(run('Libya supplied Chad with fuel.'), 'supplied')[0]!.targets)).toContain('Chad');
  });
  it.each([
    // authority and office are no material aid (§AID)
    'The rebels handed over power to the council.',
    'The rebels handed over control of the port to the army.',
    'The outgoing mayor handed over the keys of the city to her successor.',
    // nor are papers
    'Activists handed over a dossier to the commission.',
    'Protesters handed over a petition to the governor.',
  ])('"%s" is no aid (a phrase trigger checks excluded objects too)', (text) => {
    expect(on(run(text), 'handed over')).toEqual([]);
  });
  it.each([
    'The donors handed over food and blankets to the refugees.',
    'The army handed over ten tonnes of medicine to the Red Cross.',
  ])('"%s" is aid', (text) => {
    expect(on(run(text), 'handed over')[0]?.type).toBe('AID');
  });
});

describe('events: a planned withdrawal keeps its place as target once it reads as an intent', () => {
  it('"will evacuate all outposts in the West Bank" is AGREE aimed at the West Bank', () => {
    const e = on(run('Israel will evacuate all outposts in the West Bank in May.'), 'evacuate')[0];
    expect(e?.type).toBe('AGREE');
    expect(texts(e!.targets)).toContain('the West Bank');
  });
  it('a planned meeting does not take its venue as target', () => {
    const e = on(run('Chile will meet Peru in Lima next week.'), 'meet')[0];
    expect(texts(e!.targets)).not.toContain('Lima');
  });
});

describe('events: "from" after a noun trigger is its author or its place, by the noun', () => {
  it.each([
    // a withdrawal is from a place: the author is the governing verb's subject
    ['Croatian Serbs said their forces had completed a withdrawal from Knin.', 'withdrawal', 'RETREAT', 'forces', 'Knin'],
    // an offer comes from its author
    ['Berlin rejected an offer from Minsk.', 'rejected', 'REJECT', 'Berlin', 'Minsk'],
  ] as const)('"%s": %s', (text, trigger, type, agent, target) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(texts(e!.agents).join(' ')).toContain(agent);
    expect(texts(e!.targets).join(' ')).toContain(target);
  });
});

describe('events: a participle right after a determiner is an adjective ("the besieged town")', () => {
  it('no ASSAULT from "the besieged town"', () => {
    expect(on(run('Aid reached the besieged town of Knin on Monday.'), 'besieged')).toEqual([]);
  });
  it('"Rebels besieged the town" is still ASSAULT', () => {
    expect(on(run('Rebels besieged the town of Knin.'), 'besieged')[0]?.type).toBe('ASSAULT');
  });
});

describe('events: PLOVER codes no event without a source actor ("4 people were killed" is not coded)', () => {
  it.each([
    ['Twenty people were killed in the north on Monday.', 'killed'],
    ['Two journalists were detained at the airport.', 'detained'],
  ])('no event from "%s" at "%s"', (text, word) => {
    expect(on(run(text), word)).toEqual([]);
  });
  it.each([
    ['Two journalists were detained by police at the airport.', 'detained', 'COERCE'],
    ['Gunmen killed twenty people in the north on Monday.', 'killed', 'ASSAULT'],
  ] as const)('"%s": "%s" with its source is %s', (text, trigger, type) => {
    expect(on(run(text), trigger)[0]?.type).toBe(type);
  });
});

describe('events: an "if"/"unless" clause after an event is its condition, not an event', () => {
  it.each([
    ['Chad said it would meet the rebels if they gave up their weapons.', 'gave up'],
    ['Iran threatened to launch a new offensive unless Iraq accepted its terms.', 'accepted'],
    ['The party will boycott the vote unless the president agrees to resign.', 'agrees'],
  ])('no event from the condition in "%s" at "%s"', (text, word) => {
    expect(on(run(text), word)).toEqual([]);
  });
  it('the main event keeps the condition subject as target', () => {
    const e = on(run('Iran threatened to launch a new offensive unless Iraq accepted its terms.'), 'threatened')[0];
    expect(e?.type).toBe('THREATEN');
    expect(texts(e!.targets).join(' ')).toContain('Iraq');
  });
  it.each([
    ['Serb rebels demanded a truce with Croat forces before allowing aid convoys into the town.', 'allowing'],
    ['The rebels said the army must withdraw before they release the hostages.', 'release'],
  ])('after a demand or a modal, a "before"/"until" clause is a condition too: "%s"', (text, word) => {
    expect(on(run(text), word)).toEqual([]);
  });
  it('after a plain past event, "before" is only time: "Police arrested six men before troops shelled the village."', () => {
    expect(on(run('Police arrested six men before troops shelled the village.'), 'shelled')[0]?.type).toBe('ASSAULT');
  });
  it('an event before the condition in its own clause stays', () => {
    expect(on(run('Police arrested two men in Lagos, and troops shelled a village if reports are true.'), 'shelled')[0]?.type).toBe('ASSAULT');
  });
});

describe('events: ", and <subject> <verb>" opens a new clause, a list or a participle does not', () => {
  it('the second clause is its own event, not the content of the first', () => {
    const r = run('Police arrested two men in Lagos, and troops shelled a village.');
    expect(on(r, 'arrested')[0]?.type).toBe('COERCE');
    expect(texts(on(r, 'shelled')[0]!.agents)).toEqual(['troops']);
  });
  it('"rifles and trucks seized last year from X" stays in the object', () => {
    const r = run('The rebels will return rifles and trucks seized last year from aid workers.');
    expect(on(r, 'seized')).toEqual([]);
    expect(texts(on(r, 'return')[0]!.targets).join(' ')).toContain('aid workers');
  });
  it('a list "to Chile and Peru, a weekly reports" is not cut', () => {
    const e = on(run('The group threatened to strike Chile and Peru, a weekly reports.'), 'threatened')[0];
    expect(e!.targets.some((t) => t.text.startsWith('Peru'))).toBe(true);
  });
});

describe('events: a verb phrase split by an adverb or a time still matches ("called Thursday on", "pushing hard for")', () => {
  it.each([
    ['A Lebanese daily called Friday on Arabs to reject the proposal.', 'called', 'REQUEST', 'Arabs'],
    ['Britain is pushing hard for a UN vote on the plan.', 'pushing', 'REQUEST', 'vote'],
    ['The president called Tuesday for calm.', 'called', 'REQUEST', 'calm'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type, target) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(texts(e!.targets).join(' ')).toContain(target);
  });
  it('an adverb does not join words that are not a phrase ("called him back later")', () => {
    expect(on(run('The minister called the envoy twice on Monday.'), 'called').every((e) => e.type !== 'REQUEST')).toBe(true);
  });
});

describe('events: a phrasal verb with its particle after the object ("forced X out of")', () => {
  it('"forced the agency, UNICEF, out of the region" is SANCTION expel aimed at the agency', () => {
    const e = on(run('Manila forced the UN children\'s agency, UNICEF, out of the region.'), 'forced')[0];
    expect(e?.type).toBe('SANCTION');
    expect(texts(e!.targets).join(' ')).toContain('children');
  });
  it('"forced the talks to a halt" has no particle: no expulsion', () => {
    expect(on(run('The strike forced the company to close two plants.'), 'forced').filter((e) => e.type === 'SANCTION')).toEqual([]);
  });
});

describe('events: opening an embassy initiates ties (§SUPPORT)', () => {
  it.each([
    ['Peru has opened an embassy in Hanoi.', 'opened', 'SUPPORT', 'Hanoi'],
  ] as const)('"%s"', (text, trigger, type, target) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(texts(e!.targets)).toContain(target);
  });
  it('opening a factory is no event', () => {
    expect(on(run('Toyota has opened a factory in Hanoi.'), 'opened')).toEqual([]);
  });
});

describe('events: a participle in a sentence-opening prepositional phrase modifies its noun', () => {
  it('"In a note handed over to the EU" is no AID event', () => {
    const r = run('In a note handed over to the European Union on Friday, Serbia said it would comply.');
    expect(on(r, 'handed')).toEqual([]);
  });
  it('"On Sunday police arrested six men" keeps its verb', () => {
    expect(on(run('On Sunday police arrested six men.'), 'arrested')[0]?.type).toBe('COERCE');
  });
});

describe('events: a passive whose subject is an excluded object is no event; a by-phrase after a verb is not the noun\'s author', () => {
  it.each([
    ['Their political demands were met by the government.', 'met'],
    ['Their political demands were met by the government.', 'demands'],
  ])('no event from "%s" at "%s"', (text, word) => {
    expect(on(run(text), word)).toEqual([]);
  });
  it('"Six hostages were released by the rebels" stays RETREAT', () => {
    expect(on(run('Six hostages were released by the rebels.'), 'released')[0]?.type).toBe('RETREAT');
  });
  it('"the demonstration organised by dockworkers" keeps its author', () => {
    const e = on(run('Riot police prevented the demonstration organised by dockworkers.'), 'demonstration')[0];
    expect(texts(e!.targets).join(' ')).toContain('dockworkers');
  });
});

describe('events: swearing or vowing to use force is a threat (§THREATEN: threaten to use violence)', () => {
  it.each([
    ['Ethnic Serbs have sworn to fight until they win.', 'fight', 'THREATEN'],
    ['The militia swore to attack the convoy.', 'attack', 'THREATEN'],
    ['The militia attacked the convoy.', 'attacked', 'ASSAULT'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type) => {
    expect(on(run(text), trigger)[0]?.type).toBe(type);
  });
});

describe('events: states and names are not acts ("in police custody", "the opposition coalition")', () => {
  it.each([
    ['A prisoner died while in Israeli police custody.', 'custody'],
    ['The suspect remains in custody.', 'custody'],
    ['Leaders of the opposition coalition agreed to postpone the rally.', 'coalition'],
  ])('no event from "%s" at "%s"', (text, word) => {
    expect(on(run(text), word)).toEqual([]);
  });
  it.each([
    ['Police took the suspect into custody.', 'custody', 'COERCE', 'Police'],
    ['Labour formed a coalition with the Greens.', 'coalition', 'COOPERATE', 'Labour'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type, agent) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(texts(e!.agents)).toContain(agent);
  });
});

describe('events: a pronoun in a ", saying …" clause refers to the subject of the clause the participle hangs on', () => {
  it('"Berlin rejected …, saying it was withholding aid" has Berlin withholding', () => {
    const e = on(run('Berlin rejected recent calls by Minsk for aid, saying it was withholding aid until elections.'), 'withholding')[0];
    expect(texts(e!.agents)).toEqual(['Berlin']);
  });
});

describe('events: the one put under arrest, into custody or on trial is the target (object, or passive subject)', () => {
  it.each([
    ['Police placed the mayor under arrest on Friday.', 'arrest', 'COERCE', 'Police', 'mayor'],
    ['Police took the suspect into custody.', 'custody', 'COERCE', 'Police', 'suspect'],
    ['The court put the general on trial.', 'trial', 'ACCUSE', 'court', 'general'],
    ['A US diplomat has been put under investigation by Spanish prosecutors.', 'investigation', 'ACCUSE', 'prosecutors', 'diplomat'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type, agent, target) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(texts(e!.agents).join(' ')).toContain(agent);
    expect(texts(e!.targets).join(' ')).toContain(target);
  });
  it('without its author the subject is no agent; the state where it is done acts (events.passive.place-authority)', () => {
    const found = on(run('A US diplomat has been put under investigation in Spain for her role.'), 'investigation');
    expect(found.flatMap((e) => texts(e.agents))).toEqual(['Spain']);
    expect(on(run('A US diplomat has been put under investigation for her role.'), 'investigation')).toEqual([]);
  });
});

describe('events: paying compensation is restitution (§RETREAT mode return)', () => {
  it.each([
    ['Kenya said it had paid compensation to 40 families for land they lost.', 'paid compensation', 'RETREAT', '40 families'],
    ['The government will compensate farmers for the floods.', 'compensate', 'AGREE', 'farmers'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type, target) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(texts(e!.targets).join(' ')).toContain(target);
  });
  it('"Insurance compensates owners" names no party: no event', () => {
    expect(on(run('Insurance compensates owners for damage.'), 'compensates')).toEqual([]);
  });
});

describe('events: a condition makes a material act a threat, never a verbal act (§THREATEN)', () => {
  it.each([
    ['The senator would endorse the bill if it were amended.', 'endorse', 'SUPPORT'],
    ['The minister would condemn the vote if it went ahead.', 'condemn', 'ACCUSE'],
    ['The rebels will attack the town if the army advances.', 'attack', 'THREATEN'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type) => {
    expect(on(run(text), trigger)[0]?.type).toBe(type);
  });
});

describe('events: receiving observers lets them in (§RETREAT access); a collective head stands for its members', () => {
  it.each([
    ['The Malian president received a team of observers sent by the African Union.', 'received', 'RETREAT'],
    ['The Kenyan president received UN observers on Monday.', 'received', 'RETREAT'],
    ['The Kenyan president received a delegation of business leaders from Japan.', 'received', 'CONSULT'],
    // the manual's third parties: observers, peacekeepers, humanitarian workers (and investigators, inspectors)
    ['The government received a team of aid workers.', 'received', 'RETREAT'],
    ['The Kenyan president received UN investigators on Monday.', 'received', 'RETREAT'],
    ['Sudan received a contingent of peacekeepers from Rwanda.', 'received', 'RETREAT'],
    ['Officials received hundreds of monitors ahead of the vote.', 'received', 'RETREAT'],
    // a visit: envoys, ministers, a group of students
    ['The prime minister received the French envoy.', 'received', 'CONSULT'],
    ['The minister received a group of farmers.', 'received', 'CONSULT'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type) => {
    expect(on(run(text), trigger)[0]?.type).toBe(type);
  });
});

describe('events: an announced withdrawal of observers or expulsion of agencies is a threat (§THREATEN)', () => {
  it.each([
    ['The UN chief announced that he will withdraw inspectors and aid workers from Somalia.', 'withdraw', 'THREATEN'],
    ['Britain withdrew observers from Angola.', 'withdrew', 'SANCTION'],
    ['The US said it would prohibit all aid to the rebels.', 'aid', 'SANCTION'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type) => {
    expect(on(run(text), trigger)[0]?.type).toBe(type);
  });
});

describe('events: an -ing form after a determiner is a noun event ("a public hearing", "the army\'s shelling")', () => {
  it.each([
    ["Italy's highest court opened a public hearing Tuesday on whether the new tax is lawful.", 'hearing', 'ACCUSE', 'court'],
    ['The committee opened a hearing into the crash.', 'hearing', 'ACCUSE', 'committee'],
    ["The army's shelling of the town killed six.", 'shelling', 'ASSAULT', 'army'],
  ] as const)('"%s": "%s" is %s', (text, trigger, type, agent) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(texts(e!.agents).join(' ')).toContain(agent);
  });
  it.each([
    ['The ruling party won the vote.', 'ruling'],
    ['After hearing the news, the minister resigned.', 'hearing'],
  ])('no event from "%s" at "%s"', (text, word) => {
    expect(on(run(text), word)).toEqual([]);
  });
});

describe('events: a material act that is the content of a verbal one lends its place as target', () => {
  it('"agreed to postpone the march in Minsk" is AGREE aimed at Minsk', () => {
    const e = on(run('Opposition leaders agreed to postpone the march in Minsk until May.'), 'agreed')[0];
    expect(e?.type).toBe('AGREE');
    expect(texts(e!.targets)).toContain('Minsk');
  });
  it('"agreed to hold talks in Geneva": a meeting place is not a target', () => {
    const e = on(run('The two sides agreed to hold talks in Geneva.'), 'agreed')[0];
    expect(texts(e!.targets)).not.toContain('Geneva');
  });
});

describe('events: an object keeps a modifier compromise reads as a verb ("eight top rebel leaders")', () => {
  it('the whole object is the target', () => {
    const e = on(run('Drone attacks have killed at least eight top rebel leaders since July.'), 'killed')[0];
    expect(texts(e!.targets)).toEqual(['at least eight top rebel leaders']);
  });
  it('a verb after a noun object is not swallowed ("told the troops to stop")', () => {
    const e = on(run('The general ordered the troops to stop firing.'), 'ordered')[0];
    expect(texts(e!.targets).join(' ')).not.toContain('stop');
  });
});

describe('events: modal auxiliaries come from one list (src/lexicon/function-words.ts)', () => {
  it.each([
    // possibility: hypothetical; ability ("can") states a capacity, not an offer
    ['Militias might attack the convoy, officials warned.', 'attack', 'ASSAULT', 'hypothetical'],
    ['Militias may attack the convoy, officials warned.', 'attack', 'ASSAULT', 'hypothetical'],
    ['The Red Cross can help the refugees.', 'help', 'AID', 'asserted'],
    ['Norway shall withdraw its troops from the island.', 'withdraw', 'AGREE', 'planned'],
  ] as const)('"%s": %s is %s, %s', (text, trigger, type, modality) => {
    const e = on(run(text), trigger)[0];
    expect(e?.type).toBe(type);
    expect(e?.modality).toBe(modality);
  });
});

describe('events: a time in the trigger\'s complement dates the embedded event, not the trigger (event-context embeddedTime)', () => {
  // publication date 2026-02-05 (a Thursday)
  it.each([
    // the signing is not in 2027: the supply starts then
    ['Helios Motors signed a deal with Northwind Energy to supply batteries from 2027.', 'signed', null],
    ['Germany signed a five-year supply deal with France starting in 2027.', 'signed', null],
    // the call is made now: "next month" dates the talks
    ['The opposition called for talks with the government next month.', 'called for', null],
    ['Rebels pushed for elections in March.', 'pushed for', null],
    // inside an infinitive complement
    ['Kenya agreed to withdraw its troops by March.', 'agreed', null],
    ['The president urged lawmakers to approve the budget in June.', 'urged', null],
    ['The union threatened to strike next week.', 'threatened', null],
    ['Police detained the two men until Monday.', 'detained', null],
  ] as const)('"%s": %s is undated', (text, trigger, date) => {
    const e = on(run(text), trigger)[0];
    expect(e).toBeDefined();
    expect(e!.date).toBe(date);
  });

  it.each([
    // a time of the trigger's own, before the complement
    ['Helios Motors signed a deal with Northwind Energy on Tuesday to supply batteries from 2027.', 'signed', '2026-02-03'],
    // a past time in a "for" phrase is the call's own
    ['The UN chief called for a ceasefire on Tuesday.', 'called for', '2026-02-03'],
    // a past day in the complement of a past act is its occasion
    ['The senator refused to meet the governor on Monday.', 'refused', '2026-02-02'],
    // planned events keep their future time
    ['The union said it would strike next month.', 'strike', '2026-03'],
    ['France will host talks with Germany next month.', 'host', '2026-03'],
    ['Police will ban protests from Monday.', 'protests', '2026-02-09'],
    // an infinitive of purpose is no complement
    ['The minister visited the border town to meet farmers on Monday.', 'visited', '2026-02-02'],
    ['Police arrested two men on Monday.', 'arrested', '2026-02-02'],
  ] as const)('"%s": %s is dated %s', (text, trigger, date) => {
    const e = on(run(text), trigger)[0];
    expect(e).toBeDefined();
    expect(e!.date).toBe(date);
  });
});

describe('events: nature is no actor (PLOVER codes the acts of political actors)', () => {
  it.each([
    ['A strong earthquake struck eastern Turkey early on Sunday.', 'struck'],
    ['Floods killed at least 40 people in the delta last week.', 'killed'],
    ["The hurricane's winds destroyed hundreds of homes on the coast.", 'destroyed'],
    ['A wildfire forced thousands of residents to flee their homes.', 'forced'],
  ])('"%s" → no event at "%s"', (text, trigger) => {
    expect(on(run(text), trigger)).toEqual([]);
  });

  it.each([
    // a person or a party named with a force of nature is still an actor
    ['Rebels struck an army base in the north on Sunday.', 'struck', 'ASSAULT'],
    ['Police fired tear gas at protesters near the fire station.', 'fired', 'ASSAULT'],
  ])('"%s" keeps its event at "%s"', (text, trigger, type) => {
    expect(on(run(text), trigger).map((e) => e.type)).toContain(type);
  });
});

describe('events: a country that acts is the agent, not the place (locations)', () => {
  it.each([
    ['Germany and Greece offered rescue teams on Monday.', 'offered', null],
    ['Germany sent doctors, while the European Union pledged 5 million euros in emergency aid.', 'pledged', null],
    ['Russian forces shelled Kharkiv overnight, officials in Kyiv said.', 'shelled', 'Kharkiv'],
    ['Police raided the offices of a charity in Lyon on Tuesday.', 'raided', 'Lyon'],
  ])('"%s" → %s located at %s', (text, trigger, place) => {
    expect(on(run(text), trigger)[0]?.location?.text ?? null).toBe(place);
  });
});

describe('events: "search for" is looking for, not a search (§COERCE seize)', () => {
  it.each([
    ['Rescue teams were searching for dozens of people believed trapped.', 'searching'],
    ['Divers searched for the missing fishermen until dusk.', 'searched'],
  ])('"%s" → no event', (text, trigger) => {
    expect(on(run(text), trigger)).toEqual([]);
  });

  it('"police searched the house for weapons" is a search', () => {
    expect(on(run('Police searched the house for weapons on Monday.'), 'searched').map((e) => e.type)).toEqual(['COERCE']);
  });
});

describe('events: warning of a risk is comment, warning of one\'s own response a threat (§THREATEN)', () => {
  it.each([
    ['The agency warned of a humanitarian crisis in the north.', 'warned'],
    ['Health officials warn of a surge in measles cases this spring.', 'warn'],
  ])('"%s" → no event', (text, trigger) => {
    expect(on(run(text), trigger)).toEqual([]);
  });

  it.each([
    ['Russia warned of retaliation against Kyiv on Monday.', 'warned'],
    ['Iran warned Israel of a crushing response.', 'warned'],
  ])('"%s" → THREATEN', (text, trigger) => {
    expect(on(run(text), trigger).map((e) => e.type)).toEqual(['THREATEN']);
  });
});
