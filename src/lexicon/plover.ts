/**
 * PLOVER event-trigger lexicon (data only).
 *
 * Source: Open Event Data Alliance, "PLOVER: Political Language Ontology for Verifiable Event
 * Records" — openeventdata/PLOVER, PLOVER_MANUAL.tex (2021 revision), plus the project's
 * CAMEO2PLOVER-2021.txt crosswalk where the manual is silent. Sections used:
 *
 *   ch. "Event, Mode, and Context"  — modes are per category; verbal categories usually have none;
 *                                     negation/future/hypothetical are contexts, not lexicon data.
 *   §AGREE     — agree to, offer, promise, indicate willingness; *promises* to sign/ratify.
 *   §CONSULT   — meetings, visits, hosting, phone; "holding talks", discussions, negotiations.
 *                modes: visit | third-party | multilateral | phone.
 *   §SUPPORT   — praise, commend, approve, endorse; recognition; *actually* signing/ratifying
 *                an agreement is SUPPORT (only the promise to sign is AGREE).
 *   §CONCEDE   — verbal concessions: easing restrictions, lifting curfews, suspending protests,
 *                declaring (not implementing) ceasefires; pardons/amnesties; regret/apology.
 *   §COOPERATE — mutual material cooperation: economic, joint military exercises, judicial
 *                (extradition), intelligence sharing.
 *   §AID       — material aid benefitting the recipient. modes: economic | military |
 *                humanitarian | asylum (draft table).
 *   §RETREAT   — immediate material concessions. modes: withdraw | release | return | disarm |
 *                ceasefire | access | resign. (Release or *exchange* of prisoners is RETREAT.)
 *   §DEMAND    — "all demands and orders". The category set of this project names it REQUEST
 *                (as in the category list we were given); the manual's modes shared with
 *                REJECT are assist | change | yield | meet. The manual says mere requests/appeals
 *                (CAMEO 02) are not coded; we keep the softer verbs (ask, appeal, invite, seek) as
 *                REQUEST but flag them `weak` so the extractor can demand extra evidence.
 *   §ACCUSE    — merges CAMEO DISAPPROVE + INVESTIGATE. modes: disapprove | investigate |
 *                allege ("formally or informally accuse; sue, indict, or charge; bring to trial").
 *   §REJECT    — all rejections and refusals; defying laws; vetoes; refusing to meet. (An older
 *                draft made cancelled meetings REJECT; the 2021 §SANCTION lists "cancellation of
 *                meetings" with mode cancel, which events.ts follows.)
 *   §THREATEN  — threats and forceful warnings, ultimatums. mode = content of the threat:
 *                restrict | ban | arrest | relations | expel | territory | violence.
 *   §PROTEST   — demonstrations and collective dissent. modes: demo | riot | general | strike |
 *                hunger | boycott | obstruct.
 *   §SANCTION  — reductions in existing relations (CAMEO REDUCE RELATIONS), embargoes,
 *                sanctions; conviction in court. modes: convict | expel | withdraw | discontinue.
 *                Expulsion/deportation of *individuals* is COERCE.
 *   §MOBILIZE  — military/police moves short of force; single-country exercises.
 *                modes: troops | weapons | police | militia. (Joint exercises are COOPERATE.)
 *   §COERCE    — repression and restriction of rights. modes: confiscate | restrict | ban | censor
 *                | curfew | martial-law | arrest ("arrest, detain, or charge with legal action")
 *                | deport | withhold. Raids, searches and seizures use mode `seize` (our label for
 *                the manual's "confiscate"/CAMEO 171 "seize or damage property").
 *   §ASSAULT   — deliberate actions that can cause substantial physical harm. modes: abduct | beat
 *                | torture | execute | sexual | assassinate | destroy | primitive | firearms |
 *                explosives | suicide-attack | heavy-weapons | cleansing | massacre |
 *                unconventional | sideAB. Carried-out occupations are ASSAULT (§THREATEN).
 *
 * Decisions the manual forced (see `note` on the entries):
 *   - charge / indict / sue / prosecute / "bring to trial" → ACCUSE mode `allege` (§ACCUSE table,
 *     which names them explicitly; COERCE `arrest` covers charging only alongside detention).
 *   - investigate / probe / inquiry / investigation / questioning-type summons → ACCUSE
 *     `investigate` ("All investigations", CAMEO 09 → ACCUSE).
 *   - summon → ACCUSE: summoning a person for questioning is part of an investigation; summoning
 *     an ambassador is an official complaint (disapprove). `modeHints` picks the mode.
 *   - convict / "find guilty" → SANCTION `convict`; sentence / jail / imprison → COERCE `arrest`
 *     ("when individuals are found guilty and are therefore detained, use COERCE").
 *   - sign / ratify (the act) → SUPPORT; agree / pledge / promise / offer → AGREE.
 *   - apologize / regret / pardon / amnesty / lift curfew → CONCEDE; release / free / resign /
 *     withdraw troops / disarm → RETREAT.
 *   - cancel / suspend (meetings, visits, talks) → SANCTION (§SANCTION "cancellation of meetings", mode cancel;
 *     events.ts STOPPING); refusing to meet → REJECT; expel → SANCTION `expel` (deport → COERCE `deport`).
 *   - boycott → PROTEST `boycott` (collective dissent mode); a state-imposed embargo is SANCTION.
 *   - ban / outlaw → COERCE `ban`; impose sanctions / embargo → SANCTION `discontinue`.
 *   - petition / complain → ACCUSE `disapprove` (written protests, CAMEO 114).
 *   - single-country drills → MOBILIZE; joint exercises → COOPERATE.
 *
 * Reporting verbs (say, tell, add, report, ...) are deliberately absent: they introduce quotes,
 * they are not events.
 *
 * Lemma conventions: single words are the verb infinitive or the noun singular ("talks",
 * "sanctions" and "summons" are also keyed because their plural carries the meaning).
 * Multi-word triggers are content words only, in lemma form ("launch inquiry", "call for",
 * "impose sanction", "open fire"); determiners/possessives may intervene in the text.
 */

export type PloverCategory =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

export interface TriggerEntry {
  /** lemma of the verb ("raid"), or the noun ("raid", "inquiry"), or a multi-word lemma phrase ("call for", "launch inquiry") with content words only in lemma form */
  lemma: string;
  pos: 'verb' | 'noun';
  category: PloverCategory;
  /** PLOVER mode where the manual gives one */
  mode?: string;
  /** prepositions that introduce the target after the trigger, e.g. inquiry → ['into'], accuse → [] (direct object), call → ['for'] */
  targetPreps?: string[];
  /** why: short reason id, e.g. 'coerce.seize.raid' */
  rule: string;
  /** the lemma split into words (one element for single-word triggers) */
  tokens: readonly string[];
  /** true for multi-word triggers */
  multiword: boolean;
  /** polysemous in general English: only an event with supporting evidence (actor subject, matching object, ...) */
  weak?: boolean;
  /** only a trigger when one of `targetPreps` follows (e.g. noun "call" only in "call for") */
  requiresPrep?: boolean;
  /** head words of objects/complements that make this NOT an event ("release a statement", "commit a crime") */
  excludeObjects?: readonly string[];
  /** words right after the trigger that make it NOT an event ("search for survivors": looking, not a search of premises) */
  excludeNext?: readonly string[];
  /** category → object head words that give the trigger that category instead ("block" + road → PROTEST) */
  categoryByObject?: Readonly<Partial<Record<PloverCategory, readonly string[]>>>;
  /** only an event when one of these words (lemmas) stands within five words of it, e.g. deploy + troops (not "deploy software") */
  requireNear?: readonly string[];
  /** object/complement head word → mode, overriding `mode` (e.g. summon + ambassador → disapprove) */
  modeHints?: Readonly<Record<string, string>>;
  /** words right before a noun trigger that make it no event ("press release", "news release") */
  excludeModifiers?: readonly string[];
  /** only an event when its agent names a party ("the government allowed …", not "the law allows …") */
  partyAgent?: boolean;
  /** prepositions that make the noun's phrase a state, not an act ("in police custody", vs "into custody") */
  stateAfter?: readonly string[];
  /**
   * a "that"-clause after the verb is a statement about a risk, no event, unless its subject is a
   * party ("warned that costs could weigh on profits" vs "warned that Israel would pay a price")
   */
  statementClause?: boolean;
  /**
   * a verb of naming ("called the report deceptive", "branded him a traitor"): when a label
   * follows the object, the verb is no act of its own sense; with a negative label it is
   * disapproval (PLOVER ACCUSE disapprove), with any other label no event
   */
  labelling?: boolean;
  /** only an event when its target names a party ("rebuild Iraq", not "rebuild every destroyed home") */
  partyTarget?: boolean;
  /** only an event when none of these words (lemmas or forms) stands within five words of it ("shot wide of the goal") */
  excludeNear?: readonly string[];
  /** object heads that are what the act is done with, not to ("fired two missiles", "fired tear gas"): never its target */
  instrumentObjects?: readonly string[];
  /** only a verb with an object right after it ("backed the plan"; not "lure tourists back,") */
  needsObject?: boolean;
  /** a decision taken from the manual, for the reader */
  note?: string;
}

export const PLOVER_CATEGORIES: readonly PloverCategory[] = Object.freeze([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const);

/** Valid modes per category (manual tables; COERCE adds `seize`, see header). */
export const PLOVER_MODES: Readonly<Record<PloverCategory, readonly string[]>> = Object.freeze({
  AGREE: [],
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: ['economic', 'military', 'humanitarian', 'asylum'],
  RETREAT: ['withdraw', 'release', 'return', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'ban', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'general', 'strike', 'hunger', 'boycott', 'obstruct'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'confiscate', 'restrict', 'ban', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold'],
  ASSAULT: [
    'abduct', 'beat', 'torture', 'execute', 'sexual', 'assassinate', 'destroy', 'primitive', 'firearms',
    'explosives', 'suicide-attack', 'heavy-weapons', 'cleansing', 'massacre', 'unconventional', 'sideAB',
  ],
});

// ---------------------------------------------------------------------------------------------
// Shared hint tables
// ---------------------------------------------------------------------------------------------

/** §DEMAND / §REJECT shared modes, keyed by the head of what is demanded or refused. */
const DEMAND_MODE_HINTS: Readonly<Record<string, string>> = {
  aid: 'assist', assistance: 'assist', help: 'assist', support: 'assist', cooperation: 'assist', weapon: 'assist',
  fund: 'assist', funding: 'assist', loan: 'assist', asylum: 'assist', extradition: 'assist', protection: 'assist',
  reform: 'change', resignation: 'change', election: 'change', change: 'change', referendum: 'change',
  investigation: 'change', inquiry: 'change', probe: 'change', law: 'change', policy: 'change', rights: 'change',
  release: 'yield', ceasefire: 'yield', truce: 'yield', withdrawal: 'yield', halt: 'yield', end: 'yield',
  access: 'yield', lifting: 'yield', restraint: 'yield', calm: 'yield', 'de-escalation': 'yield',
  talks: 'meet', talk: 'meet', negotiation: 'meet', dialogue: 'meet', meeting: 'meet', mediation: 'meet',
  summit: 'meet', settlement: 'meet', peace: 'meet',
};

/** §THREATEN modes, keyed by the head of what is threatened. */
const THREAT_MODE_HINTS: Readonly<Record<string, string>> = {
  sanction: 'restrict', sanctions: 'restrict', boycott: 'restrict', strike: 'restrict', blockade: 'restrict',
  curfew: 'restrict', embargo: 'restrict', tariff: 'restrict', block: 'restrict',
  ban: 'ban', outlaw: 'ban', dissolve: 'ban',
  arrest: 'arrest', jail: 'arrest', detain: 'arrest', prosecute: 'arrest', imprison: 'arrest', prison: 'arrest',
  relations: 'relations', ties: 'relations', talks: 'relations', suspend: 'relations', sever: 'relations',
  quit: 'relations', leave: 'relations', withdraw: 'relations',
  expel: 'expel', deport: 'expel', expulsion: 'expel',
  invade: 'territory', occupy: 'territory', annex: 'territory', seize: 'territory', invasion: 'territory',
  attack: 'violence', kill: 'violence', war: 'violence', force: 'violence',
  retaliate: 'violence', retaliation: 'violence', bomb: 'violence', destroy: 'violence', violence: 'violence',
  revenge: 'violence', nuclear: 'violence', military: 'violence',
};

/** summon: ambassador → official complaint; a person for questioning → investigation; court → allege. */
const SUMMON_MODE_HINTS: Readonly<Record<string, string>> = {
  ambassador: 'disapprove', envoy: 'disapprove', diplomat: 'disapprove', 'chargé': 'disapprove',
  'charge d\'affaires': 'disapprove', embassy: 'disapprove', consul: 'disapprove',
  questioning: 'investigate', interrogation: 'investigate', interview: 'investigate', inquiry: 'investigate',
  hearing: 'investigate', committee: 'investigate', testimony: 'investigate', testify: 'investigate',
  court: 'allege', trial: 'allege', tribunal: 'allege',
};

/** objects that make "release" a publication, not freeing captives. */
const PUBLICATION_OBJECTS: readonly string[] = [
  'statement', 'report', 'video', 'footage', 'figure', 'data', 'album', 'film', 'detail', 'result', 'image',
  'photo', 'picture', 'recording', 'document', 'transcript', 'list', 'book', 'song', 'version', 'update',
  'earnings', 'product', 'information', 'memo', 'letter', 'audio', 'tape', 'name', 'budget', 'plan',
  'guideline', 'record', 'study', 'survey', 'poll', 'forecast', 'gas', 'funds', 'fund', 'balloon', 'water',
];

// ---------------------------------------------------------------------------------------------
// Table builder
// ---------------------------------------------------------------------------------------------

interface Extra {
  weak?: boolean;
  categoryByObject?: Readonly<Partial<Record<PloverCategory, readonly string[]>>>;
  requireNear?: readonly string[];
  requiresPrep?: boolean;
  excludeNext?: readonly string[];
  excludeObjects?: readonly string[];
  modeHints?: Readonly<Record<string, string>>;
  excludeModifiers?: readonly string[];
  partyAgent?: boolean;
  stateAfter?: readonly string[];
  statementClause?: boolean;
  labelling?: boolean;
  partyTarget?: boolean;
  excludeNear?: readonly string[];
  instrumentObjects?: readonly string[];
  needsObject?: boolean;
  note?: string;
  rule?: string;
}

/** [lemma, pos ('v' | 'n'), mode (or null), targetPreps (or null = unspecified), extra] */
type Spec = readonly [string, 'v' | 'n', (string | null)?, (readonly string[] | null)?, Extra?];

const W: Extra = { weak: true };

/** Weapons and armed forces: what makes "target" or "hit" physical. */
const WEAPONS: readonly string[] = [
  'missile', 'rocket', 'bomb', 'shell', 'mortar', 'drone', 'airstrike', 'strike', 'artillery', 'gunfire', 'gunman', 'gunmen',
  'sniper', 'grenade', 'explosive', 'warplane', 'jet', 'tank', 'helicopter', 'troop', 'troops', 'soldier', 'force', 'forces',
  'militant', 'militants', 'rebel', 'rebels', 'army', 'military', 'attack', 'raid', 'shelling', 'bullet', 'gun',
];

/** Things one attacks with words, not weapons: an attack on them is disapproval (ACCUSE). */
const VERBAL_TARGETS: readonly string[] = [
  'proposal', 'plan', 'policy', 'policies', 'bill', 'law', 'budget', 'decision', 'remark', 'remarks', 'comment', 'comments',
  'statement', 'record', 'idea', 'reform', 'reforms', 'stance', 'position', 'handling', 'strategy', 'report', 'ruling',
  'speech', 'agenda', 'legislation', 'measure', 'deal', 'program', 'programme', 'approach', 'claim', 'claims',
];

/** Ways and places that protesters block (PROTEST obstruct). */
const OBSTRUCTED_WAYS: readonly string[] = [
  'road', 'street', 'highway', 'motorway', 'bridge', 'railway', 'rail', 'track', 'traffic', 'border', 'crossing', 'entrance',
  'port', 'airport', 'tunnel', 'junction', 'intersection', 'square', 'roadway', 'gate', 'access',
];

/** Armed or police forces: what "deploy", "station", "send" move when they are MOBILIZE. */
const FORCES: readonly string[] = [
  'troop', 'troops', 'soldier', 'force', 'forces', 'police', 'policeman', 'officer', 'warship', 'ship', 'vessel', 'jet', 'aircraft',
  'plane', 'missile', 'tank', 'unit', 'personnel', 'reservist', 'peacekeeper', 'army', 'navy', 'battalion', 'brigade', 'contingent',
  'guard', 'marine', 'paratrooper', 'submarine', 'bomber', 'fighter', 'helicopter', 'weapon', 'artillery', 'division', 'militia',
  'military', 'carrier', 'destroyer', 'frigate', 'drone', 'gendarme', 'commando', 'special',
];

/**
 * The third parties whose entry is a material concession (§RETREAT access: "allowing the entry of
 * observers, peacekeepers, or humanitarian workers"): receiving or admitting them is RETREAT, not
 * a visit. Object heads ("aid workers" → worker, "UN investigators" → investigator).
 */
const ACCESS_PARTIES: readonly string[] = ['observer', 'monitor', 'inspector', 'investigator', 'peacekeeper', 'worker'];
/** Third parties whose presence ends when withdrawn (§SANCTION), or begins when allowed in (§RETREAT access). */
const WITHDRAWN_PRESENCE: readonly string[] = [...ACCESS_PARTIES, 'diplomat', 'envoy', 'volunteer', 'staff', 'mission', 'delegation'];
/**
 * Natural forces and disasters: their "strikes", "kills" and "hits" are no acts of a political
 * actor, which is all PLOVER codes ("an earthquake struck", "floods killed 40").
 */
export const NATURAL_FORCES: ReadonlySet<string> = new Set([
  'earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors', 'aftershock', 'aftershocks', 'tsunami', 'storm', 'storms',
  'hurricane', 'typhoon', 'cyclone', 'tornado', 'tornadoes', 'flood', 'floods', 'flooding', 'landslide', 'landslides', 'mudslide',
  'avalanche', 'wildfire', 'wildfires', 'fire', 'fires', 'blaze', 'eruption', 'volcano', 'drought', 'heatwave', 'heat', 'blizzard',
  'rain', 'rains', 'snow', 'lightning', 'winds', 'wind', 'monsoon', 'disaster', 'epidemic', 'pandemic', 'outbreak', 'virus',
]);

/** What one warns of as a risk, not as one's own act ("warned of a surge in cases", "warns of famine"). */
const WARNED_RISKS: readonly string[] = [
  'surge', 'risk', 'risks', 'danger', 'dangers', 'shortage', 'shortages', 'famine', 'crisis', 'recession', 'slowdown', 'outbreak',
  'spread', 'rise', 'increase', 'collapse', 'downturn', 'inflation', 'drought', 'flooding', 'storm', 'heat', 'shortfall', 'deficit',
  'epidemic', 'pandemic', 'resurgence', 'catastrophe', 'disaster', 'threat',
];

/** What is struck in an attack, not in a labour strike ("struck an army base", "struck the convoy"). */
const STRUCK_TARGETS: readonly string[] = [
  'base', 'bases', 'camp', 'camps', 'village', 'villages', 'town', 'city', 'convoy', 'position', 'positions', 'target', 'targets',
  'hospital', 'school', 'building', 'buildings', 'ship', 'ships', 'vessel', 'tanker', 'port', 'airport', 'airfield', 'depot',
  'bridge', 'checkpoint', 'facility', 'facilities', 'plant', 'headquarters', 'compound', 'district', 'neighbourhood', 'neighborhood',
  'outpost', 'barracks', 'troops', 'soldiers', 'forces', 'fighters', 'militants', 'patrol', 'vehicle', 'vehicles', 'tank', 'tanks',
  'refinery', 'pipeline', 'infrastructure', 'capital', 'region', 'province', 'area', 'areas',
];

/**
 * Heads that name a group by its members ("a team of inspectors", "a convoy of trucks", "hundreds
 * of troops"): the sense of a trigger is read from the members. General collective and
 * quantity nouns of English, not a list of observed phrases.
 */
export const COLLECTIVE_HEADS: ReadonlySet<string> = new Set([
  'mission', 'team', 'group', 'delegation', 'contingent', 'batch', 'unit', 'convoy', 'party', 'squad', 'band', 'crew', 'panel',
  'body', 'corps', 'fleet', 'column', 'detachment', 'company', 'force', 'number', 'handful', 'dozen', 'dozens', 'hundred',
  'hundreds', 'thousand', 'thousands', 'wave', 'shipment', 'consignment', 'load', 'cargo',
]);
/**
 * Labels that disapprove of what they name ("called the account deceptive", "branded the vote a
 * sham"): naming something so is criticism (PLOVER ACCUSE disapprove). General evaluative words of
 * English, adjectives and nouns, as forms and lemmas.
 */
export const NEGATIVE_LABELS: ReadonlySet<string> = new Set([
  'deceptive', 'misleading', 'false', 'lie', 'lies', 'liar', 'baseless', 'groundless', 'unfounded', 'absurd', 'ridiculous',
  'irresponsible', 'reckless', 'dangerous', 'provocative', 'provocation', 'unacceptable', 'illegal', 'illegitimate', 'unlawful',
  'hypocritical', 'hypocrisy', 'outrageous', 'shameful', 'disgraceful', 'disgrace', 'nonsense', 'propaganda', 'fabrication',
  'fabricated', 'slander', 'slanderous', 'smear', 'insult', 'insulting', 'farce', 'sham', 'fraud', 'fraudulent', 'violation',
  'terrorist', 'terrorists', 'terrorism', 'criminal', 'criminals', 'racist', 'traitor', 'traitors', 'aggression', 'aggressive',
  'betrayal', 'mistake', 'blunder', 'failure', 'disaster', 'catastrophe', 'catastrophic', 'wrong', 'unjust', 'unfair',
  'biased', 'malicious', 'hostile', 'arrogant', 'cowardly', 'barbaric', 'brutal', 'inhumane', 'cruel', 'despicable', 'vile',
  'heinous', 'appalling', 'deplorable', 'regrettable', 'escalatory', 'destabilising', 'destabilizing', 'threat', 'attack',
  'invasion', 'occupation', 'crime', 'crimes', 'genocide', 'massacre', 'war', 'coup', 'hoax', 'scam', 'lawless', 'rogue',
  'puppet', 'dictator', 'tyrant', 'thug', 'thugs', 'bully', 'extremist', 'extremists', 'fascist', 'distortion', 'untrue',
  'irrational', 'unprovoked', 'unjustified', 'unwarranted', 'interference', 'meddling', 'blackmail', 'piracy', 'theft',
  'rigged', 'stolen', 'flawed', 'corrupt', 'sinister', 'evil', 'criminally', 'politically motivated', 'motivated', 'bogus', 'sabotage',
]);

/**
 * Categories of a noun whose having is a state ("has a defence treaty with Manila", "have a
 * trade deal"): the noun after "have" is no act. Talks, fights and meetings one has are acts.
 */
export const HAVE_STATES: ReadonlySet<PloverCategory> = new Set(['AGREE', 'COOPERATE', 'SUPPORT']);

/** Determiners and quantifiers that name no one on their own ("every", "all", "some of"): never an argument alone. */
export const QUANTIFIER_WORDS: ReadonlySet<string> = new Set([
  'every', 'each', 'all', 'some', 'any', 'no', 'none', 'both', 'either', 'neither', 'another', 'such',
  'many', 'much', 'more', 'most', 'few', 'fewer', 'several', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'of',
]);

/**
 * What one declines or refuses to say: withholding a comment or a detail is no refusal of a
 * demand (PLOVER drops CAMEO 011 "decline comment"); "declined to say how many", "refused to
 * name the suspects", "declined to give details".
 */
const WITHHELD_WORDS: readonly string[] = [
  'comment', 'say', 'elaborate', 'disclose', 'confirm', 'name', 'identify', 'specify', 'speculate', 'reveal', 'detail',
  'details', 'respond', 'explain', 'divulge',
];

/** What is fired or launched: the act's instrument, its target is what it is fired at ("fired rockets at Sderot"). */
const PROJECTILES: readonly string[] = [
  'missile', 'rocket', 'shell', 'mortar', 'bullet', 'round', 'shot', 'gas', 'grenade', 'flare', 'torpedo', 'drone', 'salvo',
  'volley', 'projectile', 'cannon', 'weapon', 'gun', 'rifle', 'warning', 'tear',
];

/** Modifiers that make a fight or battle a contest without arms ("legal battle", "ideological battle", "takeover fight"). */
const FIGURATIVE_CONTESTS: readonly string[] = [
  'legal', 'political', 'ideological', 'court', 'courtroom', 'custody', 'uphill', 'bidding', 'takeover', 'proxy', 'budget',
  'electoral', 'election', 'leadership', 'public-relations', 'propaganda', 'verbal', 'diplomatic', 'regulatory', 'constitutional',
  'decades-long', 'years-long', 'long-running', 'bitter', 'personal', 'title', 'relegation', 'cup',
];

/**
 * Words of ball games: a "shot" among them is a kick or a throw at a goal ("opened the scoring with
 * a curling shot", "shot wide of the post"), not gunfire. General sports vocabulary.
 */
const BALL_GAME: readonly string[] = [
  'goal', 'goals', 'goalkeeper', 'keeper', 'scoring', 'scored', 'header', 'penalty', 'kick', 'crossbar', 'equaliser',
  'equalizer', 'striker', 'midfielder', 'winger', 'rebound', 'dribble', 'hat-trick', 'hoop', 'three-pointer', 'putt',
  'fairway', 'birdie', 'bogey', 'halftime', 'half-time',
];

/** What one hands over that is no material aid (§AID): authority and office ("handed over power") … */
const AUTHORITY: readonly string[] = [
  'power', 'control', 'authority', 'command', 'reins', 'presidency', 'leadership', 'office', 'sovereignty', 'key', 'baton', 'mandate',
];
/** … and papers, which inform rather than aid ("handed over a petition", "the evidence", "a list of names"). */
const PAPERS: readonly string[] = [
  'letter', 'petition', 'document', 'report', 'list', 'evidence', 'file', 'dossier', 'note', 'record', 'proposal', 'plan',
  'statement', 'memorandum', 'credential', 'signature',
];
/** What "allow" lets in: third parties and their entry (§RETREAT "allowing the entry of observers, peacekeepers, or humanitarian workers"). */
const ADMITTED: readonly string[] = [
  ...WITHDRAWN_PRESENCE, 'entry', 'access', 'return', 'passage', 'convoy', 'delivery', 'aid', 'agency', 'journalist', 'reporter',
];

function build(category: PloverCategory, specs: readonly Spec[]): TriggerEntry[] {
  return specs.map(([lemma, p, mode, preps, extra]) => {
    const tokens = lemma.split(' ');
    const entry: TriggerEntry = {
      lemma,
      pos: p === 'v' ? 'verb' : 'noun',
      category,
      rule:
        extra?.rule ??
        `${category.toLowerCase()}.${mode ?? 'general'}.${lemma.replace(/\s+/g, '_')}${p === 'n' ? '.n' : ''}`,
      tokens: Object.freeze(tokens),
      multiword: tokens.length > 1,
    };
    if (mode) entry.mode = mode;
    if (preps) entry.targetPreps = [...preps];
    if (extra?.weak) entry.weak = true;
    if (extra?.requiresPrep) entry.requiresPrep = true;
    if (extra?.excludeObjects) entry.excludeObjects = extra.excludeObjects;
    if (extra?.excludeNext) entry.excludeNext = extra.excludeNext;
    if (extra?.modeHints) entry.modeHints = extra.modeHints;
    if (extra?.requireNear) entry.requireNear = extra.requireNear;
    if (extra?.categoryByObject) entry.categoryByObject = extra.categoryByObject;
    if (extra?.excludeModifiers) entry.excludeModifiers = extra.excludeModifiers;
    if (extra?.partyAgent) entry.partyAgent = true;
    if (extra?.stateAfter) entry.stateAfter = extra.stateAfter;
    if (extra?.statementClause) entry.statementClause = true;
    if (extra?.labelling) entry.labelling = true;
    if (extra?.partyTarget) entry.partyTarget = true;
    if (extra?.excludeNear) entry.excludeNear = extra.excludeNear;
    if (extra?.instrumentObjects) entry.instrumentObjects = extra.instrumentObjects;
    if (extra?.needsObject) entry.needsObject = true;
    if (extra?.note) entry.note = extra.note;
    return Object.freeze(entry);
  });
}

// ---------------------------------------------------------------------------------------------
// AGREE — §AGREE: agree to, offer, promise, indicate willingness or commitment to cooperate
// ---------------------------------------------------------------------------------------------
const AGREE: readonly Spec[] = [
  ['agree', 'v', null, ['to', 'on', 'with']],
  ['pledge', 'v', null, []],
  ['promise', 'v', null, []],
  // (a company offering shares, a stake or a discount sells; it promises no party anything)
  ['offer', 'v', null, [], { excludeObjects: ['condolence', 'comment', 'prayer', 'detail', 'view', 'explanation', 'insight', 'share', 'shares', 'stake', '%', 'percent', 'bond', 'bonds', 'discount', 'discounts', 'price', 'product', 'products', 'service', 'services', 'dividend', 'refund', 'refunds', 'buyout', 'buyouts'] }],
  ['vow', 'v', null, [], { weak: true, note: 'vowing revenge/retaliation is THREATEN (multi-word entries)' }],
  ['commit', 'v', null, ['to'], {
    weak: true,
    excludeObjects: ['crime', 'murder', 'fraud', 'suicide', 'offence', 'offense', 'atrocity', 'violation', 'abuse', 'act', 'genocide', 'error', 'mistake', 'foul', 'sin'],
  }],
  ['undertake', 'v', null, [], W],
  ['consent', 'v', null, ['to']],
  ['volunteer', 'v', null, [], W],
  ['propose', 'v', null, [], W],
  ['accept', 'v', null, [], { weak: true, note: 'accepting demands is CONCEDE ("accept demand")' }],
  ['assure', 'v', null, [], W],
  ['reassure', 'v', null, [], W],
  ['guarantee', 'v', null, [], W],
  ['settle', 'v', null, [], { weak: true, excludeObjects: ['in', 'down'] }],
  ['reconcile', 'v', null, ['with'], W],
  ['agreement', 'n', null, ['with', 'on', 'to']],
  ['accord', 'n', null, ['with', 'on']],
  ['deal', 'n', null, ['with', 'on'], W],
  ['pact', 'n', null, ['with', 'on']],
  ['treaty', 'n', null, ['with', 'on'], W],
  ['pledge', 'n', null, ['to', 'of']],
  ['promise', 'n', null, ['to', 'of'], W],
  ['offer', 'n', null, ['to', 'of'], W],
  ['commitment', 'n', null, ['to'], W],
  ['proposal', 'n', null, ['for', 'to', 'on'], W],
  ['reconciliation', 'n', null, ['with'], W],
  ['agree to', 'v', null, []],
  ['reach agreement', 'v', null, ['with', 'on']],
  ['reach deal', 'v', null, ['with', 'on']],
  ['strike deal', 'v', null, ['with', 'on']],
  ['strike agreement', 'v', null, ['with', 'on']],
  ['clinch deal', 'v', null, ['with', 'on']],
  ['seal deal', 'v', null, ['with', 'on']],
  ['broker deal', 'v', null, ['between'], { note: 'brokering is mediation, but the outcome is an agreement (CAMEO 037/039 → AGREE)' }],
  ['reach consensus', 'v', null, ['on']],
  ['accept offer', 'v', null, []],
  ['accept proposal', 'v', null, []],
  ['accept invitation', 'v', null, []],
  ['accept plan', 'v', null, []],
  ['express willingness', 'v', null, ['to']],
  ['express readiness', 'v', null, ['to']],
  ['promise to sign', 'v', null, [], { note: '§SUPPORT: promises to sign or ratify are AGREE' }],
  ['pledge support', 'v', null, ['for', 'to']],
  ['offer mediation', 'v', null, []],
];

// ---------------------------------------------------------------------------------------------
// CONSULT — §CONSULT: meetings, visits, hosting, phone; talks, discussions, negotiations
// ---------------------------------------------------------------------------------------------
const CONSULT: readonly Spec[] = [
  ['meet', 'v', null, ['with'], { excludeObjects: ['demand', 'target', 'deadline', 'requirement', 'criterion', 'need', 'expectation', 'standard', 'goal', 'obligation', 'condition', 'death', 'end', 'fate'] }],
  ['visit', 'v', 'visit', []],
  ['host', 'v', 'visit', [], { note: 'host is the recipient of a visit (§CONSULT)' }],
  ['talk', 'v', null, ['with', 'to'], W],
  ['discuss', 'v', null, ['with']],
  ['negotiate', 'v', null, ['with']],
  ['consult', 'v', null, ['with']],
  ['confer', 'v', null, ['with'], W],
  ['mediate', 'v', 'third-party', ['between'], { note: 'CAMEO 045 mediate → CONSULT' }],
  ['bargain', 'v', null, ['with'], W],
  ['convene', 'v', 'multilateral', []],
  ['huddle', 'v', null, ['with'], W],
  ['receive', 'v', 'visit', [], {
    weak: true,
    // one receives a visitor ("received the envoy"), not "more than eight thousand reports"
    partyTarget: true,
    excludeObjects: ['award', 'prize', 'sentence', 'letter', 'call', 'payment', 'money', 'fund', 'funding', 'treatment', 'vaccine', 'dose', 'report', 'complaint', 'threat', 'support', 'aid', 'news', 'message', 'email', 'approval', 'vote', 'ballot', 'injury'],
    // receiving observers, peacekeepers or aid workers is letting them in (§RETREAT access), not a visit
    categoryByObject: { RETREAT: ACCESS_PARTIES },
  }],
  ['phone', 'v', 'phone', []],
  ['telephone', 'v', 'phone', []],
  ['call', 'v', 'phone', [], {
    weak: true,
    labelling: true,
    note: 'only the phone sense; "call for"/"call on" are REQUEST, "call off" REJECT, "call X a liar" is ACCUSE-like comment',
  }],
  ['tour', 'v', 'visit', [], W],
  ['travel', 'v', 'visit', ['to'], { weak: true, requiresPrep: true }],
  ['parley', 'v', null, ['with']],
  ['meeting', 'n', null, ['with', 'between']],
  ['talks', 'n', null, ['with', 'between', 'on']],
  ['talk', 'n', null, ['with', 'between', 'on'], { weak: true, note: 'compromise singularizes "talks" to "talk"' }],
  ['negotiation', 'n', null, ['with', 'between', 'on']],
  ['discussion', 'n', null, ['with', 'between', 'on'], W],
  ['consultation', 'n', null, ['with', 'between', 'on']],
  ['summit', 'n', 'multilateral', ['with', 'between']],
  ['visit', 'n', 'visit', ['to']],
  ['trip', 'n', 'visit', ['to'], W],
  ['tour', 'n', 'visit', ['of'], W],
  // (a news conference is a statement to the press, no meeting of parties)
  ['conference', 'n', 'multilateral', ['with', 'on'], { weak: true, excludeModifiers: ['news', 'press', 'video', 'telephone'] }],
  ['dialogue', 'n', null, ['with', 'between']],
  ['mediation', 'n', 'third-party', ['between']],
  ['parley', 'n', null, ['with']],
  ['videoconference', 'n', 'phone', ['with']],
  ['hold talks', 'v', null, ['with']],
  ['hold meeting', 'v', null, ['with']],
  ['sit down', 'v', null, ['with'], { weak: true, requiresPrep: true }],
  ['speak with', 'v', null, [], W],
  ['phone call', 'n', 'phone', ['with']],
  // "spoke by phone with Erdogan", "talked by telephone to": a call told by its medium
  ['speak by phone', 'v', 'phone', ['with', 'to']],
  ['speak by telephone', 'v', 'phone', ['with', 'to']],
  ['talk by phone', 'v', 'phone', ['with', 'to']],
  ['talk by telephone', 'v', 'phone', ['with', 'to']],
  ['speak on the phone', 'v', 'phone', ['with', 'to']],
  // (compromise leaves the participle "spoken" unlemmatised)
  ['spoken by phone', 'v', 'phone', ['with', 'to']],
  ['spoken by telephone', 'v', 'phone', ['with', 'to']],
  ['telephone call', 'n', 'phone', ['with']],
  ['video call', 'n', 'phone', ['with']],
  ['state visit', 'n', 'visit', ['to']],
  ['official visit', 'n', 'visit', ['to']],
  ['pay visit', 'v', 'visit', ['to']],
  ['hold summit', 'v', 'multilateral', ['with']],
  ['meet with', 'v', null, []],
];

// ---------------------------------------------------------------------------------------------
// SUPPORT — §SUPPORT: praise, commend, approve, endorse; recognition; sign/ratify agreements
// ---------------------------------------------------------------------------------------------
const SUPPORT: readonly Spec[] = [
  ['upgrade ties', 'v', null, ['with'], { note: '§SUPPORT: improving diplomatic relations' }],
  ['upgrade relations', 'v', null, ['with']],

  ['praise', 'v', null, []],
  ['commend', 'v', null, []],
  ['endorse', 'v', null, []],
  // "just back from", "get back to 40%", "backed into a corner": the adverb and its phrasal verbs
  ['back', 'v', null, [], { weak: true, needsObject: true, excludeNext: ['from', 'to', 'into', 'home', 'in', 'on', 'up', 'down', 'off', 'away', 'out', 'at'] }],
  ['support', 'v', null, [], W],
  ['welcome', 'v', null, [], W],
  // "thanks to", "thanks in part to": a preposition of cause
  ['thank', 'v', null, [], { excludeNext: ['to', 'in', 'largely', 'partly', 'mainly'] }],
  ['recognize', 'v', null, [], W],
  ['recognise', 'v', null, [], W],
  ['applaud', 'v', null, []],
  ['hail', 'v', null, []],
  ['laud', 'v', null, []],
  ['congratulate', 'v', null, []],
  ['approve', 'v', null, [], W],
  ['defend', 'v', null, [], { weak: true, note: 'verbal defence (CAMEO 052); military defence is COOPERATE' }],
  ['ratify', 'v', null, [], { note: '§SUPPORT: ratifying an agreement is SUPPORT; promising to is AGREE' }],
  ['sign', 'v', null, [], { note: '§SUPPORT: signing an agreement is SUPPORT; promising to sign is AGREE' }],
  ['champion', 'v', null, [], W],
  ['salute', 'v', null, [], W],
  ['acclaim', 'v', null, []],
  ['embrace', 'v', null, [], W],
  ['forgive', 'v', null, [], { note: 'CAMEO 056 forgive → SUPPORT' }],
  ['normalize', 'v', null, [], W],
  ['normalise', 'v', null, [], W],
  ['vouch', 'v', null, ['for']],
  ['extol', 'v', null, []],
  ['reaffirm', 'v', null, [], W],
  ['praise', 'n', null, ['for', 'of']],
  ['support', 'n', null, ['for', 'of'], W],
  ['endorsement', 'n', null, ['of']],
  ['recognition', 'n', null, ['of'], W],
  ['approval', 'n', null, ['of', 'for'], W],
  ['backing', 'n', null, ['of', 'for'], W],
  ['ratification', 'n', null, ['of']],
  ['congratulation', 'n', null, ['to', 'on']],
  ['tribute', 'n', null, ['to'], W],
  ['normalization', 'n', null, ['of', 'with']],
  ['solidarity', 'n', null, ['with'], W],
  ['express support', 'v', null, ['for']],
  ['voice support', 'v', null, ['for']],
  ['throw weight behind', 'v', null, []],
  ['rally behind', 'v', null, []],
  ['stand with', 'v', null, [], W],
  ['stand by', 'v', null, [], W],
  ['side with', 'v', null, []],
  ['pay tribute', 'v', null, ['to']],
  ['express solidarity', 'v', null, ['with']],
  ['establish ties', 'v', null, ['with'], { note: '§SUPPORT: initiation of diplomatic ties' }],
  ['open embassy', 'v', null, ['in'], { note: '§SUPPORT: initiation of diplomatic ties; closing one is SANCTION' }],
  ['establish relations', 'v', null, ['with']],
  ['restore ties', 'v', null, ['with']],
  ['restore relations', 'v', null, ['with']],
  ['resume relations', 'v', null, ['with']],
  ['normalize ties', 'v', null, ['with']],
  ['normalize relations', 'v', null, ['with']],
  ['reopen embassy', 'v', null, ['in']],
  ['grant recognition', 'v', null, ['to']],
  ['sign agreement', 'v', null, ['with']],
  ['sign deal', 'v', null, ['with']],
  ['sign treaty', 'v', null, ['with']],
  ['sign accord', 'v', null, ['with']],
  ['vote for', 'v', null, [], W],
];

// ---------------------------------------------------------------------------------------------
// CONCEDE — §CONCEDE: verbal concessions; pardons; apologies; lifting curfews; declaring ceasefire
// ---------------------------------------------------------------------------------------------
const CONCEDE: readonly Spec[] = [
  ['apologize', 'v', null, ['for', 'to']],
  ['apologise', 'v', null, ['for', 'to']],
  ['regret', 'v', null, [], { weak: true, note: '§SUPPORT ambiguities: regret/remorse → CONCEDE' }],
  ['pardon', 'v', null, []],
  ['ease', 'v', null, [], W],
  ['lift', 'v', null, [], { weak: true, note: 'lifting curfews/bans/restrictions is CONCEDE; lifting sanctions/blockades is RETREAT (multi-word)' }],
  ['relax', 'v', null, [], W],
  ['loosen', 'v', null, [], W],
  ['concede', 'v', null, []],
  // permission is a concession ("easing of administrative or legal restrictions on persons and organizations");
  // letting observers or aid in is the material RETREAT access
  ['allow', 'v', null, [], { weak: true, partyAgent: true, categoryByObject: { RETREAT: ADMITTED } }],
  ['permit', 'v', null, [], { weak: true, partyAgent: true, categoryByObject: { RETREAT: ADMITTED } }],
  ['yield', 'v', null, ['to'], W],
  ['relent', 'v', null, []],
  ['back down', 'v', null, ['on']],
  ['give in', 'v', null, ['to']],
  ['cave in', 'v', null, ['to']],
  ['cave', 'v', null, ['to'], W],
  ['accede', 'v', null, ['to']],
  ['acquiesce', 'v', null, ['to']],
  ['compromise', 'v', null, ['on'], W],
  ['commute', 'v', null, [], { weak: true, excludeObjects: ['to', 'work'] }],
  ['reprieve', 'v', null, []],
  ['unban', 'v', null, []],
  ['legalize', 'v', null, [], W],
  ['legalise', 'v', null, [], W],
  ['reinstate', 'v', null, [], W],
  ['rescind', 'v', null, [], W],
  ['revoke ban', 'v', null, ['on']],
  ['reverse', 'v', null, [], W],
  ['apology', 'n', null, ['for', 'to']],
  ['pardon', 'n', null, ['for']],
  ['amnesty', 'n', null, ['for', 'to']],
  ['clemency', 'n', null, ['for']],
  ['concession', 'n', null, ['to', 'on']],
  ['reprieve', 'n', null, ['for']],
  ['grant amnesty', 'v', null, ['to'], { note: '§SUPPORT ambiguities: pardons and amnesties are CONCEDE' }],
  ['grant pardon', 'v', null, ['to']],
  ['grant clemency', 'v', null, ['to']],
  ['accept demand', 'v', null, [], { note: 'CAMEO 083 accede to demands → CONCEDE' }],
  ['meet demand', 'v', null, []],
  ['bow to', 'v', null, []],
  ['drop charge', 'v', null, ['against']],
  ['drop demand', 'v', null, ['for']],
  ['drop objection', 'v', null, ['to']],
  ['withdraw charge', 'v', null, ['against']],
  ['lift curfew', 'v', null, ['on', 'in'], { note: '§CONCEDE: remove curfews' }],
  ['ease curfew', 'v', null, ['on', 'in']],
  ['lift ban', 'v', null, ['on']],
  ['ease restriction', 'v', null, ['on']],
  ['lift restriction', 'v', null, ['on']],
  ['lift state emergency', 'v', null, ['in']],
  ['lift martial law', 'v', null, ['in']],
  ['end state emergency', 'v', null, ['in']],
  ['declare ceasefire', 'v', null, [], { note: '§CONCEDE: declarations (not implementations) of ceasefires' }],
  ['announce ceasefire', 'v', null, []],
  ['declare truce', 'v', null, []],
  ['suspend protest', 'v', null, [], { note: '§CONCEDE: suspending protests' }],
  ['call off strike', 'v', null, []],
  ['call off protest', 'v', null, []],
  ['end strike', 'v', null, []],
  ['end protest', 'v', null, []],
  ['express regret', 'v', null, ['for', 'over']],
  ['admit mistake', 'v', null, []],
];

// ---------------------------------------------------------------------------------------------
// COOPERATE — §COOPERATE: mutual economic, military, judicial, intelligence cooperation
// ---------------------------------------------------------------------------------------------
const COOPERATE: readonly Spec[] = [
  ['cooperate', 'v', null, ['with', 'on']],
  ['co-operate', 'v', null, ['with', 'on']],
  ['collaborate', 'v', null, ['with', 'on']],
  ['ally', 'v', null, ['with']],
  ['partner', 'v', null, ['with'], W],
  ['team up', 'v', null, ['with']],
  ['coordinate', 'v', null, ['with'], W],
  ['liaise', 'v', null, ['with'], W],
  ['extradite', 'v', null, ['to'], { note: '§COOPERATE: judicial cooperation such as extraditions' }],
  ['exchange', 'v', null, ['with'], { weak: true, excludeObjects: ['fire', 'gunfire', 'blow', 'insult', 'prisoner', 'accusation'] }],
  // sharing is cooperation only in what states and agencies pass each other ("share intelligence with"), not a faith, a border or a view
  ['share', 'v', null, ['with'], {
    weak: true,
    excludeObjects: ['price', 'stock', 'view', 'concern', 'story', 'photo', 'video', 'post'],
    requireNear: ['intelligence', 'information', 'data', 'technology', 'expertise', 'evidence', 'know-how', 'resources', 'water', 'power', 'burden', 'cost', 'costs', 'vaccine', 'vaccines', 'doses'],
  }],
  ['trade', 'v', null, ['with'], { weak: true, excludeObjects: ['insult', 'blow', 'accusation', 'barb', 'fire'] }],
  ['invest', 'v', null, ['in'], W],
  ['unite', 'v', null, ['with', 'against'], W],
  ['integrate', 'v', null, ['with'], W],
  ['cooperation', 'n', null, ['with', 'on', 'between']],
  ['co-operation', 'n', null, ['with', 'on', 'between']],
  ['collaboration', 'n', null, ['with', 'on', 'between']],
  ['partnership', 'n', null, ['with', 'between']],
  ['alliance', 'n', null, ['with', 'between'], W],
  // a coalition is mostly a group's name ("the opposition coalition said"); only "a coalition with X" is the act of allying
  ['coalition', 'n', null, ['with'], { weak: true, requiresPrep: true }],
  ['extradition', 'n', null, ['to', 'of']],
  ['exchange', 'n', null, ['with', 'between'], W],
  ['investment', 'n', null, ['in'], W],
  ['trade', 'n', null, ['with', 'between'], W],
  ['joint venture', 'n', null, ['with']],
  ['join force', 'v', null, ['with']],
  ['work together', 'v', null, ['on']],
  ['work with', 'v', null, [], W],
  ['combine force', 'v', null, ['with']],
  ['share intelligence', 'v', null, ['with'], { note: '§COOPERATE: voluntary sharing of intelligence' }],
  ['share information', 'v', null, ['with']],
  ['exchange intelligence', 'v', null, ['with']],
  ['hand over suspect', 'v', null, ['to']],
  ['joint exercise', 'n', null, ['with'], { note: '§MOBILIZE ambiguities: joint military operations are COOPERATE' }],
  ['joint drill', 'n', null, ['with']],
  ['joint patrol', 'n', null, ['with']],
  ['joint operation', 'n', null, ['with']],
  ['military cooperation', 'n', null, ['with']],
  ['security cooperation', 'n', null, ['with']],
  ['trade agreement', 'n', null, ['with'], { note: 'economic cooperation agreement, treated as material cooperation' }],
  ['free trade agreement', 'n', null, ['with']],
  ['join alliance', 'v', null, []],
  ['form alliance', 'v', null, ['with']],
  ['forge alliance', 'v', null, ['with']],
  ['defense pact', 'n', null, ['with']],
  ['defence pact', 'n', null, ['with']],
];

// ---------------------------------------------------------------------------------------------
// AID — §AID: material aid benefitting the recipient (economic, military, humanitarian, asylum)
// ---------------------------------------------------------------------------------------------
const AID: readonly Spec[] = [
  ['aid', 'v', null, []],
  ['donate', 'v', 'economic', ['to']],
  ['assist', 'v', null, [], W],
  ['help', 'v', null, [], W],
  ['provide', 'v', null, ['to', 'with'], W],
  ['supply', 'v', null, ['to', 'with'], W],
  ['fund', 'v', 'economic', [], W],
  ['finance', 'v', 'economic', [], W],
  ['lend', 'v', 'economic', ['to']],
  ['loan', 'v', 'economic', ['to']],
  ['grant', 'v', null, ['to'], { weak: true, note: 'grant asylum/loan → AID; grant amnesty → CONCEDE; grant access → RETREAT' }],
  ['subsidize', 'v', 'economic', [], W],
  ['subsidise', 'v', 'economic', [], W],
  ['disburse', 'v', 'economic', ['to']],
  ['airlift', 'v', 'humanitarian', ['to']],
  ['airdrop', 'v', 'humanitarian', ['to']],
  ['arm', 'v', 'military', [], { weak: true, note: '"armed men" is an adjective; only the verb "arm X"' }],
  ['equip', 'v', 'military', ['with'], W],
  ['train', 'v', 'military', [], W],
  ['shelter', 'v', 'humanitarian', [], W],
  ['rescue', 'v', 'humanitarian', [], W],
  ['bail out', 'v', 'economic', []],
  ['contribute', 'v', null, ['to'], W],
  ['hand over', 'v', null, ['to'], {
    weak: true,
    note: 'handing over goods to a recipient; power, suspects and weapons have their own phrases (CONCEDE, COOPERATE, RETREAT)',
    // (and bodies: returning remains is no aid either)
    excludeObjects: [...AUTHORITY, ...PAPERS, 'body', 'remains'],
  }],
  // a government rebuilding homes is domestic work; rebuilding a country or a party's town for it is aid
  ['rebuild', 'v', 'economic', [], { weak: true, partyTarget: true }],
  ['aid', 'n', null, ['to', 'for']],
  ['assistance', 'n', null, ['to', 'for']],
  ['donation', 'n', 'economic', ['to', 'for']],
  ['grant', 'n', 'economic', ['to', 'for'], W],
  ['loan', 'n', 'economic', ['to', 'for']],
  ['bailout', 'n', 'economic', ['for', 'of']],
  ['relief', 'n', 'humanitarian', ['to', 'for'], W],
  ['funding', 'n', 'economic', ['to', 'for'], W],
  ['subsidy', 'n', 'economic', ['to', 'for'], W],
  ['airlift', 'n', 'humanitarian', ['to']],
  ['airdrop', 'n', 'humanitarian', ['to']],
  ['send aid', 'v', null, ['to']],
  ['send assistance', 'v', null, ['to']],
  ['send weapon', 'v', 'military', ['to']],
  ['send arms', 'v', 'military', ['to']],
  ['supply weapon', 'v', 'military', ['to']],
  ['supply arms', 'v', 'military', ['to']],
  ['deliver aid', 'v', 'humanitarian', ['to']],
  ['deliver weapon', 'v', 'military', ['to']],
  ['provide aid', 'v', null, ['to']],
  ['provide assistance', 'v', null, ['to']],
  ['grant asylum', 'v', 'asylum', ['to'], { note: '§AID: asylum, territorial or diplomatic' }],
  ['give asylum', 'v', 'asylum', ['to']],
  ['grant loan', 'v', 'economic', ['to']],
  ['extend loan', 'v', 'economic', ['to']],
  ['extend credit', 'v', 'economic', ['to']],
  ['military aid', 'n', 'military', ['to', 'for']],
  ['military assistance', 'n', 'military', ['to', 'for']],
  ['humanitarian aid', 'n', 'humanitarian', ['to', 'for']],
  ['humanitarian assistance', 'n', 'humanitarian', ['to', 'for']],
  ['financial aid', 'n', 'economic', ['to', 'for']],
  ['economic aid', 'n', 'economic', ['to', 'for']],
  ['arms sale', 'n', 'military', ['to']],
  ['weapons delivery', 'n', 'military', ['to']],
];

// ---------------------------------------------------------------------------------------------
// RETREAT — §RETREAT: withdraw, release, return, disarm, ceasefire, access, resign
// ---------------------------------------------------------------------------------------------
const RETREAT: readonly Spec[] = [
  ['withdraw', 'v', 'withdraw', ['from'], {
    weak: true,
    note: 'military/territorial withdrawal; withdrawing from a treaty or organization is SANCTION withdraw',
    excludeObjects: ['charge', 'statement', 'money', 'cash', 'fund', 'bill', 'application', 'candidacy', 'nomination', 'offer', 'support', 'ambassador'],
    // §SANCTION: "terminate the deployment or presence of peacekeeping forces, inspectors or other observers", aid agencies
    categoryByObject: { SANCTION: WITHDRAWN_PRESENCE },
  }],
  ['pull out', 'v', 'withdraw', ['of', 'from']],
  ['pull back', 'v', 'withdraw', ['from']],
  ['retreat', 'v', 'withdraw', ['from']],
  ['evacuate', 'v', 'withdraw', ['from'], W],
  ['cede', 'v', 'withdraw', ['to']],
  ['relinquish', 'v', 'withdraw', [], W],
  ['release', 'v', 'release', [], {
    weak: true,
    excludeObjects: PUBLICATION_OBJECTS,
    note: 'only captives/property; "release a statement/report" is not an event',
  }],
  ['free', 'v', 'release', [], W],
  ['set free', 'v', 'release', []],
  ['repatriate', 'v', 'return', ['to'], { note: '§RETREAT: repatriation of refugees' }],
  ['return', 'v', 'return', ['to'], { weak: true, note: 'return of confiscated property or people; "returned home" is not an event' }],
  ['hand back', 'v', 'return', ['to']],
  ['give back', 'v', 'return', ['to']],
  ['disarm', 'v', 'disarm', []],
  ['demobilize', 'v', 'disarm', []],
  ['demobilise', 'v', 'disarm', []],
  ['decommission', 'v', 'disarm', [], W],
  ['surrender', 'v', 'disarm', ['to']],
  ['capitulate', 'v', 'disarm', ['to']],
  ['de-escalate', 'v', 'disarm', [], W],
  ['deescalate', 'v', 'disarm', [], W],
  ['resign', 'v', 'resign', ['from', 'as']],
  ['step down', 'v', 'resign', ['from', 'as']],
  ['stand down', 'v', 'resign', ['from', 'as'], W],
  ['quit', 'v', 'resign', ['as'], W],
  ['abdicate', 'v', 'resign', []],
  ['withdrawal', 'n', 'withdraw', ['from', 'of']],
  ['pullout', 'n', 'withdraw', ['from', 'of']],
  ['pull-out', 'n', 'withdraw', ['from', 'of']],
  ['retreat', 'n', 'withdraw', ['from']],
  ['evacuation', 'n', 'withdraw', ['from', 'of'], W],
  ['release', 'n', 'release', ['of'], { weak: true, excludeObjects: PUBLICATION_OBJECTS, excludeModifiers: ['press', 'news', 'media', 'film', 'album', 'product', 'software'] }],
  ['repatriation', 'n', 'return', ['of', 'to']],
  ['disarmament', 'n', 'disarm', ['of']],
  ['demobilization', 'n', 'disarm', ['of']],
  ['surrender', 'n', 'disarm', ['of', 'to']],
  ['resignation', 'n', 'resign', ['of', 'from', 'as']],
  ['ceasefire', 'n', 'ceasefire', ['with', 'between', 'in'], { weak: true, note: 'observing a ceasefire is RETREAT; declaring one is CONCEDE ("declare ceasefire")' }],
  ['cease-fire', 'n', 'ceasefire', ['with', 'between', 'in'], W],
  ['truce', 'n', 'ceasefire', ['with', 'between', 'in'], W],
  ['armistice', 'n', 'ceasefire', ['with', 'between']],
  ['prisoner exchange', 'n', 'release', ['with', 'between'], { note: '§SUPPORT ambiguities: actual release or exchange of prisoners is RETREAT' }],
  ['prisoner swap', 'n', 'release', ['with', 'between']],
  ['exchange prisoner', 'v', 'release', ['with']],
  ['swap prisoner', 'v', 'release', ['with']],
  ['release prisoner', 'v', 'release', []],
  ['release hostage', 'v', 'release', []],
  ['free hostage', 'v', 'release', []],
  ['hostage release', 'n', 'release', []],
  ['withdraw troops', 'v', 'withdraw', ['from']],
  ['withdraw force', 'v', 'withdraw', ['from']],
  ['lay down arms', 'v', 'disarm', []],
  ['lay down weapon', 'v', 'disarm', []],
  ['hand over weapon', 'v', 'disarm', ['to']],
  ['observe ceasefire', 'v', 'ceasefire', []],
  ['implement ceasefire', 'v', 'ceasefire', []],
  ['respect ceasefire', 'v', 'ceasefire', []],
  // §RETREAT mode return: restitution for property taken or lost is its return in kind
  ['pay compensation', 'v', 'return', ['to']],
  ['pay reparations', 'v', 'return', ['to']],
  ['compensate', 'v', 'return', ['for'], { weak: true, partyAgent: true }],
  ['restitution', 'n', 'return', ['to', 'of'], W],
  ['allow access', 'v', 'access', ['to']],
  ['grant access', 'v', 'access', ['to']],
  ['open corridor', 'v', 'access', ['to', 'for']],
  ['humanitarian corridor', 'n', 'access', ['to', 'for'], W],
  ['allow inspector', 'v', 'access', []],
  ['lift sanction', 'v', null, ['on', 'against'], { note: 'CAMEO 085 ease economic sanctions → RETREAT (CAMEO2PLOVER-2021)' }],
  ['ease sanction', 'v', null, ['on', 'against']],
  ['lift embargo', 'v', null, ['on', 'against']],
  ['lift blockade', 'v', 'withdraw', ['on', 'of'], { note: 'CAMEO 0872 ease military blockade → RETREAT withdraw' }],
  ['lift siege', 'v', 'withdraw', ['on', 'of']],
  ['end occupation', 'v', 'withdraw', ['of']],
  ['return territory', 'v', 'withdraw', ['to']],
];

// ---------------------------------------------------------------------------------------------
// REQUEST — §DEMAND: all demands and orders (modes assist | change | yield | meet)
// ---------------------------------------------------------------------------------------------
const DH = DEMAND_MODE_HINTS;
const REQUEST: readonly Spec[] = [
  ['demand', 'v', null, [], { modeHints: DH }],
  ['request', 'v', null, [], { modeHints: DH }],
  ['urge', 'v', null, [], { modeHints: DH }],
  // "asked not to be named", "asked for anonymity": a source's condition, no request of a party
  ['ask', 'v', null, ['for'], { weak: true, excludeNext: ['not'], excludeObjects: ['anonymity'], modeHints: DH, note: 'manual: plain requests are weaker than demands; "asked whether" is a question, not an event' }],
  ['appeal', 'v', null, ['for', 'to'], { weak: true, modeHints: DH, note: 'appealing a court ruling is REJECT ("appeal against")' }],
  ['seek', 'v', null, [], { weak: true, modeHints: DH, note: '"seek to" (= try to) is not an event' }],
  ['order', 'v', null, [], { weak: true, modeHints: DH, note: '§DEMAND: all demands and orders' }],
  ['insist', 'v', null, ['on'], { weak: true, modeHints: DH }],
  ['press', 'v', null, ['for'], { weak: true, modeHints: DH }],
  ['pressure', 'v', null, [], { weak: true, modeHints: DH }],
  ['pressurise', 'v', null, [], { weak: true, modeHints: DH }],
  ['pressurize', 'v', null, [], { weak: true, modeHints: DH }],
  ['lobby', 'v', null, ['for'], { weak: true, modeHints: DH }],
  ['implore', 'v', null, [], { modeHints: DH }],
  ['exhort', 'v', null, [], { modeHints: DH }],
  ['beseech', 'v', null, [], { modeHints: DH }],
  ['beg', 'v', null, ['for'], { weak: true, modeHints: DH }],
  ['plead', 'v', null, ['for', 'with'], { weak: true, excludeObjects: ['guilty', 'innocent', 'not', 'no contest'], modeHints: DH }],
  ['invite', 'v', 'meet', ['to']],
  ['require', 'v', null, [], W],
  ['instruct', 'v', null, [], W],
  ['direct', 'v', null, [], W],
  ['command', 'v', null, [], W],
  ['demand', 'n', null, ['for'], { modeHints: DH }],
  ['request', 'n', null, ['for'], { modeHints: DH }],
  ['appeal', 'n', null, ['for', 'to'], { weak: true, modeHints: DH }],
  ['plea', 'n', null, ['for', 'to'], { weak: true, modeHints: DH }],
  ['call', 'n', null, ['for'], { weak: true, requiresPrep: true, modeHints: DH, note: 'only "a call for ..."; a phone call is CONSULT ("phone call")' }],
  ['invitation', 'n', 'meet', ['to']],
  // "restore order", "law and order", "in order to", "public order": order kept, not given
  ['order', 'n', null, ['to', 'for'], { weak: true, excludeModifiers: ['restore', 'maintain', 'keep', 'law', 'public', 'world', 'social', 'constitutional', 'civil', 'new', 'restoring', 'maintaining', 'keeping'], excludeNext: ['to'] }],
  ['call for', 'v', null, [], { modeHints: DH }],
  ['call on', 'v', null, [], { modeHints: DH }],
  ['call upon', 'v', null, [], { modeHints: DH }],
  ['ask for', 'v', null, [], { modeHints: DH }],
  ['press for', 'v', null, [], { modeHints: DH }],
  ['push for', 'v', null, [], { modeHints: DH }],
  ['appeal for', 'v', null, [], { modeHints: DH }],
  ['plead for', 'v', null, [], { modeHints: DH }],
  ['seek asylum', 'v', 'assist', ['in'], { note: '§DEMAND: asylum demands fit here' }],
  ['apply for asylum', 'v', 'assist', ['in']],
  ['request asylum', 'v', 'assist', ['in']],
  ['asylum request', 'n', 'assist', []],
  ['seek extradition', 'v', 'assist', ['of']],
  ['request extradition', 'v', 'assist', ['of']],
  ['extradition request', 'n', 'assist', ['for']],
  ['seek help', 'v', 'assist', ['from']],
  ['request aid', 'v', 'assist', ['from']],
  ['demand release', 'v', 'yield', ['of']],
  ['demand resignation', 'v', 'change', ['of']],
  ['demand apology', 'v', 'yield', ['from']],
  ['call for ceasefire', 'v', 'yield', [], { note: '§DEMAND ambiguities: a party to the conflict calling for its end is AGREE; the extractor must check the source' }],
  ['call for talks', 'v', 'meet', ['with']],
  ['issue order', 'v', null, [], W],
];

// ---------------------------------------------------------------------------------------------
// ACCUSE — §ACCUSE: disapprove | investigate | allege (accuse, charge, sue, indict, bring to trial)
// ---------------------------------------------------------------------------------------------
const ACCUSE: readonly Spec[] = [
  ['hearing', 'n', 'investigate', ['into', 'on'], { weak: true, note: 'a court or committee hearing into a matter is investigative' }],
  ['send inspector', 'v', 'investigate', ['to'], { note: 'CAMEO 09 investigate: dispatching inspectors or investigators' }],
  ['dispatch inspector', 'v', 'investigate', ['to']],
  ['send investigator', 'v', 'investigate', ['to']],
  ['dispatch investigator', 'v', 'investigate', ['to']],
  // disapprove
  ['accuse', 'v', 'allege', [], { note: 'target is the direct object; "of" introduces the charge' }],
  ['blame', 'v', 'allege', []],
  ['criticize', 'v', 'disapprove', []],
  ['criticise', 'v', 'disapprove', []],
  ['condemn', 'v', 'disapprove', []],
  // verbs of naming are disapproval only with a negative label ("branded the vote a sham")
  ['brand', 'v', 'disapprove', [], { weak: true, labelling: true }],
  ['label', 'v', 'disapprove', [], { weak: true, labelling: true }],
  ['denounce', 'v', 'disapprove', []],
  ['decry', 'v', 'disapprove', []],
  ['deplore', 'v', 'disapprove', []],
  ['slam', 'v', 'disapprove', [], W],
  ['blast', 'v', 'disapprove', [], { weak: true, note: 'headline sense "criticize"; the noun "blast" is an explosion (ASSAULT)' }],
  ['lambaste', 'v', 'disapprove', []],
  ['lambast', 'v', 'disapprove', []],
  ['rebuke', 'v', 'disapprove', []],
  ['reprimand', 'v', 'disapprove', []],
  ['censure', 'v', 'disapprove', []],
  ['reproach', 'v', 'disapprove', []],
  ['chastise', 'v', 'disapprove', []],
  ['castigate', 'v', 'disapprove', []],
  ['scold', 'v', 'disapprove', []],
  ['berate', 'v', 'disapprove', []],
  ['assail', 'v', 'disapprove', [], W],
  ['excoriate', 'v', 'disapprove', []],
  ['deride', 'v', 'disapprove', []],
  ['ridicule', 'v', 'disapprove', [], W],
  ['mock', 'v', 'disapprove', [], W],
  ['vilify', 'v', 'disapprove', []],
  ['defame', 'v', 'disapprove', []],
  ['denigrate', 'v', 'disapprove', []],
  ['disparage', 'v', 'disapprove', []],
  ['smear', 'v', 'disapprove', [], W],
  ['fault', 'v', 'disapprove', [], W],
  ['complain', 'v', 'disapprove', ['about', 'to', 'of']],
  ['object', 'v', 'disapprove', ['to'], W],
  ['disapprove', 'v', 'disapprove', ['of']],
  ['petition', 'v', 'disapprove', [], { note: 'written/institutional protests and petition drives (CAMEO 114, §ACCUSE draft list)' }],
  ['protest to', 'v', 'disapprove', [], { note: 'a formal diplomatic protest lodged with someone' }],
  // allege
  ['allege', 'v', 'allege', []],
  ['charge', 'v', 'allege', ['with'], {
    weak: true,
    note: '§ACCUSE mode allege: "sue, indict, or charge"; COERCE arrest covers charging only together with detention',
    excludeObjects: ['fee', 'price', 'battery', 'phone', 'interest', 'rate', 'customer', 'premium', 'tax'],
  }],
  ['indict', 'v', 'allege', ['on', 'for']],
  ['sue', 'v', 'allege', ['for', 'over']],
  ['prosecute', 'v', 'allege', ['for']],
  ['impeach', 'v', 'allege', []],
  ['implicate', 'v', 'allege', ['in']],
  ['incriminate', 'v', 'allege', []],
  ['arraign', 'v', 'allege', []],
  ['litigate', 'v', 'allege', [], W],
  // investigate
  ['investigate', 'v', 'investigate', [], { note: '§ACCUSE: all investigations (CAMEO 09 INVESTIGATE merged into ACCUSE)' }],
  ['probe', 'v', 'investigate', []],
  ['inquire', 'v', 'investigate', ['into']],
  ['enquire', 'v', 'investigate', ['into']],
  ['interrogate', 'v', 'investigate', []],
  ['question', 'v', 'investigate', [], { weak: true, note: 'questioning a person is investigative; "questioned whether" is comment' }],
  ['examine', 'v', 'investigate', [], W],
  ['audit', 'v', 'investigate', [], W],
  ['scrutinize', 'v', 'investigate', [], W],
  ['scrutinise', 'v', 'investigate', [], W],
  ['subpoena', 'v', 'investigate', []],
  ['summon', 'v', 'investigate', [], {
    modeHints: SUMMON_MODE_HINTS,
    note: 'manual has no summon entry: a summons for questioning is part of an investigation (ACCUSE investigate); summoning an ambassador is an official complaint (ACCUSE disapprove); not COERCE since no one is detained, not REQUEST since it is a formal legal/diplomatic act',
  }],
  ['summons', 'v', 'investigate', [], { modeHints: SUMMON_MODE_HINTS }],
  ['look into', 'v', 'investigate', []],
  // nouns
  ['accusation', 'n', 'allege', ['against', 'of']],
  ['allegation', 'n', 'allege', ['against', 'of']],
  ['charge', 'n', 'allege', ['against', 'of'], {
    weak: true,
    // "in charge of the dam" is a state; "a one-time charge of $6.3 million" an accounting entry
    stateAfter: ['in'],
    excludeModifiers: ['one-time', 'pretax', 'pre-tax', 'after-tax', 'restructuring', 'accounting', 'noncash', 'non-cash', 'special', 'quarterly', 'service', 'delivery', 'extra', 'cover', 'electric', 'electrical'],
    excludeObjects: ['fee', 'free', 'service', '$', 'million', 'billion', 'percent', 'cent', 'cents'],
    note: '"in charge", "free of charge" are not events',
  }],
  ['indictment', 'n', 'allege', ['against', 'of']],
  ['lawsuit', 'n', 'allege', ['against']],
  ['suit', 'n', 'allege', ['against'], W],
  ['prosecution', 'n', 'allege', ['of'], W],
  ['impeachment', 'n', 'allege', ['of']],
  ['complaint', 'n', 'disapprove', ['against', 'about', 'over']],
  ['criticism', 'n', 'disapprove', ['of']],
  ['condemnation', 'n', 'disapprove', ['of']],
  ['denunciation', 'n', 'disapprove', ['of']],
  ['rebuke', 'n', 'disapprove', ['of', 'to']],
  ['reprimand', 'n', 'disapprove', ['of', 'to']],
  ['censure', 'n', 'disapprove', ['of']],
  ['petition', 'n', 'disapprove', ['against', 'for']],
  ['investigation', 'n', 'investigate', ['into', 'of']],
  ['inquiry', 'n', 'investigate', ['into', 'of']],
  ['enquiry', 'n', 'investigate', ['into', 'of']],
  ['probe', 'n', 'investigate', ['into', 'of']],
  ['inquest', 'n', 'investigate', ['into']],
  ['interrogation', 'n', 'investigate', ['of']],
  ['audit', 'n', 'investigate', ['of'], W],
  ['summons', 'n', 'investigate', ['to', 'for'], { modeHints: SUMMON_MODE_HINTS }],
  ['subpoena', 'n', 'investigate', ['to', 'for']],
  ['trial', 'n', 'allege', ['of'], { weak: true, excludeObjects: ['clinical', 'drug', 'vaccine'] }],
  // multi-word
  ['launch inquiry', 'v', 'investigate', ['into']],
  ['launch investigation', 'v', 'investigate', ['into']],
  ['launch probe', 'v', 'investigate', ['into']],
  ['open inquiry', 'v', 'investigate', ['into']],
  ['open investigation', 'v', 'investigate', ['into']],
  ['open probe', 'v', 'investigate', ['into']],
  // police and prosecutors "open cases" (criminal cases, files) against suspects: an investigation (§ACCUSE investigate)
  ['open case', 'v', 'investigate', ['against', 'into', 'for']],
  ['open criminal case', 'v', 'investigate', ['against', 'into', 'for']],
  // ("opened 214 criminal cases": a count between the verb and the phrase; only a criminal case is one)
  ['case', 'n', 'investigate', ['against', 'into', 'for'], { weak: true, requireNear: ['criminal'] }],
  ['order inquiry', 'v', 'investigate', ['into']],
  ['order investigation', 'v', 'investigate', ['into']],
  ['order probe', 'v', 'investigate', ['into']],
  ['set up inquiry', 'v', 'investigate', ['into']],
  ['criminal investigation', 'n', 'investigate', ['into']],
  ['public inquiry', 'n', 'investigate', ['into']],
  ['summon for questioning', 'v', 'investigate', []],
  ['bring charge', 'v', 'allege', ['against']],
  ['press charge', 'v', 'allege', ['against']],
  ['file charge', 'v', 'allege', ['against']],
  ['level charge', 'v', 'allege', ['against']],
  ['file lawsuit', 'v', 'allege', ['against']],
  ['file suit', 'v', 'allege', ['against']],
  ['file complaint', 'v', 'disapprove', ['against', 'with']],
  ['lodge complaint', 'v', 'disapprove', ['against', 'with']],
  ['lodge protest', 'v', 'disapprove', ['with']],
  ['file petition', 'v', 'disapprove', ['against', 'with']],
  ['take to court', 'v', 'allege', []],
  ['bring to trial', 'v', 'allege', [], { note: '§ACCUSE mode allege: "bring to trial"' }],
  ['put on trial', 'v', 'allege', []],
  ['bring case', 'v', 'allege', ['against']],
  ['issue warrant', 'v', 'allege', ['for'], { note: 'an arrest warrant is a formal judicial accusation; the arrest itself is COERCE' }],
  ['arrest warrant', 'n', 'allege', ['for']],
  ['hold responsible', 'v', 'allege', ['for']],
  ['point finger', 'v', 'allege', ['at']],
];

// ---------------------------------------------------------------------------------------------
// REJECT — §REJECT: all rejections and refusals; defiance; vetoes; cancelling meetings
// ---------------------------------------------------------------------------------------------
const REJECT: readonly Spec[] = [
  ['violate ban', 'v', null, ['by', 'on'], { note: '§REJECT: defying laws and orders' }],
  ['break ban', 'v', null, ['by', 'on']],
  ['violate order', 'v', null, ['by', 'of']],
  ['defy order', 'v', null, ['by', 'of']],
  ['violate curfew', 'v', null, []],
  ['defy curfew', 'v', null, []],
  ['reject', 'v', null, [], { modeHints: DH }],
  ['refuse', 'v', null, [], { modeHints: DH, excludeObjects: WITHHELD_WORDS }],
  ['deny', 'v', null, [], {
    modeHints: DH,
    // denying a country's people entry or visas restricts relations (§SANCTION), it refuses no demand
    categoryByObject: { SANCTION: ['entry', 'visa', 'visas', 'passage', 'landing', 'overflight'] },
    note: 'denying allegations/responsibility (CAMEO 016) and denying requests are both REJECT here',
  }],
  ['veto', 'v', null, [], { modeHints: DH }],
  ['dismiss', 'v', null, [], { weak: true, modeHints: DH, note: 'dismissing claims; dismissing an official (firing) is not a PLOVER event' }],
  ['oppose', 'v', null, [], { weak: true, modeHints: DH }],
  ['decline', 'v', null, [], { weak: true, excludeObjects: [...WITHHELD_WORDS, 'percent', '%'], modeHints: DH, note: '"declined to comment" is CAMEO 011, dropped by PLOVER' }],
  ['rebuff', 'v', null, [], { modeHints: DH }],
  ['spurn', 'v', null, [], { modeHints: DH }],
  ['snub', 'v', null, [], { modeHints: DH }],
  ['resist', 'v', null, [], { weak: true, modeHints: DH }],
  ['defy', 'v', null, [], { note: '§REJECT: disobey, challenge or resist laws or norms' }],
  ['disobey', 'v', null, []],
  ['flout', 'v', null, []],
  ['refute', 'v', null, []],
  ['rebut', 'v', null, []],
  ['repudiate', 'v', null, []],
  ['renounce', 'v', null, [], W],
  ['disavow', 'v', null, []],
  ['contest', 'v', null, [], W],
  ['challenge', 'v', null, [], W],
  ['cancel', 'v', 'meet', [], { weak: true, note: '§SANCTION ambiguities: cancellation of meetings is REJECT' }],
  ['scrap', 'v', null, [], W],
  ['block', 'v', null, [], { weak: true, categoryByObject: { PROTEST: OBSTRUCTED_WAYS }, note: 'blocking proposals/legislation; protesters blocking roads, bridges, traffic is PROTEST obstruct' }],
  ['stonewall', 'v', null, []],
  ['disagree', 'v', null, ['with'], W],
  ['balk', 'v', null, ['at'], W],
  ['refusal', 'n', null, ['of', 'to'], { modeHints: DH }],
  ['rejection', 'n', null, ['of'], { modeHints: DH }],
  ['denial', 'n', null, ['of'], { modeHints: DH }],
  ['veto', 'n', null, ['of', 'on']],
  ['defiance', 'n', null, ['of']],
  ['snub', 'n', null, ['to']],
  ['rebuttal', 'n', null, ['of', 'to']],
  ['cancellation', 'n', 'meet', ['of'], W],
  ['rule out', 'v', null, [], { modeHints: DH }],
  ['turn down', 'v', null, [], { modeHints: DH }],
  ['vote against', 'v', null, [], W],
  ['vote down', 'v', null, []],
  ['appeal against', 'v', null, [], { note: 'appealing a ruling is a challenge to it' }],
  ['refuse to meet', 'v', 'meet', []],
  ['refuse to negotiate', 'v', 'meet', []],
  ['reject offer', 'v', null, []],
  ['reject proposal', 'v', null, []],
  ['reject demand', 'v', null, []],
  ['reject call', 'v', null, ['for']],
  ['call off', 'v', 'meet', [], { weak: true, note: 'calling off talks is a cancellation (REJECT); calling off a strike is CONCEDE ("call off strike")' }],
  ['cancel meeting', 'v', 'meet', []],
  ['cancel talks', 'v', 'meet', []],
  ['cancel visit', 'v', 'meet', []],
  ['cancel summit', 'v', 'meet', []],
  ['deny access', 'v', 'yield', ['to']],
  ['deny allegation', 'v', null, []],
  ['deny responsibility', 'v', null, ['for']],
  ['deny involvement', 'v', null, ['in']],
];

// ---------------------------------------------------------------------------------------------
// THREATEN — §THREATEN: threats, forceful warnings, ultimatums (mode = content of the threat)
// ---------------------------------------------------------------------------------------------
const TH = THREAT_MODE_HINTS;
const THREATEN: readonly Spec[] = [
  ['threaten', 'v', null, [], { modeHints: TH }],
  ['warn', 'v', null, [], {
    weak: true,
    statementClause: true,
    modeHints: TH,
    excludeObjects: WARNED_RISKS,
    note: '§THREATEN: only coercive/forceful warnings; "warned of risks" and "warned that costs could rise" are comment ("warned of retaliation" stays a threat)',
  }],
  ['intimidate', 'v', null, [], { modeHints: TH }],
  ['menace', 'v', null, [], { weak: true, modeHints: TH }],
  ['blackmail', 'v', null, [], { weak: true, modeHints: TH }],
  ['threat', 'n', null, ['to', 'against', 'of'], { modeHints: TH }],
  ['ultimatum', 'n', null, ['to'], { modeHints: TH, note: '§THREATEN: final warning, ultimate demand' }],
  ['warning', 'n', null, ['to', 'against', 'of'], { weak: true, modeHints: TH }],
  ['intimidation', 'n', null, ['of'], W],
  ['issue ultimatum', 'v', null, ['to'], { modeHints: TH }],
  ['issue warning', 'v', null, ['to'], { weak: true, modeHints: TH }],
  ['vow revenge', 'v', 'violence', ['for', 'against']],
  ['vow retaliation', 'v', 'violence', ['for', 'against']],
  ['vow to retaliate', 'v', 'violence', ['for', 'against']],
  ['threaten to attack', 'v', 'violence', []],
  ['threaten to strike', 'v', 'restrict', [], W],
  ['threaten sanction', 'v', 'restrict', ['against', 'on']],
  ['threaten to invade', 'v', 'territory', []],
  ['threaten to expel', 'v', 'expel', []],
  ['threaten to arrest', 'v', 'arrest', []],
  ['threaten to ban', 'v', 'ban', []],
  ['threaten to cut ties', 'v', 'relations', ['with']],
  ['threaten to withdraw', 'v', 'relations', ['from']],
  ['threat of force', 'n', 'violence', ['against']],
  ['death threat', 'n', 'violence', ['against', 'to']],
];

// ---------------------------------------------------------------------------------------------
// PROTEST — §PROTEST: demo | riot | general | strike | hunger | boycott | obstruct
// ---------------------------------------------------------------------------------------------
const PROTEST: readonly Spec[] = [
  ['block street', 'v', 'obstruct', []],
  ['block bridge', 'v', 'obstruct', []],
  ['block traffic', 'v', 'obstruct', []],
  ['block railway', 'v', 'obstruct', []],
  ['block border', 'v', 'obstruct', []],
  ['stop work', 'v', 'strike', [], { note: 'workers stopping work is a strike' }],
  ['collect signature', 'v', 'general', [], { note: 'a petition drive is collective dissent' }],
  ['protest', 'v', 'demo', ['against', 'over', 'outside']],
  ['demonstrate', 'v', 'demo', ['against', 'outside', 'for'], { weak: true, excludeObjects: ['that', 'ability', 'capability', 'commitment', 'how', 'power'] }],
  ['rally', 'v', 'demo', ['against', 'outside', 'for'], { weak: true, note: 'stock markets also rally; "rally behind" is SUPPORT' }],
  ['march', 'v', 'demo', ['against', 'on', 'to', 'through'], W],
  ['picket', 'v', 'demo', []],
  ['riot', 'v', 'riot', ['in', 'over']],
  ['loot', 'v', 'riot', [], W],
  ['strike', 'v', 'strike', ['over', 'for', 'against'], {
    weak: true,
    note: 'labour-strike sense; a missile/air strike is ASSAULT ("airstrike", "launch strike"), and so is striking a place or a force ("rebels struck an army base")',
    categoryByObject: { ASSAULT: STRUCK_TARGETS },
  }],
  ['boycott', 'v', 'boycott', [], { note: '§PROTEST mode boycott; a state-imposed embargo is SANCTION' }],
  ['barricade', 'v', 'obstruct', []],
  ['chant', 'v', 'demo', [], W],
  ['heckle', 'v', 'demo', [], W],
  ['dissent', 'v', 'demo', [], W],
  ['revolt', 'v', 'riot', ['against'], W],
  ['rise up', 'v', 'riot', ['against'], W],
  ['walk out', 'v', 'strike', [], { weak: true, note: 'workers walking out; walking out of talks is SANCTION withdraw ("walk out of talks")' }],
  ['protest', 'n', 'demo', ['against', 'over']],
  ['demonstration', 'n', 'demo', ['against', 'over', 'for']],
  ['rally', 'n', 'demo', ['against', 'for'], W],
  ['march', 'n', 'demo', ['against', 'for', 'on'], W],
  ['sit-in', 'n', 'demo', ['at', 'in']],
  ['picket', 'n', 'demo', ['at', 'outside']],
  ['vigil', 'n', 'demo', ['for', 'outside'], W],
  ['riot', 'n', 'riot', ['in', 'over']],
  ['unrest', 'n', 'riot', ['in', 'over'], W],
  ['uprising', 'n', 'riot', ['against', 'in'], W],
  ['revolt', 'n', 'riot', ['against'], W],
  ['looting', 'n', 'riot', ['of'], W],
  ['strike', 'n', 'strike', ['over', 'for', 'against', 'at'], { weak: true, note: 'labour-strike sense; "air strike", "drone strike" are ASSAULT multi-word entries' }],
  ['walkout', 'n', 'strike', ['at', 'over']],
  ['boycott', 'n', 'boycott', ['of']],
  ['go on strike', 'v', 'strike', ['over', 'for', 'against']],
  ['stage strike', 'v', 'strike', ['over', 'for', 'against']],
  ['general strike', 'n', 'general', ['against', 'over']],
  ['hunger strike', 'n', 'hunger', ['against', 'over']],
  ['go on hunger strike', 'v', 'hunger', ['against', 'over']],
  ['take to street', 'v', 'demo', ['against', 'over']],
  ['stage protest', 'v', 'demo', ['against', 'over']],
  ['stage demonstration', 'v', 'demo', ['against', 'over']],
  ['stage sit-in', 'v', 'demo', ['at', 'in']],
  ['block road', 'v', 'obstruct', []],
  ['block highway', 'v', 'obstruct', []],
  ['block entrance', 'v', 'obstruct', ['to']],
  ['protest march', 'n', 'demo', ['against']],
  ['street protest', 'n', 'demo', ['against']],
  ['mass protest', 'n', 'demo', ['against']],
  ['anti-government protest', 'n', 'demo', []],
  ['work stoppage', 'n', 'strike', []],
];

// ---------------------------------------------------------------------------------------------
// SANCTION — §SANCTION: reduce relations; sanctions/embargo; convict | expel | withdraw | discontinue
// ---------------------------------------------------------------------------------------------
const SANCTION: readonly Spec[] = [
  ['reduce aid', 'v', 'discontinue', ['to']],
  ['reduce supply', 'v', 'discontinue', ['to']],
  ['cut supply', 'v', 'discontinue', ['to']],
  ['force out', 'v', 'expel', ['of'], { weak: true, note: 'forcing an organization out of a country is expulsion (§SANCTION expel)' }],
  ['sanction', 'v', 'discontinue', ['for', 'over']],
  ['embargo', 'v', 'discontinue', []],
  ['expel', 'v', 'expel', ['from'], { note: '§SANCTION mode expel (diplomats, groups, members); deportation of individuals is COERCE deport' }],
  ['suspend', 'v', 'discontinue', [], {
    weak: true,
    note: 'suspending relations/aid/talks/membership; "suspend protest" is CONCEDE',
    // a company's own work, a player's season: no relations suspended
    excludeObjects: ['sentence', 'disbelief', 'trading', 'service', 'campaign', 'work', 'production', 'operation', 'operations', 'dividend', 'construction', 'sale', 'sales', 'output', 'season', 'game', 'match', 'play', 'shipment', 'shipments', 'listing'],
  }],
  ['halt', 'v', 'discontinue', [], W],
  ['freeze', 'v', 'discontinue', [], W],
  ['terminate', 'v', 'discontinue', [], W],
  ['revoke', 'v', 'discontinue', [], W],
  ['downgrade', 'v', 'discontinue', [], W],
  ['blacklist', 'v', 'discontinue', []],
  ['convict', 'v', 'convict', ['of', 'for'], { note: '§SANCTION mode convict: find guilty or liable in a court of law' }],
  ['fine', 'v', 'convict', ['for'], { weak: true, note: 'a court/regulator penalty' }],
  ['penalize', 'v', 'convict', ['for'], W],
  ['penalise', 'v', 'convict', ['for'], W],
  ['punish', 'v', 'convict', ['for'], W],
  ['exclude', 'v', 'expel', ['from'], W],
  ['kick out', 'v', 'expel', ['of', 'from']],
  ['cut off', 'v', 'discontinue', [], { weak: true, note: 'cutting off aid/trade; cutting off power/water/internet is COERCE withhold' }],
  ['divest', 'v', 'discontinue', ['from'], W],
  ['disinvest', 'v', 'discontinue', ['from']],
  ['sanction', 'n', 'discontinue', ['on', 'against']],
  ['sanctions', 'n', 'discontinue', ['on', 'against']],
  ['embargo', 'n', 'discontinue', ['on', 'against']],
  ['expulsion', 'n', 'expel', ['of', 'from']],
  ['suspension', 'n', 'discontinue', ['of'], W],
  ['conviction', 'n', 'convict', ['of', 'for'], W],
  ['fine', 'n', 'convict', ['for', 'on'], W],
  ['penalty', 'n', 'convict', ['for', 'on'], W],
  ['tariff', 'n', 'discontinue', ['on'], W],
  ['blacklisting', 'n', 'discontinue', ['of']],
  ['impose sanction', 'v', 'discontinue', ['on', 'against']],
  ['slap sanction', 'v', 'discontinue', ['on']],
  ['impose embargo', 'v', 'discontinue', ['on', 'against']],
  ['impose tariff', 'v', 'discontinue', ['on']],
  ['cut ties', 'v', 'discontinue', ['with']],
  ['sever ties', 'v', 'discontinue', ['with']],
  ['sever relations', 'v', 'discontinue', ['with']],
  ['break off relations', 'v', 'discontinue', ['with']],
  ['break ties', 'v', 'discontinue', ['with']],
  ['downgrade relations', 'v', 'discontinue', ['with']],
  ['downgrade ties', 'v', 'discontinue', ['with']],
  ['suspend relations', 'v', 'discontinue', ['with']],
  ['suspend ties', 'v', 'discontinue', ['with']],
  ['suspend talks', 'v', 'withdraw', ['with'], { note: 'terminate discussions/negotiations (CAMEO 164 halt negotiations → SANCTION)' }],
  ['halt talks', 'v', 'withdraw', ['with']],
  ['break off talks', 'v', 'withdraw', ['with']],
  ['walk out of talks', 'v', 'withdraw', []],
  ['suspend aid', 'v', 'discontinue', ['to']],
  ['cut aid', 'v', 'discontinue', ['to']],
  ['halt aid', 'v', 'discontinue', ['to']],
  ['freeze aid', 'v', 'discontinue', ['to']],
  ['withdraw aid', 'v', 'discontinue', ['to']],
  ['freeze asset', 'v', 'discontinue', ['of']],
  ['recall ambassador', 'v', 'withdraw', ['from'], { note: 'withdrawal of diplomats (CAMEO 161)' }],
  ['withdraw ambassador', 'v', 'withdraw', ['from']],
  ['expel diplomat', 'v', 'expel', []],
  ['expel ambassador', 'v', 'expel', []],
  ['close embassy', 'v', 'withdraw', ['in']],
  ['withdraw from', 'v', 'withdraw', [], { weak: true, note: 'withdrawing from a treaty/organization/mediation (§SANCTION mode withdraw)' }],
  ['pull out of deal', 'v', 'withdraw', []],
  ['stop use', 'v', 'discontinue', [], { weak: true, note: 'stop using a supplier/product as a restriction of commercial exchange' }],
  ['stop using', 'v', 'discontinue', [], W],
  ['find guilty', 'v', 'convict', ['of']],
  ['find liable', 'v', 'convict', ['for']],
  ['trade ban', 'n', 'discontinue', ['on']],
  ['import ban', 'n', 'discontinue', ['on']],
  ['export ban', 'n', 'discontinue', ['on']],
  ['travel ban', 'n', 'discontinue', ['on']],
  ['asset freeze', 'n', 'discontinue', ['on']],
];

// ---------------------------------------------------------------------------------------------
// MOBILIZE — §MOBILIZE: military/police moves short of force; troops | weapons | police | militia
// ---------------------------------------------------------------------------------------------
const MOBILIZE: readonly Spec[] = [
  // §MOBILIZE is military or police: "mobilized voters/pressure groups/support" is not
  ['mobilize', 'v', 'troops', [], { requireNear: FORCES }],
  ['mobilise', 'v', 'troops', [], { requireNear: FORCES }],
  ['deploy', 'v', 'troops', ['to', 'in'], { requireNear: FORCES }],
  ['alert', 'v', 'troops', [], W],
  ['station', 'v', 'troops', ['in'], { weak: true, requireNear: FORCES }],
  ['amass', 'v', 'troops', ['on', 'near', 'along']],
  ['mass', 'v', 'troops', ['on', 'near', 'along'], W],
  ['reinforce', 'v', 'troops', [], W],
  ['dispatch', 'v', 'troops', ['to'], { weak: true, requireNear: FORCES }],
  ['muster', 'v', 'troops', [], W],
  ['patrol', 'v', 'police', [], W],
  ['scramble', 'v', 'weapons', [], W],
  ['rearm', 'v', 'weapons', []],
  ['test-fire', 'v', 'weapons', []],
  ['conscript', 'v', 'troops', [], W],
  ['mobilization', 'n', 'troops', ['of', 'against']],
  ['mobilisation', 'n', 'troops', ['of', 'against']],
  ['deployment', 'n', 'troops', ['of', 'to']],
  ['buildup', 'n', 'troops', ['of', 'near', 'along']],
  ['build-up', 'n', 'troops', ['of', 'near', 'along']],
  ['reinforcement', 'n', 'troops', ['to'], W],
  ['patrol', 'n', 'police', ['in'], W],
  ['drill', 'n', 'troops', ['in', 'near'], { weak: true, note: '§MOBILIZE ambiguities: single-country exercises; joint drills are COOPERATE' }],
  ['maneuver', 'n', 'troops', ['in', 'near'], W],
  ['exercise', 'n', 'troops', ['in', 'near', 'with'], {
    weak: true, requireNear: [...FORCES, 'naval', 'war', 'joint', 'live-fire', 'air', 'drill'],
    note: '§MOBILIZE ambiguities: single-country exercises; joint ones are COOPERATE (events.ts)',
  }],
  ['manoeuvre', 'n', 'troops', ['in', 'near'], W],
  ['conscription', 'n', 'troops', []],
  ['alert', 'n', 'troops', [], W],
  ['send troops', 'v', 'troops', ['to']],
  ['deploy troops', 'v', 'troops', ['to']],
  ['send soldiers', 'v', 'troops', ['to']],
  ['send warship', 'v', 'troops', ['to']],
  ['dispatch troops', 'v', 'troops', ['to']],
  ['build up', 'v', 'troops', ['near', 'along'], W],
  ['put on alert', 'v', 'troops', []],
  ['raise alert', 'v', 'troops', []],
  ['heighten alert', 'v', 'troops', []],
  ['high alert', 'n', 'troops', []],
  ['state of alert', 'n', 'troops', []],
  ['military exercise', 'n', 'troops', ['in', 'near']],
  ['military drill', 'n', 'troops', ['in', 'near']],
  ['war game', 'n', 'troops', ['in', 'near']],
  ['missile test', 'n', 'weapons', []],
  ['nuclear test', 'n', 'weapons', []],
  ['test missile', 'v', 'weapons', []],
  ['test launch', 'n', 'weapons', []],
  ['troop buildup', 'n', 'troops', ['near', 'along']],
  ['step up security', 'v', 'police', ['in', 'around']],
  ['tighten security', 'v', 'police', ['in', 'around']],
  ['beef up security', 'v', 'police', ['in', 'around']],
  ['deploy police', 'v', 'police', ['to']],
  ['call up reservist', 'v', 'troops', []],
];

// ---------------------------------------------------------------------------------------------
// COERCE — §COERCE: repression, restrictions on rights (seize, restrict, ban, censor, curfew,
// martial-law, arrest, deport, withhold)
// ---------------------------------------------------------------------------------------------
const COERCE: readonly Spec[] = [
  ['arrest', 'v', 'arrest', ['for', 'on']],
  ['detain', 'v', 'arrest', ['for', 'on']],
  ['apprehend', 'v', 'arrest', []],
  ['jail', 'v', 'arrest', ['for'], { note: '§SANCTION: individuals found guilty and detained → COERCE' }],
  ['imprison', 'v', 'arrest', ['for']],
  ['incarcerate', 'v', 'arrest', []],
  ['sentence', 'v', 'arrest', ['to', 'for'], { note: 'sentencing of individuals (imprisonment) → COERCE arrest; a verdict against a company is SANCTION convict' }],
  ['handcuff', 'v', 'arrest', []],
  ['nab', 'v', 'arrest', []],
  ['round up', 'v', 'arrest', []],
  ['lock up', 'v', 'arrest', []],
  ['intern', 'v', 'arrest', [], W],
  ['raid', 'v', 'seize', [], { note: 'police/security raid or search (mode seize); an armed assault on a village is ASSAULT' }],
  ['search', 'v', 'seize', [], { weak: true, excludeNext: ['for'], excludeObjects: ['survivor', 'victim', 'body', 'job', 'answer', 'solution', 'web', 'internet'] }],
  ['seize', 'v', 'seize', [], { weak: true, note: '"seize control" of territory is ASSAULT' }],
  ['confiscate', 'v', 'seize', []],
  ['impound', 'v', 'seize', []],
  ['expropriate', 'v', 'seize', []],
  ['nationalize', 'v', 'seize', [], W],
  ['nationalise', 'v', 'seize', [], W],
  ['requisition', 'v', 'seize', [], W],
  ['deport', 'v', 'deport', ['to', 'from']],
  ['exile', 'v', 'deport', ['to', 'from']],
  ['evict', 'v', 'deport', ['from'], W],
  ['expatriate', 'v', 'deport', [], W],
  ['ban', 'v', 'ban', ['from']],
  ['outlaw', 'v', 'ban', []],
  ['proscribe', 'v', 'ban', []],
  ['prohibit', 'v', 'ban', [], W],
  ['bar', 'v', 'ban', ['from'], W],
  ['disband', 'v', 'ban', [], W],
  ['dissolve', 'v', 'ban', [], W],
  ['disqualify', 'v', 'ban', ['from'], W],
  ['censor', 'v', 'censor', []],
  ['gag', 'v', 'censor', [], W],
  ['muzzle', 'v', 'censor', [], W],
  ['restrict', 'v', 'restrict', [], W],
  ['curb', 'v', 'restrict', [], W],
  ['repress', 'v', 'restrict', []],
  ['suppress', 'v', 'restrict', [], W],
  ['persecute', 'v', 'restrict', []],
  ['harass', 'v', 'restrict', [], W],
  ['coerce', 'v', 'restrict', []],
  ['crack down', 'v', 'restrict', ['on']],
  // breaking up a gathering by force (CAMEO 175 repression; "the fog dispersed" has no party and stays out)
  ['disperse', 'v', 'restrict', [], { weak: true, requireNear: ['protester', 'protesters', 'demonstrator', 'demonstrators', 'crowd', 'crowds', 'rally', 'protest', 'march', 'marcher', 'marchers', 'gathering', 'mob', 'supporters', 'students', 'sit-in'] }],
  ['deface', 'v', 'seize', [], { weak: true, note: 'damaging property (CAMEO 171), sites and monuments' }],
  ['clamp down', 'v', 'restrict', ['on']],
  ['blockade', 'v', 'restrict', [], { weak: true, note: 'CAMEO 191 impose blockade → COERCE restrict; protesters blocking roads is PROTEST obstruct ("block road")' }],
  ['blockade', 'n', 'restrict', ['of', 'on'], W],
  ['cordon off', 'v', 'restrict', []],
  ['shut down', 'v', 'censor', [], W],
  ['withhold', 'v', 'withhold', ['from'], { weak: true, note: '§COERCE mode withhold (public goods/services, food, medical supplies)' }],
  ['shut off', 'v', 'withhold', []],
  ['arrest', 'n', 'arrest', ['of', 'for']],
  ['detention', 'n', 'arrest', ['of', 'for']],
  ['imprisonment', 'n', 'arrest', ['of', 'for']],
  ['incarceration', 'n', 'arrest', ['of']],
  // "took him into custody" is the act; "died in police custody" a state (triggers.ts: no state after "in")
  ['custody', 'n', 'arrest', [], { weak: true, stateAfter: ['in'] }],
  ['raid', 'n', 'seize', ['on', 'of']],
  ['search', 'n', 'seize', ['of'], W],
  ['seizure', 'n', 'seize', ['of']],
  ['confiscation', 'n', 'seize', ['of']],
  ['deportation', 'n', 'deport', ['of', 'to']],
  ['eviction', 'n', 'deport', ['of', 'from'], W],
  ['ban', 'n', 'ban', ['on']],
  ['prohibition', 'n', 'ban', ['on'], W],
  ['censorship', 'n', 'censor', ['of']],
  ['crackdown', 'n', 'restrict', ['on', 'against']],
  ['repression', 'n', 'restrict', ['of', 'against']],
  ['persecution', 'n', 'restrict', ['of']],
  ['restriction', 'n', 'restrict', ['on'], W],
  ['curfew', 'n', 'curfew', ['on', 'in']],
  ['lockdown', 'n', 'restrict', ['in', 'on'], W],
  ['shutdown', 'n', 'censor', ['of'], W],
  ['martial law', 'n', 'martial-law', ['in']],
  ['state emergency', 'n', 'martial-law', ['in'], { note: 'content-word lemma of "state of emergency"' }],
  ['state of emergency', 'n', 'martial-law', ['in']],
  ['house arrest', 'n', 'arrest', []],
  ['prison sentence', 'n', 'arrest', []],
  ['jail term', 'n', 'arrest', []],
  ['jail sentence', 'n', 'arrest', []],
  ['take into custody', 'v', 'arrest', []],
  ['place under arrest', 'v', 'arrest', []],
  ['place under house arrest', 'v', 'arrest', []],
  ['impose curfew', 'v', 'curfew', ['on', 'in']],
  ['declare curfew', 'v', 'curfew', ['in']],
  ['impose martial law', 'v', 'martial-law', ['in', 'on']],
  ['declare martial law', 'v', 'martial-law', ['in']],
  ['declare state emergency', 'v', 'martial-law', ['in']],
  ['impose state emergency', 'v', 'martial-law', ['in']],
  ['impose restriction', 'v', 'restrict', ['on']],
  ['impose blockade', 'v', 'restrict', ['on'], { note: 'CAMEO 191 impose blockade → COERCE restrict' }],
  ['impose ban', 'v', 'ban', ['on']],
  ['impose lockdown', 'v', 'restrict', ['on', 'in']],
  ['cut off internet', 'v', 'withhold', []],
  ['cut off power', 'v', 'withhold', []],
  ['cut off water', 'v', 'withhold', []],
  ['cut off electricity', 'v', 'withhold', []],
  ['block access', 'v', 'censor', ['to']],
  ['block website', 'v', 'censor', []],
  ['internet shutdown', 'n', 'censor', []],
  ['travel restriction', 'n', 'restrict', ['on']],
  ['seize asset', 'v', 'seize', []],
  ['seize property', 'v', 'seize', []],
  ['search warrant', 'n', 'seize', []],
  ['dawn raid', 'n', 'seize', ['on']],
  ['police raid', 'n', 'seize', ['on']],
];

// ---------------------------------------------------------------------------------------------
// ASSAULT — §ASSAULT: deliberate actions that can cause substantial physical harm
// ---------------------------------------------------------------------------------------------
const ASSAULT: readonly Spec[] = [
  ['violate ceasefire', 'v', 'sideAB', [], { note: 'breaking a ceasefire is renewed fighting (CAMEO FIGHT)' }],
  ['violate truce', 'v', 'sideAB', []],
  ['break ceasefire', 'v', 'sideAB', []],
  ['break truce', 'v', 'sideAB', []],
  ['retake', 'v', null, [], { weak: true, note: 'retaking territory by force (CAMEO FIGHT)' }],
  ['recapture', 'v', null, [], W],
  ['abuse', 'v', 'beat', [], { weak: true, excludeObjects: ['power', 'position', 'authority', 'trust', 'office', 'privilege', 'drug', 'alcohol', 'system', 'right'] }],
  ['attack', 'v', null, [], { categoryByObject: { ACCUSE: VERBAL_TARGETS }, note: 'attacking a proposal, a policy or remarks is verbal disapproval (ACCUSE)' }],
  ['assault', 'v', 'beat', []],
  ['kill', 'v', null, []],
  ['murder', 'v', null, []],
  ['slay', 'v', null, []],
  ['massacre', 'v', 'massacre', []],
  ['slaughter', 'v', 'massacre', []],
  ['bomb', 'v', 'explosives', []],
  ['shoot', 'v', 'firearms', ['at'], { excludeNear: BALL_GAME, excludeObjects: ['film', 'video', 'footage', 'scene', 'movie', 'photo', 'picture', 'documentary', 'advert', 'commercial'] }],
  ['gun down', 'v', 'firearms', []],
  ['snipe', 'v', 'firearms', ['at'], W],
  ['fire', 'v', 'firearms', ['at', 'on'], { weak: true, instrumentObjects: PROJECTILES, excludeObjects: ['employee', 'worker', 'staff', 'coach', 'manager', 'director', 'chief', 'ceo', 'official', 'minister', 'aide', 'head'], note: 'firing weapons; firing an employee is not an event' }],
  ['fight', 'v', 'sideAB', ['with', 'against'], W],
  ['clash', 'v', 'sideAB', ['with']],
  ['battle', 'v', 'sideAB', ['with', 'against'], W],
  ['skirmish', 'v', 'sideAB', ['with']],
  ['invade', 'v', null, []],
  ['occupy', 'v', null, [], { weak: true, note: '§THREATEN: military occupations carried out are ASSAULT; protesters occupying a building is PROTEST' }],
  ['annex', 'v', null, []],
  ['capture', 'v', null, [], { weak: true, note: 'seizing territory or people by force' }],
  ['overrun', 'v', null, []],
  ['storm', 'v', null, [], W],
  ['shell', 'v', 'heavy-weapons', []],
  ['bombard', 'v', 'heavy-weapons', []],
  ['pound', 'v', 'heavy-weapons', [], W],
  ['strafe', 'v', 'heavy-weapons', []],
  ['torpedo', 'v', 'heavy-weapons', [], W],
  ['wound', 'v', null, []],
  ['injure', 'v', null, [], W],
  ['maim', 'v', 'beat', []],
  ['assassinate', 'v', 'assassinate', []],
  ['execute', 'v', 'execute', [], { weak: true, excludeObjects: ['plan', 'order', 'strategy', 'trade', 'deal', 'contract', 'program', 'programme', 'warrant', 'transaction'] }],
  ['hang', 'v', 'execute', [], W],
  ['behead', 'v', 'primitive', []],
  ['decapitate', 'v', 'primitive', []],
  ['stab', 'v', 'primitive', []],
  ['hack', 'v', 'primitive', [], W],
  ['stone', 'v', 'primitive', [], W],
  ['burn', 'v', 'destroy', [], W],
  ['torch', 'v', 'destroy', []],
  ['firebomb', 'v', 'explosives', []],
  ['beat', 'v', 'beat', [], { weak: true, note: 'physical beating; beating a rival in a vote/game is not an event' }],
  ['lynch', 'v', 'beat', []],
  ['punch', 'v', 'beat', [], W],
  ['flog', 'v', 'torture', []],
  ['whip', 'v', 'torture', [], W],
  ['torture', 'v', 'torture', []],
  ['mutilate', 'v', 'torture', []],
  ['rape', 'v', 'sexual', []],
  ['molest', 'v', 'sexual', []],
  ['abduct', 'v', 'abduct', []],
  ['kidnap', 'v', 'abduct', []],
  ['hijack', 'v', 'abduct', []],
  ['ambush', 'v', null, []],
  ['detonate', 'v', 'explosives', []],
  ['explode', 'v', 'explosives', [], W],
  ['blow up', 'v', 'explosives', []],
  ['destroy', 'v', 'destroy', [], W],
  ['demolish', 'v', 'destroy', [], W],
  ['raze', 'v', 'destroy', []],
  ['vandalize', 'v', 'destroy', []],
  ['vandalise', 'v', 'destroy', []],
  ['sabotage', 'v', 'destroy', []],
  ['besiege', 'v', 'heavy-weapons', []],
  ['target', 'v', null, [], { weak: true, requireNear: WEAPONS, note: 'only with a weapon or armed force in view; "targeting" a rival is not an assault' }],
  ['hit', 'v', null, [], { weak: true, requireNear: WEAPONS, note: 'only with a weapon or armed force in view; "hit back at critics" is not an assault' }],
  ['shoot down', 'v', 'heavy-weapons', []],
  ['gas', 'v', 'unconventional', [], W],
  ['poison', 'v', null, [], W],
  ['attack', 'n', null, ['on', 'against'], { categoryByObject: { ACCUSE: VERBAL_TARGETS } }],
  ['assault', 'n', 'beat', ['on', 'against']],
  ['offensive', 'n', null, ['on', 'against'], W],
  ['invasion', 'n', null, ['of']],
  ['incursion', 'n', null, ['into']],
  ['occupation', 'n', null, ['of'], W],
  ['annexation', 'n', null, ['of']],
  ['killing', 'n', null, ['of']],
  ['murder', 'n', null, ['of']],
  ['homicide', 'n', null, ['of'], W],
  ['massacre', 'n', 'massacre', ['of']],
  ['slaughter', 'n', 'massacre', ['of']],
  ['genocide', 'n', 'massacre', ['against', 'of']],
  ['assassination', 'n', 'assassinate', ['of']],
  ['execution', 'n', 'execute', ['of'], W],
  ['beheading', 'n', 'primitive', ['of']],
  ['bombing', 'n', 'explosives', ['of']],
  ['bomb', 'n', 'explosives', [], W],
  ['explosion', 'n', 'explosives', [], W],
  ['blast', 'n', 'explosives', [], W],
  ['airstrike', 'n', 'heavy-weapons', ['on', 'against']],
  ['air strike', 'n', 'heavy-weapons', ['on', 'against']],
  ['air raid', 'n', 'heavy-weapons', ['on', 'against']],
  ['drone strike', 'n', 'heavy-weapons', ['on', 'against']],
  ['missile strike', 'n', 'heavy-weapons', ['on', 'against']],
  ['rocket attack', 'n', 'heavy-weapons', ['on', 'against']],
  ['shelling', 'n', 'heavy-weapons', ['of']],
  ['bombardment', 'n', 'heavy-weapons', ['of']],
  ['shooting', 'n', 'firearms', ['of', 'at']],
  ['gunfire', 'n', 'firearms', [], W],
  ['shootout', 'n', 'sideAB', ['with', 'between']],
  ['firefight', 'n', 'sideAB', ['with', 'between']],
  ['gunfight', 'n', 'sideAB', ['with', 'between']],
  ['gun battle', 'n', 'sideAB', ['with', 'between']],
  ['clash', 'n', 'sideAB', ['with', 'between']],
  ['fighting', 'n', 'sideAB', ['with', 'between']],
  // a legal, political or bidding fight is a contest without arms
  ['fight', 'n', 'sideAB', ['with', 'between', 'against'], { weak: true, excludeModifiers: FIGURATIVE_CONTESTS }],
  ['battle', 'n', 'sideAB', ['with', 'between', 'for'], { weak: true, excludeModifiers: FIGURATIVE_CONTESTS }],
  ['skirmish', 'n', 'sideAB', ['with', 'between']],
  ['hostilities', 'n', 'sideAB', ['with', 'between'], W],
  ['war', 'n', 'sideAB', ['with', 'between', 'against'], W],
  ['violence', 'n', null, ['against'], W],
  ['ambush', 'n', null, ['on']],
  ['stabbing', 'n', 'primitive', ['of']],
  ['beating', 'n', 'beat', ['of']],
  ['torture', 'n', 'torture', ['of']],
  ['rape', 'n', 'sexual', ['of']],
  ['kidnapping', 'n', 'abduct', ['of']],
  ['abduction', 'n', 'abduct', ['of']],
  ['hijacking', 'n', 'abduct', ['of']],
  ['arson', 'n', 'destroy', [], W],
  ['sabotage', 'n', 'destroy', ['of']],
  ['demolition', 'n', 'destroy', ['of'], W],
  ['siege', 'n', 'heavy-weapons', ['of'], W],
  ['cyberattack', 'n', null, ['on', 'against'], { note: 'cyber context (manual context "cyber")' }],
  ['cyber attack', 'n', null, ['on', 'against']],
  ['chemical attack', 'n', 'unconventional', ['on', 'against']],
  ['suicide bombing', 'n', 'suicide-attack', []],
  ['suicide attack', 'n', 'suicide-attack', []],
  ['suicide bomber', 'n', 'suicide-attack', [], W],
  ['car bomb', 'n', 'explosives', []],
  ['car bombing', 'n', 'explosives', []],
  ['roadside bomb', 'n', 'explosives', []],
  ['ethnic cleansing', 'n', 'cleansing', ['of']],
  ['mass killing', 'n', 'massacre', ['of']],
  ['sexual assault', 'n', 'sexual', ['of', 'on']],
  ['hostage taking', 'n', 'abduct', []],
  ['open fire', 'v', 'firearms', ['on', 'at']],
  ['launch attack', 'v', null, ['on', 'against'], { categoryByObject: { ACCUSE: VERBAL_TARGETS } }],
  ['launch strike', 'v', null, ['on', 'against']],
  ['launch airstrike', 'v', 'heavy-weapons', ['on', 'against']],
  ['launch offensive', 'v', null, ['on', 'against']],
  ['launch missile', 'v', 'heavy-weapons', ['at']],
  ['launch rocket', 'v', 'heavy-weapons', ['at']],
  ['fire missile', 'v', 'heavy-weapons', ['at']],
  ['fire rocket', 'v', 'heavy-weapons', ['at']],
  ['fire shell', 'v', 'heavy-weapons', ['at']],
  ['carry out attack', 'v', null, ['on', 'against']],
  ['carry out strike', 'v', null, ['on', 'against']],
  ['take hostage', 'v', 'abduct', []],
  ['seize control', 'v', null, ['of']],
  ['take control', 'v', null, ['of'], W],
  ['set fire', 'v', 'destroy', ['to']],
  ['set ablaze', 'v', 'destroy', []],
  ['set on fire', 'v', 'destroy', []],
  ['throw stone', 'v', 'primitive', ['at']],
  ['hurl stone', 'v', 'primitive', ['at']],
  ['lay siege', 'v', 'heavy-weapons', ['to']],
  ['wage war', 'v', 'sideAB', ['on', 'against']],
  ['exchange fire', 'v', 'sideAB', ['with']],
  ['exchange gunfire', 'v', 'sideAB', ['with']],
  ['mow down', 'v', 'firearms', []],
];

const RAW: readonly TriggerEntry[] = [
  ...build('AGREE', AGREE),
  ...build('CONSULT', CONSULT),
  ...build('SUPPORT', SUPPORT),
  ...build('CONCEDE', CONCEDE),
  ...build('COOPERATE', COOPERATE),
  ...build('AID', AID),
  ...build('RETREAT', RETREAT),
  ...build('REQUEST', REQUEST),
  ...build('ACCUSE', ACCUSE),
  ...build('REJECT', REJECT),
  ...build('THREATEN', THREATEN),
  ...build('PROTEST', PROTEST),
  ...build('SANCTION', SANCTION),
  ...build('MOBILIZE', MOBILIZE),
  ...build('COERCE', COERCE),
  ...build('ASSAULT', ASSAULT),
];

export const TRIGGERS: readonly TriggerEntry[] = Object.freeze([...RAW]);

/** Multi-word triggers, longest first, for greedy phrase matching. */
export const MULTIWORD_TRIGGERS: readonly TriggerEntry[] = Object.freeze(
  TRIGGERS.filter((t) => t.multiword).sort((a, b) => b.tokens.length - a.tokens.length || b.lemma.length - a.lemma.length),
);

/**
 * Light ("support") verbs: they carry no event of their own, the event is the trigger noun they
 * govern — "hold talks" (CONSULT), "take part in a protest" (PROTEST), "launch an inquiry into"
 * (ACCUSE), "carry out a raid" (COERCE). Map: light-verb lemma → particles/prepositions that may
 * follow it before the noun.
 */
export const LIGHT_VERBS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  hold: [],
  conduct: [],
  'carry out': [],
  undertake: [],
  stage: [],
  launch: [],
  open: [],
  lead: [],
  join: [],
  'take part': ['in'],
  participate: ['in'],
  engage: ['in'],
  organize: [],
  organise: [],
  announce: [],
  begin: [],
  start: [],
  continue: [],
  resume: [],
  make: [],
  issue: [],
  impose: [],
  file: [],
  lodge: [],
  bring: [],
  level: [],
  mount: [],
  wage: [],
  unleash: [],
  declare: [],
  reach: [],
  order: [],
  call: [],
  face: [],
  suffer: [],
  undergo: [],
});

/** Determiners/possessives that may sit between the words of a multi-word trigger. */
export const PHRASE_SKIP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'some', 'any', 'all', 'new', 'fresh', 'further', 'formal', 'full', 'own', 'diplomatic', 'bilateral', 'close',
  'food', 'fuel', 'economic', 'financial', 'humanitarian', 'military',
]);

// ---------------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------------

/**
 * Entries by part of speech, then lemma (the first entry of a lemma wins). Two Maps instead of
 * one keyed "pos:lemma": a lookup per token of every article builds no key string.
 */
const INDEX: Readonly<Record<'verb' | 'noun', ReadonlyMap<string, TriggerEntry>>> = (() => {
  const verb = new Map<string, TriggerEntry>();
  const noun = new Map<string, TriggerEntry>();
  for (const t of TRIGGERS) {
    const m = t.pos === 'verb' ? verb : noun;
    if (!m.has(t.lemma)) m.set(t.lemma, t);
  }
  return { verb, noun };
})();

/**
 * Lemmatizer quirks (compromise) and spelling variants mapped to the lexicon's lemma. A Map: words
 * from the text are looked up in it (never one of Object.prototype's keys, "constructor"), and it is
 * asked once or more per token, where Object.hasOwn on a record was a measurable cost.
 */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['summonse', 'summons'],
  ['summonses', 'summons'],
  ['cease fire', 'ceasefire'],
  ['air-strike', 'airstrike'],
  ['cyber-attack', 'cyberattack'],
  ['lock down', 'lockdown'],
  ['crack-down', 'crackdown'],
]);

function nounVariants(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies') && w.length > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es') && w.length > 3) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) out.push(w.slice(0, -1));
  out.push(`${w}s`);
  return out;
}

function verbVariants(w: string): string[] {
  const out = [w];
  const push = (s: string) => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  if (w.endsWith('ies')) push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied')) push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) push(w.slice(0, -1));
  // irregular participles in -en: "retaken" → retake, "beaten" → beat
  if (w.endsWith('en') && w.length > 4) {
    push(w.slice(0, -1));
    push(w.slice(0, -2));
  }
  for (const suf of ['ed', 'ing']) {
    if (!w.endsWith(suf) || w.length <= suf.length + 2) continue;
    const stem = w.slice(0, -suf.length);
    push(stem);
    push(`${stem}e`);
    const last = stem.at(-1);
    if (last !== undefined && stem.at(-2) === last) push(stem.slice(0, -1));
  }
  return out;
}

/** A word from the text as a key of a plain object: never one of Object.prototype's ("constructor"). */
function own<T>(record: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.hasOwn(record, word) ? record[word] : undefined;
}

/** A lemma as tokens give it: lower-case letters, nothing to clean. */
const PLAIN_LEMMA = /^[a-z]+$/;

function normalize(lemma: string): string {
  if (PLAIN_LEMMA.test(lemma)) return ALIASES.get(lemma) ?? lemma;
  const s = lemma
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/(?<![.,;:!?"])[.,;:!?"]+$/g, '')
    .trim()
    .replace(/\s+/g, ' ');
  return ALIASES.get(s) ?? s;
}

/** lookup by lemma and pos; multiword phrases also keyed by their full lemma string */
export function findTrigger(lemma: string, pos: 'verb' | 'noun'): TriggerEntry | undefined {
  const norm = normalize(lemma);
  if (!norm) return undefined;
  const index = INDEX[pos];
  const direct = index.get(norm);
  if (direct) return direct;
  // one word (nearly every token): its inflections, with no split
  if (!norm.includes(' ')) return variantHit(pos === 'verb' ? verbVariants(norm) : nounVariants(norm), index);

  let words = norm.split(' ');
  const content = words.filter((w) => !PHRASE_SKIP_WORDS.has(w));
  if (content.length === 0) return undefined;
  const stripped = index.get(content.join(' '));
  if (stripped) return stripped;
  words = content;

  // inflectional fallback: the first word of a verb phrase is verb-like, the others noun-like
  if (words.length === 1) return variantHit(pos === 'verb' ? verbVariants(words[0]!) : nounVariants(words[0]!), index);
  const variants = words.map((w, i) =>
    pos === 'verb' && i === 0 ? verbVariants(w) : nounVariants(w),
  );
  if (variants.length > 4) return undefined;
  const combos: string[][] = [[]];
  for (const vs of variants) {
    const next: string[][] = [];
    for (const c of combos) for (const v of vs) next.push([...c, v]);
    combos.splice(0, combos.length, ...next);
  }
  for (const c of combos) {
    const phrase = c.join(' ');
    const hit = index.get(ALIASES.get(phrase) ?? phrase);
    if (hit) return hit;
  }
  return undefined;
}

/** The first of a single word's variants that is in the lexicon (most words of a text are not). */
function variantHit(variants: readonly string[], index: ReadonlyMap<string, TriggerEntry>): TriggerEntry | undefined {
  for (const v of variants) {
    const hit = index.get(ALIASES.get(v) ?? v);
    if (hit) return hit;
  }
  return undefined;
}

/** All entries of one category. */
export function triggersFor(category: PloverCategory): readonly TriggerEntry[] {
  return TRIGGERS.filter((t) => t.category === category);
}

/** Resolve the mode of a trigger given the head word of its object/complement (uses `modeHints`). */
export function resolveMode(entry: TriggerEntry, objectHead?: string | null): string | undefined {
  if (objectHead && entry.modeHints) {
    const h = objectHead.toLowerCase();
    const hint = own(entry.modeHints, h) ?? own(entry.modeHints, h.replace(/s$/, ''));
    if (hint) return hint;
  }
  return entry.mode;
}

/** Multi-word triggers keyed by their first word, in MULTIWORD_TRIGGERS order (longest first). */
const BY_FIRST_WORD: ReadonlyMap<string, readonly TriggerEntry[]> = (() => {
  const m = new Map<string, TriggerEntry[]>();
  for (const t of MULTIWORD_TRIGGERS) {
    const list = m.get(t.tokens[0]!) ?? [];
    list.push(t);
    m.set(t.tokens[0]!, list);
  }
  return m;
})();
const ORDER: ReadonlyMap<TriggerEntry, number> = new Map(MULTIWORD_TRIGGERS.map((t, i) => [t, i]));

/** The multi-word entries whose first word may be `textWord` (any inflection), longest first. */
function candidatesFor(textWord: string): readonly TriggerEntry[] {
  const w = normalize(textWord);
  const keys = new Set([w, ...verbVariants(w), ...nounVariants(w)]);
  let out: readonly TriggerEntry[] = [];
  let lists = 0;
  for (const k of keys) {
    const list = BY_FIRST_WORD.get(k);
    if (!list) continue;
    out = lists === 0 ? list : [...out, ...list];
    lists++;
  }
  // one list is already in MULTIWORD_TRIGGERS order; only a merge of two needs sorting
  return lists > 1 ? [...out].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!) : out;
}

/** Whether a text word (already normalized) is `lexWord` or one of its inflections. */
function sameWord(w: string, lexWord: string, first: boolean): boolean {
  if (w === lexWord) return true;
  return (first ? verbVariants(w) : nounVariants(w)).includes(lexWord);
}

/**
 * Longest multi-word trigger starting at `words[start]` (words are lower-case tokens or lemmas
 * of the sentence). Determiners/possessives from PHRASE_SKIP_WORDS may intervene between the
 * trigger's words ("launch an inquiry into" → "launch inquiry"). Returns the entry and the index
 * one past the last matched word, or undefined.
 */
export function matchMultiword(
  words: readonly string[],
  start = 0,
  pos?: 'verb' | 'noun',
): { entry: TriggerEntry; end: number } | undefined {
  if (start >= words.length) return undefined;
  // each word normalized once for all candidate entries (a call reads only a few words past start)
  const normal: string[] = [];
  const at = (i: number): string => (normal[i - start] ??= normalize(words[i]!));
  for (const entry of candidatesFor(words[start]!)) {
    if (pos && entry.pos !== pos) continue;
    let i = start;
    let ok = true;
    for (let k = 0; k < entry.tokens.length; k++) {
      const lexWord = entry.tokens[k]!;
      if (k > 0) while (i < words.length && PHRASE_SKIP_WORDS.has(at(i)) && at(i) !== lexWord) i++;
      if (i >= words.length || !sameWord(at(i), lexWord, k === 0 && entry.pos === 'verb')) {
        ok = false;
        break;
      }
      i++;
    }
    if (ok) return { entry, end: i };
  }
  return undefined;
}
