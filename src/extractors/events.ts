/**
 * Who did what to whom. Triggers come from the PLOVER lexicon (multi-word phrases, verbs
 * and nouns by lemma); arguments from the clause around them: the subject as agent (or the
 * "by" phrase in the passive), the object or prepositional object as target, each conjunct
 * a separate argument linked to its actor. A trigger in the complement of another trigger
 * is its content, not a second event ("threatened to ban voting" is one THREATEN event, "rejected
 * an Indian proposal" one REJECT whose target is the proposer). Time, place, negation,
 * modality and the reporting quote are recorded on each event.
 */
import type { Document, Token } from '../document.js';
import { tokenIndexAt, withDateline } from '../document.js';
import type { ActorRef, Event, Span } from '../schema.js';
import type { Facts } from '../extract.js';
import { MODALS, NONRESTRICTIVE_RELATIVES, OBJECT_RELATIVES, OBLIGATION_MODALS, SUBORDINATORS } from '../lexicon/function-words.js';
import { COLLECTIVE_HEADS, findTrigger, HAVE_STATES, LIGHT_VERBS, NATURAL_FORCES, NEGATIVE_LABELS, QUANTIFIER_WORDS, resolveMode, type PloverCategory, type TriggerEntry } from '../lexicon/plover.js';
import { ActorIndex } from '../resolve/actor-index.js';
import { lookupPlace } from './actors/gazetteer.js';
import { containing, dateEvent, locateEvent } from '../resolve/event-context.js';
import { findTriggers, reducedRelative, type Trigger } from './events/triggers.js';
import {
  clauseEnd, directObjectAfter, gapBefore, isNominal, isPassive, isVerbLike, npEndingAt, npStartingAt,
  prepObjectAfter, prepObjectsAfter, relativeOpening, subjectBefore, verbGroupStart, type ClauseContext, type Range,
} from './events/phrases.js';
import { conditionalAfter, modalityOf, negatedIn } from './events/modality.js';

/** One trigger read in its clause, before it becomes an event. */
interface Frame {
  t: Trigger;
  entry: TriggerEntry;
  category: PloverCategory;
  /** first token of the verb group (the trigger itself for nouns) */
  group: number;
  /** one past the last token of the trigger's clause */
  end: number;
  passive: boolean;
  agents: ActorRef[];
  targets: ActorRef[];
  /** the head word of the object, for the lexicon's mode hints */
  objectHead: string | null;
  absorbed: boolean;
  /** the action when a governing verb changes it ("call off strike") */
  action?: string;
  /** the verb's subject phrase */
  subject?: Range | null;
  /** a noun's author stated in its own phrase ("the investigators' inquiry") */
  explicitAuthor?: boolean;
  /** the category of the first trigger absorbed as this one's content ("agreed to postpone the march": PROTEST → CONCEDE) */
  contentCategory?: PloverCategory;
  /** why this frame, read in its clause, is no event (a rule id): it still absorbs its complement */
  noEvent?: string;
  /** the mode when a rule changed the category (a negative label: ACCUSE disapprove) */
  mode?: string;
  rule: string;
}

/** Prepositions that introduce a target after a verb when the lexicon names none. */
const VERB_TARGET_PREPS = ['with', 'against', 'into', 'on', 'from', 'to', 'at', 'between', 'among', 'by', 'of', 'for'];
const NOUN_TARGET_PREPS = ['on', 'against', 'into', 'with', 'of', 'to', 'between', 'among', 'from', 'for'];
/** Verbal categories whose "that"-clause subject is the one addressed ("demanded that the US cancel …"). */
const ADDRESSING: ReadonlySet<PloverCategory> = new Set(['REQUEST', 'THREATEN', 'ACCUSE', 'AGREE', 'REJECT', 'SUPPORT']);
/** Participles that read as adjectives before "to" ("is opposed to", "is committed to"): not passives. */
const STATIVE = new Set(['oppose', 'commit', 'dedicate', 'devote', 'determine', 'prepare', 'resolve', 'open', 'ready']);
/** Categories whose event, when planned, is a statement of intent to cooperate (PLOVER AGREE). */
const COOPERATIVE: ReadonlySet<PloverCategory> = new Set(['AID', 'COOPERATE', 'RETREAT', 'CONCEDE', 'CONSULT']);
const MODAL: ReadonlySet<string> = new Set(MODALS);
const OBLIGATION: ReadonlySet<string> = new Set(OBLIGATION_MODALS);
const OBJECT_RELATIVE: ReadonlySet<string> = new Set(OBJECT_RELATIVES);
/** Words that open a clause of their own: a relative pronoun after a comma, a subordinating conjunction. */
const CLAUSE_OPENING: ReadonlySet<string> = new Set([...NONRESTRICTIVE_RELATIVES, ...SUBORDINATORS]);
/** Categories of giving: a verb's direct object is what is given, its "to" phrase the recipient. */
const GIVING: ReadonlySet<PloverCategory> = new Set(['AID']);
/** A recipient keeps its place ("the mission in Haiti"): the place names the party when the head does not. */
const RECIPIENT_PREPS: ReadonlySet<string> = new Set(['of', 'in']);
/** PLOVER's verbal categories (cooperation and conflict): a condition does not make them threats ("would embrace the plan if elected"). */
const VERBAL: ReadonlySet<PloverCategory> = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);
/** Categories whose event states a condition for another ("demanded a truce before allowing …"). */
const CONDITIONAL_MAIN: ReadonlySet<PloverCategory> = new Set(['REQUEST', 'THREATEN', 'AGREE']);
/** Military exercises: MOBILIZE when one side holds them, COOPERATE when held jointly (§MOBILIZE ambiguities). */
const EXERCISES = new Set(['exercise', 'drill', 'maneuver', 'manoeuvre', 'war game', 'military exercise', 'military drill']);
/** Ending a presence (withdrawing observers, expelling agencies): announcing it is a threat (§THREATEN). */
const WITHDRAWING = /^(?:withdraw|expel|pull out|recall|kick out|force out)\b/;
/** Categories of force: announcing them is threatening them. */
const FORCE: ReadonlySet<PloverCategory> = new Set(['ASSAULT', 'COERCE']);
/** Categories whose target may be the place where they happen ("rioted in Serbia"). */
const PLACE_TARGETS: ReadonlySet<PloverCategory> = new Set(['PROTEST', 'ASSAULT', 'COERCE', 'MOBILIZE', 'CONCEDE', 'SANCTION', 'THREATEN', 'RETREAT']);
const PRONOUN = /^(?:it|its|they|their|them|he|his|him|she|her|we|our|i)$/i;
/** A phrase owned by a pronoun: "its forces", "their troops". */
const POSSESSED = /^(?:its|their)\s+\S/i;
/**
 * Verbs whose subject undergoes the act their object names (events.noun.undergone): "faces charges",
 * "drew criticism", "came under attack", "survived an assassination attempt".
 */
const UNDERGOING = new Set(['face', 'suffer', 'endure', 'undergo', 'draw', 'attract', 'come', 'survive', 'weather', 'escape', 'receive', 'get']);
/** Acts of a state's authorities (arrest, investigation, charge, conviction): done somewhere, done by that place's state. */
const LEGAL: ReadonlySet<PloverCategory> = new Set(['COERCE', 'ACCUSE', 'SANCTION']);

/** The named place after "in" in the clause from token k ("was arrested in France"), as the acting state (events.passive.place-authority). */
function stateOfPlace(ctx: ClauseContext, k: number, end: number, index: ActorIndex): ActorRef[] {
  const prep = prepObjectsAfter(ctx, k, end, ['in']).find((p) => !ctx.timeTokens.has(p.np.from));
  // (a phrase headed by the place's name: "in Turkey", not "in three Atlanta attacks")
  if (!prep || !ctx.doc.tokens[prep.np.to - 1]!.tags.has('ProperNoun')) return [];
  // (a country only: "arrested in Paris" names where, not who; the city has no police of its own in PLOVER's sense)
  return args(ctx, prep.np, index).filter((a) => a.actor && isCountry(index.byId.get(a.actor))).slice(0, 1);
}

function isCountry(actor: { type: string; name: string } | undefined): boolean {
  const kind = actor?.type === 'location' ? lookupPlace(actor.name)?.kind : undefined;
  return kind === 'country' || kind === 'nation';
}

/** Categories of harm done to someone: a person named before the noun is its victim (events.noun.victim-modifier). */
const HARMING: ReadonlySet<PloverCategory> = new Set(['ASSAULT', 'COERCE']);
/** Pronouns that refer to one person. */
const PERSONAL = /^(?:he|his|him|she|her)$/i;
/** Reporting verbs: a noun after them opens the reported clause ("said the raid endangers …"), it is not their object. */
const REPORTING_GOVERNORS = /^(?:said|says|say|saying|told|tells|added|adds|stated|announced|claimed|argued|warned|noted|wrote)$/;
/** Verbs that govern a deontic complement as a demand: "said (that) Y must …". */
const DEMAND_FRAMES = /^(?:said|says|say|saying|told|announced|insisted|stated|declared|argued|warned|added)$/;

export function extractEvents(doc: Document, facts: Facts): Event[] {
  const index = new ActorIndex(facts.actors);
  const timeTokens = tokensCovered(doc, facts.times.map((t) => ({ start: t.start, end: t.end })));
  const cueTokens = tokensCovered(doc, facts.quotes.flatMap((q) => (q.cue ? [q.cue] : [])));
  const events: Array<EventDraft & { expands?: number }> = [];
  let lastAgent: ActorRef | null = null;
  // times in text order, walked once alongside the sentences
  const times = [...facts.times].sort((a, b) => a.start - b.start);
  let t0 = 0;
  for (const s of doc.sentences) {
    doc.deadline?.check('events');
    // (the lead sentence also sees its dateline's date: withDateline)
    const from = withDateline(doc, s).start;
    while (t0 < times.length && times[t0]!.start < from) t0++;
    let t1 = t0;
    while (t1 < times.length && times[t1]!.start < s.end) t1++;
    const sentenceFacts: Facts = { ...facts, times: times.slice(t0, t1) };
    const ctx: ClauseContext = { doc, s, timeTokens };
    const frames = framesIn(ctx, cueTokens, index);
    for (const f of frames) {
      if (f.absorbed) continue;
      resolvePronouns(ctx, f, index, lastAgent);
      const event = toEvent(ctx, f, index, sentenceFacts);
      if (!event) continue;
      const at = events.push(event) - 1;
      events.push(...memberEvents(ctx, event).map((m) => ({ ...m, expands: at })));
      const named = event.agents.find((a) => a.actor);
      if (named) lastAgent = named;
    }
  }
  return events.map(({ expands, ...e }, i) => ({ ...e, id: eventId(i), expands: expands === undefined ? null : eventId(expands) }));
}

const eventId = (i: number) => `e${i + 1}`;

/** An event before it is numbered and linked to the record it expands. */
type EventDraft = Omit<Event, 'id' | 'expands'>;

/**
 * PLOVER codes a compound actor ("France and Egypt agreed", "accused Iraq and Iran") as one
 * event with a list of members, and notes that users expand it to one event per member, the
 * convention of CAMEO coders and their gold records. The event as written keeps its whole
 * list and stands for its first member; every further member that names a party gets a
 * record of its own (same trigger, rule suffix `.member`, `expands` naming the event as
 * written), agents first, then targets. Counting acts skips those records; counting dyads
 * keeps them.
 */
function memberEvents(ctx: ClauseContext, e: EventDraft): EventDraft[] {
  /** The further members of one side, each as the only one of that side. */
  const expand = (refs: readonly ActorRef[], side: 'agents' | 'targets'): EventDraft[] => {
    const [first, ...rest] = refs.filter((r) => r.actor || namesParty(ctx, r));
    return rest.filter((m) => !sameMember(m, first!)).map((m) => ({ ...e, [side]: [m], rule: `${e.rule}.member` }));
  };
  return [...expand(e.agents, 'agents'), ...expand(e.targets, 'targets')];
}

/** Two references to one party ("Iraq … its"): not two members. */
function sameMember(a: ActorRef, b: ActorRef): boolean {
  return (a.actor !== null && a.actor === b.actor) || (a.start === b.start && a.end === b.end);
}

function tokensCovered(doc: Document, spans: ReadonlyArray<{ start: number; end: number }>): Set<number> {
  const out = new Set<number>();
  for (const sp of spans) for (let k = tokenIndexAt(doc, sp.start); k < doc.tokens.length && doc.tokens[k]!.start < sp.end; k++) out.add(k);
  return out;
}

function framesIn(ctx: ClauseContext, cueTokens: ReadonlySet<number>, index: ActorIndex): Frame[] {
  const frames = findTriggers(ctx, cueTokens).map((t) => (t.pos === 'verb' ? verbFrame(ctx, t, index) : nounFrame(ctx, t, index)));
  frames.push(...deonticFrames(ctx, index));
  frames.sort((a, b) => a.t.head - b.t.head || (a.entry.rule === 'request.deontic' ? -1 : 1));
  governNouns(ctx, frames, index);
  absorb(ctx, frames, index);
  absorbConditions(ctx, frames);
  return frames;
}

/**
 * "threatened to strike unless the government rescinds the decree", "would meet him if he
 * gave them a veto": what an "if"/"unless" clause after an event names is that event's
 * condition (a threat's demand, a promise's price), not an event that happened or was
 * announced. Its triggers are absorbed; the condition's subject may still be the target.
 */
function absorbConditions(ctx: ClauseContext, frames: readonly Frame[]) {
  const { tokens } = ctx.doc;
  const first = frames.find((f) => !f.absorbed);
  if (!first) return;
  // "must agree to changes before they demobilize", "will fight until …": after a demand, promise or
  // threat (or a modal), a "before"/"until" clause is its condition too
  let modal = CONDITIONAL_MAIN.has(first.category);
  for (let j = first.group; j < first.t.head && !modal; j++) if (tokens[j]!.tags.has('Modal') || MODAL.has(tokens[j]!.normal)) modal = true;
  const words = modal ? /^(?:if|unless|before|until)$/ : /^(?:if|unless)$/;
  let condition = -1;
  for (let j = first.t.to; j < ctx.s.tokenEnd; j++) {
    if (words.test(tokens[j]!.normal) && !/[;:]/.test(gapBefore(ctx.doc, j))) {
      condition = j;
      break;
    }
  }
  if (condition < 0) return;
  for (const f of frames) if (!f.absorbed && f.t.from > condition) f.absorbed = true;
}

/**
 * What a verb does to the event noun it governs ("called off the strike", "prevented the
 * demonstration", "lifted the curfew"): stopping or preventing an event is an event of another
 * category (PLOVER: suspending protests is CONCEDE, cancelling meetings is REJECT, blocking a
 * demonstration is COERCE). Data: verb lemma → category of the noun → category of the whole.
 */
const STOPPING: ReadonlyMap<string, Partial<Record<PloverCategory, PloverCategory>>> = (() => {
  const stop: Partial<Record<PloverCategory, PloverCategory>> = {
    // §SANCTION: "cancellation of meetings", "terminate discussions, negotiations" (mode cancel)
    PROTEST: 'CONCEDE', COERCE: 'CONCEDE', SANCTION: 'RETREAT', CONSULT: 'SANCTION', AID: 'SANCTION', COOPERATE: 'SANCTION',
    ASSAULT: 'RETREAT', MOBILIZE: 'RETREAT',
  };
  const prevent: Partial<Record<PloverCategory, PloverCategory>> = { PROTEST: 'COERCE', AID: 'SANCTION', COOPERATE: 'SANCTION', CONSULT: 'REJECT' };
  const m = new Map<string, Partial<Record<PloverCategory, PloverCategory>>>();
  for (const v of ['cancel', 'call', 'lift', 'ease', 'end', 'suspend', 'halt', 'postpone', 'remove', 'scrap', 'revoke', 'rescind', 'drop', 'abandon', 'relax', 'stop'])
    m.set(v, stop);
  for (const v of ['prevent', 'block', 'ban', 'forbid', 'prohibit', 'outlaw', 'suppress', 'disperse', 'break', 'crush', 'bar']) m.set(v, prevent);
  return m;
})();

/**
 * A noun event that is the object of a verb: after a light verb ("held talks", "ordered
 * patrols", "undertook a mediation mission") the noun is the event and the verb lends it its
 * subject; after a stopping or preventing verb the noun's category changes (STOPPING).
 */
function governNouns(ctx: ClauseContext, frames: Frame[], index: ActorIndex) {
  const { tokens } = ctx.doc;
  for (const noun of frames) {
    if (noun.t.pos !== 'noun' || noun.absorbed) continue;
    const v = objectOfVerb(ctx, noun.t.from);
    if (v === null) continue;
    const lemma = tokens[v]!.lemma;
    const verbFrame = frames.find((f) => f !== noun && f.t.pos === 'verb' && f.t.from <= v && v < f.t.to);
    // "called off the strike" stops it; "called the attack a violation" names it (labelSense)
    const particle = lemma !== 'call' || ctx.doc.tokens[v + 1]?.normal === 'off' || ctx.doc.tokens[noun.t.from - 1]?.normal === 'off';
    const change = particle ? STOPPING.get(lemma)?.[noun.category] : undefined;
    const light = Object.hasOwn(LIGHT_VERBS, lemma) || (verbFrame !== undefined && Object.hasOwn(LIGHT_VERBS, verbFrame.entry.lemma));
    if (!change && !light) continue;
    // "called the attack a violation": a named thing is no event the verb lends its subject to (labelSense)
    if (verbFrame && labelled(verbFrame)) continue;
    // "faces charges", "suffered an attack": nounFrame made the subject the target (events.noun.undergone)
    if (UNDERGOING.has(lemma) && !change) {
      if (verbFrame) verbFrame.absorbed = true;
      continue;
    }
    // a phrase that already holds the noun ("hold talks") is the event as it stands
    if (verbFrame && verbFrame.entry.multiword && verbFrame.t.to > noun.t.from) continue;
    if (verbFrame) verbFrame.absorbed = true;
    const ownAgents = noun.agents;
    const group = verbGroupStart(ctx, v);
    noun.group = group;
    if (!noun.agents.length || !noun.explicitAuthor) {
      const subject = subjectOf(ctx, group, v);
      const agents = subject ? args(ctx, subject, index) : [];
      if (agents.length) noun.agents = agents;
    }
    if (change) {
      // "troops blocked the march organised by workers": the workers are the target
      if (ownAgents.length && !sameActors(ownAgents, noun.agents) && !sameSpan(ownAgents, noun.agents)) noun.targets = ownAgents;
      noun.category = change;
      noun.action = `${lemma === 'call' ? 'call off' : lemma} ${noun.entry.lemma}`;
      noun.rule += `.${lemma}`;
    }
  }
}

/** The verb whose direct object starts at or just before token k ("lifted the curfew", "called off a four-day strike"). */
function objectOfVerb(ctx: ClauseContext, k: number): number | null {
  const { tokens } = ctx.doc;
  for (let j = k - 1; j >= Math.max(ctx.s.tokenStart, k - 5); j--) {
    const t = tokens[j]!;
    if (/[,;:]/.test(gapBefore(ctx.doc, j + 1))) return null;
    if (/^(?:off|up|out|down)$/.test(t.normal) && j > ctx.s.tokenStart && tokens[j - 1]!.tags.has('Verb')) return j - 1;
    if ((isVerbLike(t) || (t.tags.has('Verb') && t.tags.has('PastTense'))) && !t.tags.has('Auxiliary') && !t.tags.has('Copula')) return j;
    if (!isNominal(t) && !/^(?:a|an|the|its|their|his|her)$/.test(t.normal)) return null;
  }
  return null;
}

// ---------- verbs ----------

function verbFrame(ctx: ClauseContext, t: Trigger, index: ActorIndex): Frame {
  const last = t.to - 1;
  const group = verbGroupStart(ctx, t.from);
  const end = clauseEnd(ctx, last);
  const passive = isPassive(ctx, t.from) && !(STATIVE.has(t.entry.tokens[0]!) && ctx.doc.tokens[t.to]?.normal === 'to');
  const subject = subjectOf(ctx, group, t.head);
  const object = chargeCut(ctx, t, directObjectAfter(ctx, last, end));
  const preps = [...(t.entry.targetPreps ?? []), ...VERB_TARGET_PREPS];
  let agents: ActorRef[] = [];
  let targets: ActorRef[] = [];
  let ruleSuffix = '';
  if (passive) {
    const by = prepObjectAfter(ctx, last, end, ['by']);
    // "was killed in a car bomb explosion": without a "by" phrase, the attack that did it stands as agent
    // (only harm has such a cause: "is charged in three attacks" names the charge's matter, not its author)
    const cause = by || t.entry.category !== 'ASSAULT' ? null : causeAfter(ctx, last, end);
    agents = by ? args(ctx, by.np, index) : cause ? args(ctx, cause, index) : [];
    // "was arrested in France": with no "by", the state where a legal act is done is its author
    if (!agents.length && LEGAL.has(t.entry.category)) {
      agents = stateOfPlace(ctx, last, end, index);
      if (agents.length) ruleSuffix = '.place-authority';
    }
    targets = subject ? args(ctx, subject, index) : [];
  } else {
    agents = subject ? args(ctx, subject, index) : [];
    // "fired two missiles into the sea": the projectile is the act's instrument, not its target
    // "pledged 5 million euros": a sum is what is given or promised, never the party (events.verb.sum-object)
    const instrument = object && (t.entry.instrumentObjects?.includes(headWord(ctx, object)) || isSum(ctx, object));
    const direct = object && !instrument ? args(ctx, object, index) : [];
    const addressee = ADDRESSING.has(t.entry.category) && weight(ctx, direct, index) < 1.5 ? thatClauseSubject(ctx, last, end) : null;
    let addressed = addressee ? args(ctx, addressee, index) : [];
    // "warned that its forces would strike US bases": the speaker's own side is no addressee; what it would act on is
    if (addressee && addressed.length && ownSide(addressed, agents)) addressed = thatClauseObject(ctx, addressee, end, index);
    // "warned that costs could weigh on profits": a preposition inside the reported clause is not the verb's
    const viaPreps = prepObjectsAfter(ctx, object ? object.to - 1 : last, thatAfter(ctx, last, end) ?? end, preps);
    const viaPrep = viaPreps.map((p) => args(ctx, p.np, index));
    const recipient = GIVING.has(t.entry.category) && t.entry.targetPreps?.includes('to') ? viaPreps.find((p) => ctx.doc.tokens[p.prep]!.normal === 'to') : undefined;
    // the subject of "demanded that X …" and a direct object that names an actor are the target by position
    if (weight(ctx, addressed, index) >= 1.5) targets = addressed;
    // "handed over blankets to the relief society", "contributed troops to the force": the object is the gift, "to" the recipient
    else if (recipient && !direct.some((a) => a.actor)) targets = args(ctx, npStartingAt(ctx, recipient.np.from, end, RECIPIENT_PREPS) ?? recipient.np, index);
    else if (direct.some((a) => a.actor)) targets = direct;
    else targets = heaviest(ctx, [direct, ...viaPrep], index);
    // "The settlement, which Meridian accepted last week, …": the verb's object is the clause's antecedent
    const antecedent = object ? null : relativeObject(ctx, group);
    if (antecedent && weight(ctx, targets, index) < 1.5) targets = args(ctx, antecedent, index);
  }
  const objectHead = object ? headWord(ctx, object) : null;
  const f = frame(t, group, end, passive, agents, targets, objectHead, `events.verb.${t.entry.rule}${passive ? '.passive' : ''}${ruleSuffix}`);
  f.subject = subject;
  objectSense(f, objectHead);
  if (t.entry.labelling && !passive) labelSense(ctx, f, index);
  // "a team of inspectors", "a unit of monitors": a collective head stands for its members
  if (object && f.category === t.entry.category && objectHead && COLLECTIVE_HEADS.has(objectHead)) objectSense(f, memberHead(ctx, object));
  return f;
}

/**
 * "called the Chinese account "deceptive"", "called the plan a good start", "branded him a
 * traitor": a verb of naming with a label after its object is no call and no act of its own;
 * a negative label makes it disapproval of the object (PLOVER ACCUSE disapprove), any other
 * label no event. Without a label the verb keeps its sense ("called Putin on Tuesday").
 */
function labelSense(ctx: ClauseContext, f: Frame, index: ActorIndex) {
  // (the label may lie past the clause end: a quote mark closes the clause, as in called the account "deceptive")
  const label = labelAfter(ctx, f.t.to - 1, ctx.s.tokenEnd);
  if (!label) {
    // "branded", "labelled": only a verb of naming, nothing without its label
    if (f.entry.category === 'ACCUSE') f.noEvent = 'events.label.none';
    return;
  }
  const { tokens } = ctx.doc;
  let negative = false;
  for (let k = label.label.from; k < label.label.to; k++) if (NEGATIVE_LABELS.has(tokens[k]!.normal) || NEGATIVE_LABELS.has(tokens[k]!.lemma)) negative = true;
  if (!negative) {
    f.noEvent = 'events.label.neutral';
    return;
  }
  f.category = 'ACCUSE';
  f.mode = 'disapprove';
  f.action = `${f.entry.lemma} ${ctx.doc.text.slice(tokens[label.label.from]!.start, tokens[label.label.to - 1]!.end)}`;
  f.rule = `events.verb.label.negative.${f.entry.lemma}`;
  f.objectHead = null;
  const named = args(ctx, label.object, index);
  if (named.length) f.targets = named;
}

/** Whether labelSense read the frame's verb as naming its object. */
function labelled(f: Frame): boolean {
  return f.rule.startsWith('events.verb.label.') || f.noEvent === 'events.label.neutral';
}

/**
 * The object and the label of a verb of naming at token k: a noun phrase, then (with no
 * preposition, verb or comma between) an opening quote mark, "a"/"an", or an adjective that
 * modifies no noun after it ("the account deceptive", "Putin a liar", "it "a provocation"").
 * The label runs to its closing quote mark or the clause's end.
 */
function labelAfter(ctx: ClauseContext, k: number, end: number): { object: Range; label: Range } | null {
  const { tokens } = ctx.doc;
  // "what he calls a "lasting union"", "which they called a provocation": the object stands before the subject
  const relative = verbGroupStart(ctx, k) - 2;
  if (relative >= ctx.s.tokenStart && /^(?:what|which|that)$/.test(tokens[relative]!.normal) && k + 1 < end &&
    (/^(?:a|an)$/.test(tokens[k + 1]!.normal) || /["“]|``/.test(gapBefore(ctx.doc, k + 1)))) {
    return { object: { from: relative, to: relative + 1 }, label: { from: k + 1, to: Math.min(end, k + 6) } };
  }
  let j = k + 1;
  while (j < end && isPlainAdverbToken(tokens[j]!)) j++;
  const objectFrom = j;
  let sawHead = false;
  for (; j < end && j < objectFrom + 8; j++) {
    const t = tokens[j]!;
    const gap = gapBefore(ctx.doc, j);
    if (j > objectFrom && /[,;:]/.test(gap)) return null;
    const opensQuote = /["“]|``/.test(gap) && j > objectFrom;
    const indefinite = /^(?:a|an)$/.test(t.normal) && j > objectFrom;
    const predicate = t.tags.has('Adjective') && !t.tags.has('Noun') && sawHead && !(tokens[j + 1]?.tags.has('Noun') && j + 1 < end);
    // "calling it rigged": a participle with no object of its own is a predicate too
    const nextTok = j + 1 < end ? tokens[j + 1] : undefined;
    const participle = sawHead && (t.tags.has('PastTense') || t.tags.has('Participle')) && !t.tags.has('Auxiliary') &&
      (!nextTok || !(nextTok.tags.has('Determiner') || nextTok.tags.has('Noun') || nextTok.tags.has('Pronoun') || nextTok.tags.has('Value')));
    if (sawHead && (opensQuote || indefinite || predicate || participle)) {
      let to = j + 1;
      while (to < end && to < j + 8 && !/["”]|''/.test(gapBefore(ctx.doc, to)) && !/[,;:]/.test(gapBefore(ctx.doc, to))) to++;
      return { object: { from: objectFrom, to: j }, label: { from: j, to } };
    }
    // (a time word may modify the object, "current market conditions"; after the object it ends the phrase)
    if ((ctx.timeTokens.has(j) && sawHead) || t.tags.has('Preposition') || t.normal === 'to' || (isVerbLike(t) && !t.tags.has('Noun'))) return null;
    if (!isNominal(t)) return null;
    if (t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('ProperNoun')) sawHead = true;
  }
  return null;
}

function isPlainAdverbToken(t: Token): boolean {
  return t.tags.has('Adverb') && !t.tags.has('Noun') && !t.tags.has('Adjective');
}

/** Units of money: a phrase headed by one is a sum. */
const MONEY = new Set(['euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds', 'yen', 'yuan', 'rupee', 'rupees', 'franc', 'francs', 'rouble', 'roubles', 'ruble', 'rubles', 'peso', 'pesos', 'shilling', 'shillings', 'naira', 'rand', 'won', 'real', 'reais', 'lira', 'dinar', 'dinars', 'riyal', 'riyals', 'dirham', 'dirhams']);

/** A sum of money: "5 million euros", "$400 million", "€2bn". */
function isSum(ctx: ClauseContext, r: Range): boolean {
  const { tokens } = ctx.doc;
  let first = r.from;
  while (first < r.to - 1 && /^(?:some|about|nearly|almost|more|than|over|up|to|at|least|an|a|another|further|extra|additional)$/.test(tokens[first]!.normal)) first++;
  if (/^[$€£¥]/.test(tokens[first]!.text)) return true;
  // (a sum opens with its number: "a tanker worth 5 million dollars" is a tanker)
  return tokens[first]!.tags.has('Value') && MONEY.has(tokens[headIndex(ctx, r)]!.normal);
}

/** The index of a phrase's head: its last word before an "of"-complement or a comma. */
function headIndex(ctx: ClauseContext, r: Range): number {
  let last = r.from;
  for (let k = r.from; k < r.to; k++) {
    if (ctx.doc.tokens[k]!.normal === 'of' || (k > r.from && /,/.test(gapBefore(ctx.doc, k)))) break;
    last = k;
  }
  return last;
}

/** Whether every argument is the agent's own side: a pronoun, a phrase it owns ("its forces"), or the same actor. */
function ownSide(refs: readonly ActorRef[], agents: readonly ActorRef[]): boolean {
  // ("its European Community partners" names another party: only an owned phrase with no actor of its own is the agent's)
  const same = (r: ActorRef) => r.actor !== null && agents.some((a) => a.actor === r.actor);
  return refs.every((r) => same(r) || ((PRONOUN.test(r.text) || POSSESSED.test(r.text)) && r.actor === null));
}

/**
 * The party the verb of a "that"-clause acts on, after its subject: its object or the object of
 * "by", "against", "on" or "at" ("would strike US bases", "will not tolerate rallies by the
 * Kifaya group"), when one names a party (events.verb.threat-object).
 */
function thatClauseObject(ctx: ClauseContext, subject: Range, end: number, index: ActorIndex): ActorRef[] {
  const { tokens } = ctx.doc;
  let v = subject.to;
  while (v < end && !(isVerbLike(tokens[v]!) && !tokens[v]!.tags.has('Auxiliary') && !tokens[v]!.tags.has('Modal'))) v++;
  if (v >= end) return [];
  const object = directObjectAfter(ctx, v, end);
  const preps = prepObjectsAfter(ctx, object ? object.to - 1 : v, end, ['by', 'against', 'on', 'at']).map((p) => args(ctx, p.np, index));
  const best = heaviest(ctx, [object ? args(ctx, object, index) : [], ...preps], index);
  return weight(ctx, best, index) >= 1.5 ? best : [];
}

/**
 * The antecedent of a relative clause whose pronoun is the object of the verb group at
 * `group` ("the settlement, which Meridian accepted"): a subject stands between the pronoun
 * and the verb. Null when the pronoun is the subject ("the army, which has fought …").
 */
function relativeObject(ctx: ClauseContext, group: number): Range | null {
  const r = relativeOpening(ctx, group);
  if (r === null || r + 1 >= group || !OBJECT_RELATIVE.has(ctx.doc.tokens[r]!.normal)) return null;
  return npEndingAt(ctx, r - 1);
}

/** Verbs whose "of" after the object names the charge or the danger: "accused Meridian of opening accounts". */
const OF_CHARGE = new Set(['accuse', 'suspect', 'convict', 'acquit', 'clear', 'absolve', 'warn']);

/** "accused the paramilitary of war crimes": the object ends before the "of" of the charge. */
function chargeCut(ctx: ClauseContext, t: Trigger, object: Range | null): Range | null {
  if (!object || !OF_CHARGE.has(t.entry.tokens[0]!)) return object;
  // the last "of": "accused the government of Iraq of lying" keeps "the government of Iraq"
  for (let k = object.to - 1; k > object.from; k--) if (ctx.doc.tokens[k]!.normal === 'of') return { from: object.from, to: k };
  return object;
}

/** The phrase after "in"/"by" right after a passive verb whose words name an attack ("in a car bomb explosion"). */
function causeAfter(ctx: ClauseContext, last: number, end: number): Range | null {
  const { tokens } = ctx.doc;
  const prep = tokens[last + 1];
  if (!prep || !/^(?:in|during)$/.test(prep.normal)) return null;
  const np = npStartingAt(ctx, last + 2, end);
  if (!np) return null;
  for (let k = np.from; k < np.to; k++) {
    const entry = findTrigger(tokens[k]!.lemma, 'noun');
    if (entry && entry.category === 'ASSAULT') return np;
  }
  return null;
}

/**
 * The subject of a verb group. An infinitive ("agreed to provide"), a second verb of a
 * coordination ("kidnapped … and exploded") and a bare participle ("issued a declaration
 * demanding", ", setting fire") share the subject of the verb before them.
 */
function subjectOf(ctx: ClauseContext, group: number, head: number, depth = 0): Range | null {
  const { tokens } = ctx.doc;
  const before = tokens[group - 1];
  const participle = group === head && tokens[head]!.tags.has('Gerund');
  const shared = before && (before.normal === 'to' || before.normal === 'and' || before.normal === 'but' || before.normal === 'or');
  if (depth < 3 && group - 1 > ctx.s.tokenStart && (shared || participle)) {
    const afterComma = /,/.test(gapBefore(ctx.doc, group));
    // "forced Vell to back down", "helped the rebels to regroup": the object of a verb of causing does the infinitive
    if (before!.normal === 'to') {
      const controller = controllingObject(ctx, group - 1);
      if (controller) return controller;
    }
    // "the tenants, refusing to leave the flat, turned it …": a participle set off after a phrase describes that phrase
    if (participle && afterComma) {
      const described = interruptedSubject(ctx, group);
      if (described) return described;
    }
    const own = participle && !shared && !afterComma ? subjectBefore(ctx, group) : null;
    // a participle right after its own subject ("demonstrators demanding") keeps it
    if (own && !precededByVerb(ctx, own.from)) return own;
    // "He told reporters that the House would write … and accused …": a past verb joins the past verb, not a base form after a modal
    const pastConjunct = shared && before!.normal !== 'to' && tokens[head]!.tags.has('PastTense');
    const quoteClosed = /["”]|''/.test(gapBefore(ctx.doc, group - 1));
    let passedThat = false;
    for (let j = own ? own.from - 1 : shared ? group - 2 : group - 1; j >= ctx.s.tokenStart; j--) {
      if (/[;:]/.test(gapBefore(ctx.doc, j + 1))) break;
      const t = tokens[j]!;
      if (isVerbLike(t) && reducedRelative(ctx, j)) continue;
      if (pastConjunct && isVerbLike(t) && !t.tags.has('Auxiliary') && baseAfterModal(ctx, j)) continue;
      // "told supporters that the result was "a warning" and urged …": a quotation closed before the conjunction ends
      // the reported clause, whose verbs are no conjuncts of the verb after it; its "that" is the way out
      if (pastConjunct && quoteClosed && t.normal !== 'that' && !passedThat) continue;
      if (t.normal === 'that') passedThat = true;
      // "told supporters": a plural object read as a verb is no verb
      if (isVerbLike(t) && t.tags.has('PresentTense') && /s$/.test(t.normal) && j > ctx.s.tokenStart && tokens[j - 1]!.tags.has('PastTense')) continue;
      if ((isVerbLike(t) && !t.tags.has('Auxiliary')) || (before?.normal === 'to' && t.tags.has('Adjective'))) return subjectOf(ctx, verbGroupStart(ctx, j), j, depth + 1);
    }
    return own;
  }
  return subjectBefore(ctx, group);
}

/** Verbs whose object does their infinitive complement ("forced X to", "allowed X to", "urged X to"). */
const OBJECT_CONTROL = new Set([
  'force', 'compel', 'oblige', 'allow', 'permit', 'enable', 'help', 'urge', 'ask', 'order', 'tell', 'persuade', 'convince',
  'press', 'pressure', 'push', 'encourage', 'invite', 'call', 'require', 'instruct', 'authorize', 'authorise', 'lead', 'prompt',
]);

/** The object between a verb of causing and "to" at `to` ("forced Marcus Vell to"), or null. */
function controllingObject(ctx: ClauseContext, to: number): Range | null {
  let np = npEndingAt(ctx, to - 1);
  if (!np) return null;
  // ("time for Israel to withdraw": the phrase walked back over "for", which opens the subject)
  for (let k = np.to - 2; k > np.from; k--) if (ctx.doc.tokens[k]!.normal === 'for') { np = { from: k + 1, to: np.to }; break; }
  if (np.from - 1 < ctx.s.tokenStart) return null;
  let v = np.from - 1;
  // "called on X to": the particle of a phrasal verb
  if (/^(?:on|upon)$/.test(ctx.doc.tokens[v]!.normal) && v > ctx.s.tokenStart) v--;
  const verb = ctx.doc.tokens[v]!;
  // "the main reason for Halvorsen to invite the bishop": "for" introduces the infinitive's subject
  // (a party only: "for a march in Brellford to protest" is a purpose, the march does not protest)
  let h = np.from;
  while (h + 1 < np.to && !/^(?:of|in|from|at|near|on)$/.test(ctx.doc.tokens[h + 1]!.normal)) h++;
  const head = ctx.doc.tokens[h]!;
  if (verb.normal === 'for') return head.tags.has('ProperNoun') || head.tags.has('Person') || head.tags.has('Actor') ? np : null;
  return (isVerbLike(verb) || verb.tags.has('Verb')) && OBJECT_CONTROL.has(verb.lemma) ? np : null;
}

/**
 * "X, refusing to leave the flat, turned it …": a participial phrase between commas, after a noun
 * phrase and before the clause's finite verb, has that noun phrase as its subject.
 */
function interruptedSubject(ctx: ClauseContext, group: number): Range | null {
  const { tokens } = ctx.doc;
  for (let j = group + 1; j < ctx.s.tokenEnd && j < group + 12; j++) {
    if (!/,/.test(gapBefore(ctx.doc, j))) continue;
    const verb = tokens[pastInserts(ctx, j, ctx.s.tokenEnd)];
    if (!verb || !isVerbLike(verb) || verb.tags.has('Gerund') || !(verb.tags.has('PastTense') || verb.tags.has('Auxiliary') || verb.tags.has('PresentTense'))) return null;
    const np = npEndingAt(ctx, group - 1);
    return np && !precededByVerb(ctx, np.from) ? np : null;
  }
  return null;
}

/** A base-form verb after a modal ("would write", "could come"): a finite past verb is not its conjunct. */
function baseAfterModal(ctx: ClauseContext, j: number): boolean {
  const { tokens } = ctx.doc;
  if (tokens[j]!.tags.has('PastTense') || tokens[j]!.tags.has('Gerund')) return false;
  for (let i = j - 1; i >= Math.max(ctx.s.tokenStart, j - 3); i--) {
    const t = tokens[i]!;
    if (t.tags.has('Modal') || MODAL.has(t.normal)) return true;
    if (!t.tags.has('Adverb') && !/^(?:not|never)$/.test(t.normal)) return false;
  }
  return false;
}

function precededByVerb(ctx: ClauseContext, k: number): boolean {
  const prev = ctx.doc.tokens[k - 1];
  return !!prev && k > ctx.s.tokenStart && isVerbLike(prev) && !/,/.test(gapBefore(ctx.doc, k));
}

/** The first token from k that is no adverb or time ("said on Monday that"): where a verb's complement starts. */
function pastInserts(ctx: ClauseContext, k: number, end: number): number {
  const { tokens } = ctx.doc;
  while (k < end && (tokens[k]!.tags.has('Adverb') || ctx.timeTokens.has(k) || (tokens[k]!.tags.has('Preposition') && ctx.timeTokens.has(k + 1)))) k++;
  return k;
}

/** The "that" opening a clause right after the verb (past adverbs and times), or null. */
function thatAfter(ctx: ClauseContext, last: number, end: number): number | null {
  const { tokens } = ctx.doc;
  const k = pastInserts(ctx, last + 1, end);
  if (k >= end || tokens[k]!.normal !== 'that') return null;
  // "that costs could rise" opens a clause; "that proposal from Qatar" is a determiner
  const np = npStartingAt(ctx, k + 1, end);
  const verb = np && np.to < end ? tokens[np.to]! : undefined;
  return verb && (isVerbLike(verb) || verb.tags.has('Modal') || verb.tags.has('Auxiliary')) ? k : null;
}

/** "demanded that the US cancel …": the subject of the "that"-clause right after the verb. */
function thatClauseSubject(ctx: ClauseContext, last: number, end: number): Range | null {
  const { tokens } = ctx.doc;
  const k = pastInserts(ctx, last + 1, end);
  if (tokens[k]?.normal !== 'that') return null;
  for (let v = k + 2; v < end; v++) {
    const t = tokens[v]!;
    if (isVerbLike(t) || t.tags.has('Modal') || t.tags.has('Auxiliary')) {
      const subject = tokens[v - 1]?.normal === 'to' ? null : subjectBefore(ctx, verbGroupStart(ctx, v));
      if (subject) return subject;
      break;
    }
  }
  // compromise read the clause's verb as a noun ("that the government end curbs"): the phrase after "that"
  return npStartingAt(ctx, k + 1, end);
}

// ---------- nouns ----------

function nounFrame(ctx: ClauseContext, t: Trigger, index: ActorIndex): Frame {
  const { tokens } = ctx.doc;
  const k = t.head;
  const end = clauseEnd(ctx, k);
  const near = Math.min(end, k + 8);
  const modStart = modifiersStart(ctx, t.from);
  const governor = governingVerb(ctx, modStart);
  const governorPassive = governor !== null && isPassive(ctx, governor);
  // the author: "Israel's invasion", "an Indian proposal", "calls by X", "an offer from Y", or the governing verb's subject
  let agents: ActorRef[] = [];
  const possessive = modStart > ctx.s.tokenStart && isPossessive(tokens[modStart - 1]!) ? possessorEndingAt(ctx, modStart - 1) : null;
  if (possessive) agents = args(ctx, possessive, index);
  const explicitAuthor = agents.length > 0;
  // "an Israeli airstrike" names its author; "the Roe shooting", "the Kennedy assassination" name the victim
  let victims: ActorRef[] = [];
  if (!agents.length && modStart < t.from) {
    const named = args(ctx, { from: modStart, to: t.from }, index).filter((a) => a.actor);
    victims = HARMING.has(t.entry.category) ? named.filter((a) => index.byId.get(a.actor!)?.type === 'person') : [];
    agents = named.filter((a) => !victims.includes(a));
  }
  let ruleSuffix = '';
  if (!agents.length) {
    // "an offer from Y" names its author, "a withdrawal from Y" its place: "from" is the author's only when the noun has no "from" target
    const authorPreps = t.entry.targetPreps?.includes('from') ? ['by'] : ['by', 'from'];
    // the phrase must belong to the noun: "demands were met by the government" is the verb's agent
    const by = prepObjectsAfter(ctx, t.to - 1, end, authorPreps).find((p) => p.prep <= k + 3 && !verbBetween(ctx, t.to, p.prep));
    if (by) agents = args(ctx, by.np, index);
  }
  let fromGovernor = false;
  if (!agents.length) {
    if (governor !== null && !governorPassive) {
      const subject = subjectOf(ctx, verbGroupStart(ctx, governor), governor);
      if (subject) agents = args(ctx, subject, index);
      fromGovernor = agents.length > 0;
    }
  }
  const preps = [...(t.entry.targetPreps ?? []), ...NOUN_TARGET_PREPS];
  // the preposition stands near the noun; its object may run on ("between the Emirates and Saudi Arabia")
  const candidates = prepObjectsAfter(ctx, t.to - 1, end, preps)
    .filter((p) => p.prep <= k + 5)
    .map((p) => args(ctx, p.np, index).filter((a) => !agents.some((g) => g.start === a.start)));
  let targets = heaviest(ctx, candidates, index);
  if (victims.length && weight(ctx, targets, index) < 2) {
    targets = victims;
    ruleSuffix += '.victim-modifier';
  }
  const first = prepObjectsAfter(ctx, t.to - 1, near, preps).find((p) => p.prep <= k + 2);
  if (governor !== null && weight(ctx, targets, index) < 1.5) {
    const held = heldBy(ctx, governor, modStart, index);
    if (held.length) targets = held;
  }
  // "the minister is facing criticism", "came under attack from rebels": the governor's subject undergoes the act
  if (governor !== null && UNDERGOING.has(tokens[governor]!.lemma) && !governorPassive) {
    const subject = subjectOf(ctx, verbGroupStart(ctx, governor), governor);
    const undergoer = subject ? args(ctx, subject, index) : [];
    if (undergoer.length) {
      targets = undergoer;
      if (fromGovernor) agents = [];
      ruleSuffix += '.undergone';
    }
  }
  // "was put under investigation in Italy": the state where it is done stands for the authorities
  if (!agents.length && governorPassive && LEGAL.has(t.entry.category)) {
    agents = stateOfPlace(ctx, t.to - 1, end, index);
    if (agents.length) ruleSuffix += '.place-authority';
  }
  const group = governor !== null ? verbGroupStart(ctx, governor) : t.from;
  const objectHead = first ? headWord(ctx, first.np) : null;
  const f = frame(t, group, end, false, agents, targets, objectHead, `events.noun.${t.entry.rule}${ruleSuffix}`);
  f.explicitAuthor = explicitAuthor;
  // "Washington, which has a mutual defence treaty with Manila": having an agreement is a state, not an act
  if (governor !== null && tokens[governor]!.lemma === 'have' && HAVE_STATES.has(f.category)) f.noEvent = 'events.noun.state-have';
  objectSense(f, objectHead);
  return f;
}

/**
 * "took the suspect into custody", "placed him under arrest", "was put under investigation":
 * the one the verb puts under, into or on trial is the noun's target: the verb's object before
 * the preposition, or the subject of the passive.
 */
function heldBy(ctx: ClauseContext, governor: number, modStart: number, index: ActorIndex): ActorRef[] {
  const { tokens } = ctx.doc;
  const prep = tokens[modStart - 1];
  if (!prep || !/^(?:under|into|on)$/.test(prep.normal)) return [];
  if (isPassive(ctx, governor)) {
    const subject = subjectOf(ctx, verbGroupStart(ctx, governor), governor);
    return subject ? args(ctx, subject, index) : [];
  }
  const object = directObjectAfter(ctx, governor, modStart - 1);
  return object && object.to <= modStart - 1 ? args(ctx, object, index) : [];
}

/** A verb between a noun and a later phrase, other than a participle right after the noun ("the march organised by"). */
function verbBetween(ctx: ClauseContext, from: number, to: number): boolean {
  const { tokens } = ctx.doc;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    const participle = j === from && (t.tags.has('PastTense') || t.tags.has('Participle')) && !t.tags.has('Auxiliary') && !t.tags.has('Copula');
    if (isVerbLike(t) && !participle) return true;
  }
  return false;
}

/** The possessor phrase ending at token j: names and modifiers only ("the French investigators'", "X's"). */
function possessorEndingAt(ctx: ClauseContext, j: number): Range | null {
  const { tokens } = ctx.doc;
  let from = j;
  while (from > ctx.s.tokenStart) {
    const prev = tokens[from - 1]!;
    // (a time before the possessor is none of it: "extended to Nov. 20 its offer")
    if (/[,;:]/.test(gapBefore(ctx.doc, from)) || !isNominal(prev) || isPossessive(prev) || ctx.timeTokens.has(from - 1)) break;
    from--;
  }
  return { from, to: j + 1 };
}

function isPossessive(t: Token): boolean {
  return (t.tags.has('Possessive') && !t.tags.has('Pronoun')) || /['\u2019]s$/.test(t.text);
}

/** The head word (lemma) of a phrase: its last word before an "of"-complement or a comma. */
function headWord(ctx: ClauseContext, r: Range): string {
  const t = ctx.doc.tokens[headIndex(ctx, r)]!;
  // a gerund head keeps its -ing form ("handling"), other words their lemma
  return t.tags.has('Gerund') ? t.normal : t.lemma;
}

/** The head of the "of"-complement of a phrase ("a team of inspectors" → "inspector", "hundreds of monitors ahead of the vote" → "monitor"), or null. */
function memberHead(ctx: ClauseContext, r: Range): string | null {
  const { tokens } = ctx.doc;
  for (let k = r.from; k < r.to - 1; k++) {
    if (tokens[k]!.normal !== 'of') continue;
    // the members' phrase ends at its first noun not followed by another ("monitors ahead of the vote", "aid workers from Norway")
    let end = k + 1;
    while (end < r.to - 1 && !(tokens[end]!.tags.has('Noun') && !tokens[end + 1]!.tags.has('Noun'))) end++;
    return headWord(ctx, { from: k + 1, to: end + 1 });
  }
  return null;
}

/**
 * The object decides the sense of some triggers: "blocked the Europe Bridge" is a protest,
 * "an attack on the budget proposal" is disapproval, not an assault.
 */
function objectSense(f: Frame, objectHead: string | null) {
  if (!objectHead) return;
  for (const [category, heads] of Object.entries(f.entry.categoryByObject ?? {})) {
    if (heads?.includes(objectHead)) {
      f.category = category as PloverCategory;
      f.rule += `.${objectHead}`;
    }
  }
}

/** First token of the modifiers before a noun ("a new free-trade pact" → "new"). */
function modifiersStart(ctx: ClauseContext, k: number): number {
  const { tokens } = ctx.doc;
  let j = k;
  while (j > ctx.s.tokenStart) {
    const prev = tokens[j - 1]!;
    if (/[,;:]/.test(gapBefore(ctx.doc, j))) break;
    if (isPossessive(prev)) break;
    if (prev.tags.has('Determiner') || prev.tags.has('Verb') || prev.tags.has('Preposition') || !isNominal(prev)) break;
    j--;
  }
  return j;
}

/** For a noun trigger, the verb whose object it is ("launched … inquiries"), within a short window. */
function governingVerb(ctx: ClauseContext, modStart: number): number | null {
  const { tokens } = ctx.doc;
  for (let j = modStart - 1; j >= Math.max(ctx.s.tokenStart, modStart - 5); j--) {
    const t = tokens[j]!;
    if (/[,;:]/.test(gapBefore(ctx.doc, j + 1))) return null;
    // compromise may tag "under" as a verb prefix ("under arrest")
    if (/^(?:under|into|over)$/.test(t.normal)) continue;
    if (isVerbLike(t) && !t.tags.has('Auxiliary') && !t.tags.has('Copula')) return REPORTING_GOVERNORS.test(t.normal) ? null : j;
    if (t.tags.has('Preposition') && !['of', 'in', 'into', 'for', 'under', 'on', 'up', 'out', 'off', 'down', 'back', 'over'].includes(t.normal)) return null;
  }
  return null;
}

// ---------- demands stated as obligations ----------

/**
 * "Russia said Sudan must return the helicopter": a speaker stating what someone else must
 * or should do is a demand (PLOVER REQUEST), whatever the verb after the modal.
 */
function deonticFrames(ctx: ClauseContext, index: ActorIndex): Frame[] {
  const { tokens } = ctx.doc;
  const out: Frame[] = [];
  for (let m = ctx.s.tokenStart + 2; m < ctx.s.tokenEnd - 1; m++) {
    if (!OBLIGATION.has(tokens[m]!.normal)) continue;
    let v = m + 1;
    while (v < ctx.s.tokenEnd && (tokens[v]!.tags.has('Adverb') || /^(?:not|be)$/.test(tokens[v]!.normal))) v++;
    if (v >= ctx.s.tokenEnd || !isVerbLike(tokens[v]!)) continue;
    const subject = subjectBefore(ctx, m);
    if (!subject) continue;
    let cue = subject.from - 1;
    if (cue >= ctx.s.tokenStart && tokens[cue]!.normal === 'that') cue--;
    while (cue > ctx.s.tokenStart && (ctx.timeTokens.has(cue) || (tokens[cue]!.tags.has('Preposition') && ctx.timeTokens.has(cue + 1)))) cue--;
    if (cue < ctx.s.tokenStart || !DEMAND_FRAMES.test(tokens[cue]!.normal)) continue;
    const speaker = subjectBefore(ctx, verbGroupStart(ctx, cue));
    const agents = speaker ? args(ctx, speaker, index) : [];
    const targets = args(ctx, subject, index);
    if (!agents.length || !targets.length || targets.every((t) => PRONOUN.test(t.text))) continue;
    const lemma = tokens[v]!.lemma;
    const entry: TriggerEntry = {
      lemma, pos: 'verb', category: 'REQUEST', rule: 'request.deontic', tokens: [lemma], multiword: false,
    };
    const t: Trigger = { entry, head: v, from: m, to: v + 1, pos: 'verb' };
    out.push(frame(t, m, clauseEnd(ctx, v), false, agents, targets, null, 'events.request.deontic'));
  }
  return out;
}

// ---------- complements ----------

/**
 * A trigger inside the object or complement of an earlier verb trigger in the same clause
 * is what that verb is about: it is absorbed, lends its arguments where the verb has none
 * (the proposer of a rejected proposal, the place of a threatened ban) and its head for the
 * mode. Light verbs ("launch", "hold") are not triggers, so their noun stays the event.
 */
function absorb(ctx: ClauseContext, frames: Frame[], index: ActorIndex) {
  absorbCharges(ctx, frames);
  for (const outer of frames) {
    if (outer.absorbed || outer.t.pos !== 'verb') continue;
    for (const inner of frames) {
      if (inner === outer || inner.absorbed) continue;
      const sameHead = inner.t.head === outer.t.head && outer.entry.rule === 'request.deontic';
      if (!sameHead && !(inner.t.from >= outer.t.to && inner.t.from < outer.end)) continue;
      if (!sameHead && crossesClause(ctx, outer.t.to, inner.t.from)) continue;
      inner.absorbed = true;
      // the proposer of a rejected proposal, the place of a threatened ban: lent when they name a party better
      const authored = inner.t.pos === 'noun' && inner.agents.length && !sameActors(inner.agents, outer.agents) && !sameSpan(inner.agents, outer.agents);
      const lent = heaviest(ctx, [authored ? inner.agents : [], inner.targets], index);
      if (lent.length && weight(ctx, outer.targets, index) < 1.5 && weight(ctx, lent, index) > weight(ctx, outer.targets, index)) outer.targets = lent;
      outer.objectHead ??= ctx.doc.tokens[inner.t.head]!.lemma;
      outer.contentCategory ??= inner.category;
    }
  }
}

/**
 * "put under investigation for her role in rioting", "an inquiry over the bombing": a trigger in
 * the "for"/"over" phrase of a legal noun is the matter investigated or charged, not an event
 * reported of its own (events.noun.charge-content). Verbs absorb their complements in absorb().
 */
function absorbCharges(ctx: ClauseContext, frames: readonly Frame[]) {
  const { tokens } = ctx.doc;
  for (const outer of frames) {
    if (outer.absorbed || outer.t.pos !== 'noun' || !LEGAL.has(outer.category)) continue;
    // (the phrase may follow the noun's place: "investigation in Italy for her role in …")
    let opener = -1;
    for (let j = outer.t.to; j < Math.min(outer.end, outer.t.to + 4) && opener < 0; j++) if (/^(?:for|over)$/.test(tokens[j]!.normal)) opener = j;
    if (opener < 0) continue;
    for (const inner of frames) if (inner !== outer && !inner.absorbed && inner.t.from > opener && inner.t.from < outer.end) inner.absorbed = true;
  }
}

function sameSpan(a: readonly ActorRef[], b: readonly ActorRef[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

function sameActors(a: readonly ActorRef[], b: readonly ActorRef[]): boolean {
  return a.some((x) => x.actor && b.some((y) => y.actor === x.actor));
}

/** A relative clause or subordinate conjunction between two words opens a new clause. */
function crossesClause(ctx: ClauseContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (CLAUSE_OPENING.has(ctx.doc.tokens[j]!.normal)) return true;
  return false;
}

// ---------- pronouns ----------

/**
 * A pronoun argument the actors component left unresolved ("Iraq said it would allow …")
 * refers to the subject of the verb that introduces its clause, else to the last named agent.
 */
function resolvePronouns(ctx: ClauseContext, f: Frame, index: ActorIndex, lastAgent: ActorRef | null) {
  f.agents = f.agents.map((a) => {
    // "the army said its forces killed …": the forces are the army's; the phrase keeps its words, the actor is the owner's
    if (!a.actor && POSSESSED.test(a.text)) {
      const owner = matrixSubject(ctx, a.start, index);
      return owner?.actor ? { ...a, actor: owner.actor } : a;
    }
    if (a.actor || !PRONOUN.test(a.text)) return a;
    // "Afghan rebel leaders said they …": the antecedent phrase, with its actor, is the argument
    const antecedent = matrixSubject(ctx, a.start, index);
    if (antecedent) return antecedent;
    // "he"/"she" is a person: the last person named, not the last agent (which may be a party or a group)
    if (PERSONAL.test(a.text)) {
      const person = index.lastNamedBefore(ctx.doc, a.start, 'person');
      if (person) return { ...a, actor: person.actor.id };
    }
    // "it" is no person: a person as last agent is not its antecedent
    if (/^(?:it|its)$/i.test(a.text) && lastAgent?.actor && index.byId.get(lastAgent.actor)?.type === 'person') return a;
    return lastAgent?.actor ? { ...a, actor: lastAgent.actor } : a;
  });
}

/** The subject of the nearest verb before `offset` in the sentence (the speaker of "X said it …"). */
function matrixSubject(ctx: ClauseContext, offset: number, index: ActorIndex): ActorRef | null {
  const { tokens } = ctx.doc;
  for (let j = tokenIndexAt(ctx.doc, offset) - 1; j > ctx.s.tokenStart; j--) {
    if (!isVerbLike(tokens[j]!) || tokens[j]!.tags.has('Auxiliary')) continue;
    // "Berlin rejected the calls, saying it …": a participle's subject is its clause's (subjectOf walks back)
    const subject = subjectOf(ctx, verbGroupStart(ctx, j), j);
    const refs = subject ? args(ctx, subject, index).filter((a) => !PRONOUN.test(a.text)) : [];
    const named = refs.find((a) => a.actor) ?? refs.find((a) => namesParty(ctx, a));
    if (named) return named;
  }
  return null;
}

// ---------- events ----------

function toEvent(ctx: ClauseContext, f: Frame, index: ActorIndex, facts: Facts): EventDraft | null {
  const { doc, s } = ctx;
  const { tokens } = doc;
  // an event needs its agent (a noun its author); a polysemous word needs an actor to act
  if (!f.agents.length || f.noEvent) return null;
  // "an earthquake struck", "floods killed 40": nature is no actor
  if (f.agents.every((a) => !a.actor && NATURAL_FORCES.has(lastWordOf(a.text)))) return null;
  const targets = f.targets.filter((tg) => !f.agents.some((a) => (a.actor && a.actor === tg.actor) || (a.start === tg.start && a.end === tg.end)));
  const hasActor = [...f.agents, ...targets].some((a) => a.actor || namesParty(ctx, a)) || f.agents.some((a) => PRONOUN.test(a.text));
  if ((f.t.pos === 'noun' || f.entry.weak) && !hasActor && !(f.explicitAuthor && !f.entry.weak)) return null;
  // "the demands were met", "a statement was released": the passive subject is the object the lexicon excludes
  if (f.passive && f.entry.excludeObjects && f.subject && f.entry.excludeObjects.includes(headWord(ctx, f.subject))) return null;
  if (f.t.pos === 'verb' && f.entry.statementClause && statementOnly(ctx, f, index)) return null;
  if (f.entry.partyAgent && !f.agents.some((a) => a.actor || headNamesParty(ctx, a) || PRONOUN.test(a.text))) return null;
  // "would rebuild every destroyed home": a trigger that needs a party to act on has none
  if (f.entry.partyTarget && f.category === f.entry.category && weight(ctx, targets, index) < 1.5) return null;
  const span = spanOf(doc, tokens[f.t.from]!.start, tokens[f.t.to - 1]!.end);
  const quote = containing(facts.quotes, span);
  let modality = modalityOf(ctx, f.group, f.t.from, quote !== undefined);
  const negated = negatedIn(ctx, f.group, f.t.head);
  let category = f.category;
  let rule = f.rule;
  if (category === 'MOBILIZE' && EXERCISES.has(f.entry.lemma) && heldJointly(ctx, f, targets, index)) {
    category = 'COOPERATE';
    rule += '.joint';
  }
  // PLOVER codes a stated intention to cooperate as AGREE and a conditional one as a threat
  const conditional = conditionalAfter(ctx, f.t.to, f.end);
  let action = f.action ?? f.entry.lemma;
  let isNegated = negated;
  // verbal acts stay what they are under a condition: only a conditional material act is a threat
  const verbal = VERBAL.has(category);
  if ((modality === 'planned' || modality === 'hypothetical') && conditional === 'unless' && !negated && !verbal) {
    category = 'THREATEN';
    rule += '.conditional';
  } else if ((modality === 'planned' || modality === 'hypothetical') && !negated && COOPERATIVE.has(category)) {
    category = 'AGREE';
    rule += '.intent';
  } else if (modality === 'planned' && !negated && category === 'SANCTION' && WITHDRAWING.test(f.entry.lemma)) {
    // §THREATEN: "threats by international agencies to withdraw their involvement as well as threats by host countries to expel such actors"
    category = 'THREATEN';
    rule += '.announced-withdrawal';
  } else if (modality === 'planned' && !negated && FORCE.has(category)) {
    // an announced use of force ("said they would blockade Paris") is a threat (CAMEO 13, PLOVER THREATEN)
    category = 'THREATEN';
    rule += '.announced-force';
  } else if ((modality === 'planned' || modality === 'hypothetical') && conditional && !negated && !verbal) {
    category = 'THREATEN';
    rule += '.conditional';
  } else if (negated && (category === 'AGREE' || (COOPERATIVE.has(category) && modality === 'planned'))) {
    // "will not accept", "failed to reach agreement": a refusal, which PLOVER codes as REJECT
    category = 'REJECT';
    action = `not ${action}`;
    isNegated = false;
    rule += '.refusal';
  }
  if (category === 'REQUEST' && f.entry.rule === 'request.deontic') modality = 'requested';
  let finalTargets = targets;
  // a material act on a thing ("exploded bombs in Kabul", "rioted at a jail in Israel") is aimed at its place
  // the category before modality counts: "will pull its garrisons out of the valley" is a planned withdrawal from the valley
  // so does a material act that is the content of a verbal one ("agreed to postpone the march in Baku")
  const placed = PLACE_TARGETS.has(category) || PLACE_TARGETS.has(f.category) || (f.contentCategory !== undefined && PLACE_TARGETS.has(f.contentCategory));
  if (placed && weight(ctx, finalTargets, index) < 1.5) {
    const place = placeTarget(ctx, f, index);
    if (place.length) finalTargets = place;
  }
  // "threatened to strike unless Israel rescinded …": the party whose action is demanded is the target
  if (category === 'THREATEN' && conditional && weight(ctx, finalTargets, index) < 1.5) {
    const condition = conditionSubject(ctx, f, index);
    if (condition.length) finalTargets = condition;
  }
  const tense = modality === 'planned' ? 'future' : tokens[f.t.head]!.tags.has('PastTense') ? 'past' : null;
  // the lead sentence happens where and when its dateline says, unless it says otherwise
  const lead = withDateline(doc, s);
  const clause = clauseBounds(ctx, f);
  const leadClause = clause && clause.start <= s.start ? { ...clause, start: lead.start } : clause;
  const time = dateEvent(doc, lead, span, facts.times, leadClause, tense, complementOf(ctx, f));
  const mode = f.mode && category === f.category ? f.mode : category === f.entry.category ? (resolveMode(f.entry, f.objectHead) ?? null) : null;
  return {
    action,
    type: category,
    mode,
    trigger: span,
    agents: f.agents,
    targets: finalTargets,
    time: time?.id ?? null,
    date: time?.value ?? null,
    // (a state that acts where it is, "was arrested in France", is also where it happens)
    location: locateEvent(doc, lead, index, leadClause, f.rule.includes('.place-authority') ? [] : f.agents),
    modality,
    negated: isNegated,
    quote: quote?.id ?? null,
    sentence: spanOf(doc, s.start, s.end),
    rule,
  };
}

/** The head of a noun phrase as written: its last word, lower-case, without a possessive. */
function lastWordOf(text: string): string {
  return (text.toLowerCase().replace(/['\u2019]s?$/, '').split(' ').pop() ?? '').trim();
}

/**
 * "warned that costs could weigh on profits", "warned that famine was spreading": a "that"-clause
 * whose subject is a thing states a risk; it is no threat. The speaker itself ("warned that it
 * would retaliate") or a named party ("warned that Israel would pay a price") keeps the event.
 */
function statementOnly(ctx: ClauseContext, f: Frame, index: ActorIndex): boolean {
  const subject = thatClauseSubject(ctx, f.t.to - 1, f.end);
  if (!subject) return false;
  const refs = args(ctx, subject, index);
  return !refs.some((r) => PRONOUN.test(r.text)) && weight(ctx, refs, index) < 1.5;
}

/** "joint exercises", "France and Egypt held drills", "drills with Japan": more than one side takes part. */
function heldJointly(ctx: ClauseContext, f: Frame, targets: readonly ActorRef[], index: ActorIndex): boolean {
  const { tokens } = ctx.doc;
  for (let k = Math.max(ctx.s.tokenStart, f.t.from - 3); k < f.t.from; k++) if (/^(?:joint|combined|bilateral|multinational)$/.test(tokens[k]!.normal)) return true;
  const members = f.agents.filter((a) => a.actor || namesParty(ctx, a));
  if (members.length > 1 && !members.every((m) => m.actor && m.actor === members[0]!.actor)) return true;
  const partner = prepObjectAfter(ctx, f.t.to - 1, f.end, ['with']);
  return !!partner && weight(ctx, args(ctx, partner.np, index), index) >= 1.5 && targets.length > 0;
}

/** The subject of the "unless"/"if" clause after the trigger, when it names a party. */
function conditionSubject(ctx: ClauseContext, f: Frame, index: ActorIndex): ActorRef[] {
  const { tokens } = ctx.doc;
  for (let j = f.t.to; j < ctx.s.tokenEnd; j++) {
    if (!/^(?:unless|if)$/.test(tokens[j]!.normal)) continue;
    const np = npStartingAt(ctx, j + 1, ctx.s.tokenEnd);
    const refs = np ? args(ctx, np, index) : [];
    return weight(ctx, refs, index) >= 1.5 ? refs : [];
  }
  return [];
}

/** The place an event happens in, as its target when it has no other ("demonstrated in Serbia"). */
function placeTarget(ctx: ClauseContext, f: Frame, index: ActorIndex): ActorRef[] {
  const prep = prepObjectAfter(ctx, f.t.to - 1, f.end, ['in', 'at', 'into']);
  if (!prep || placeOfModifier(ctx, f.t.to, prep.prep)) return [];
  return args(ctx, prep.np, index).filter((a) => a.actor && index.byId.get(a.actor)?.type === 'location');
}

/**
 * "attacked a camp for displaced people in western Sudan": after a "for" modifier of the
 * object the place locates that modifier's noun (the people), not a party the act is aimed at.
 */
function placeOfModifier(ctx: ClauseContext, from: number, prep: number): boolean {
  for (let j = from; j < prep; j++) if (ctx.doc.tokens[j]!.normal === 'for' && !ctx.timeTokens.has(j + 1)) return true;
  return false;
}

function clauseBounds(ctx: ClauseContext, f: Frame): Span {
  const { tokens } = ctx.doc;
  let from = f.group;
  while (from > ctx.s.tokenStart && !/[,;:]/.test(gapBefore(ctx.doc, from))) from--;
  return spanOf(ctx.doc, tokens[from]!.start, tokens[Math.max(from, f.end - 1)]!.end);
}

/** Categories whose verb takes an object and an infinitive naming what is asked or threatened ("urged lawmakers to …"). */
const ASKING: ReadonlySet<PloverCategory> = new Set(['REQUEST', 'THREATEN']);

/**
 * The trigger's infinitive complement, to the end of its clause: "agreed to withdraw by March",
 * "refused to hold hearings", "urged lawmakers to pass the bill", "a deal to supply batteries". A
 * time inside it dates the event it names, not the trigger (event-context.ts embeddedTime). An
 * infinitive of purpose after another verb is no complement ("visited the town to campaign").
 */
function complementOf(ctx: ClauseContext, f: Frame): Span[] {
  const { tokens } = ctx.doc;
  const last = tokens[Math.max(f.t.to, f.end) - 1]!;
  // a trigger ending in "to" ("agreed to") is followed by its complement; one holding "to" ("threatened to strike") holds its start
  if (tokens[f.t.to - 1]!.normal === 'to') return f.t.to < f.end ? [spanOf(ctx.doc, tokens[f.t.to]!.start, last.end)] : [];
  for (let k = f.t.from + 1; k < f.t.to; k++) if (tokens[k]!.normal === 'to') return [spanOf(ctx.doc, tokens[k]!.start, last.end)];
  // right after the verb ("vowed to"), after the object of a verb of asking ("urged lawmakers to"), or after a noun ("a deal to")
  const from = f.t.pos === 'noun' || ASKING.has(f.category) ? f.t.to : pastInserts(ctx, f.t.to, f.end);
  const to = f.t.pos === 'noun' || ASKING.has(f.category) ? f.end - 1 : Math.min(from + 1, f.end - 1);
  for (let k = from; k < to; k++) {
    if (tokens[k]!.normal !== 'to' || ctx.timeTokens.has(k)) continue;
    let v = k + 1;
    if (v < f.end - 1 && tokens[v]!.tags.has('Adverb') && !tokens[v]!.tags.has('Noun')) v++;
    if (isVerbLike(tokens[v]!) || (tokens[v]!.tags.has('Infinitive') && !tokens[v]!.tags.has('Noun'))) return [spanOf(ctx.doc, tokens[k]!.start, last.end)];
  }
  return [];
}

function frame(t: Trigger, group: number, end: number, passive: boolean, agents: ActorRef[], targets: ActorRef[], objectHead: string | null, rule: string): Frame {
  return { t, entry: t.entry, category: t.entry.category, group, end, passive, agents, targets, objectHead, absorbed: false, rule };
}

/**
 * How well a list of arguments names a party: a known actor (2), a phrase naming people or a
 * nationality without a known actor ("Congolese refugees", 1.5), a thing (0). Picks the target
 * among a verb's object and prepositional objects, the earliest on a tie.
 */
function weight(ctx: ClauseContext, refs: readonly ActorRef[], index: ActorIndex): number {
  let best = 0;
  for (const r of refs) {
    if (r.actor) best = Math.max(best, 2);
    else if (namesParty(ctx, r)) best = Math.max(best, 1.5);
  }
  return best;
}

const PARTY_TAGS = ['Demonym', 'Actor', 'Person', 'Organization', 'Place', 'Country'];
/** Common nouns that name a party in news (armed, official or collective actors). */
const GROUP_NOUNS = new Set([
  'force', 'forces', 'troop', 'troops', 'soldier', 'soldiers', 'army', 'police', 'militia', 'militiamen', 'rebel', 'rebels',
  'militant', 'militants', 'guerrilla', 'guerrillas', 'insurgent', 'insurgents', 'government', 'authorities', 'official',
  'officials', 'minister', 'ministry', 'president', 'court', 'parliament', 'protester', 'protesters', 'demonstrator',
  'demonstrators', 'worker', 'workers', 'union', 'students', 'prisoners', 'villagers', 'residents', 'leaders', 'leader',
  'party', 'group', 'prosecutors', 'investigators', 'regulator', 'agency', 'company', 'navy', 'aircraft', 'warplanes',
  'gunmen', 'attackers', 'hackers', 'farmers', 'opposition', 'coalition', 'administration', 'council', 'committee',
  'junta', 'regime', 'cabinet', 'judge', 'judges', 'tribunal', 'envoy', 'delegation',
]);

/** Whether a phrase names people, a group or a nationality by its words' tags. */
function namesParty(ctx: ClauseContext, r: { start: number; end: number }): boolean {
  const { tokens } = ctx.doc;
  for (let k = tokenIndexAt(ctx.doc, r.start); k < tokens.length && tokens[k]!.start < r.end; k++) {
    const t = tokens[k]!;
    if (ctx.timeTokens.has(k)) continue;
    if (isPartyWord(t)) return true;
  }
  return false;
}

/** A word that names a party by its tags or as a group noun ("police", "France", "French"). */
function isPartyWord(t: Token): boolean {
  return PARTY_TAGS.some((tag) => t.tags.has(tag)) || (t.tags.has('ProperNoun') && !t.tags.has('Date')) || GROUP_NOUNS.has(t.normal);
}

/** Whether the head of a phrase (its last word before "of", "in" or a comma) names a party: "the court", not "a visa program". */
function headNamesParty(ctx: ClauseContext, r: { start: number; end: number }): boolean {
  const { tokens } = ctx.doc;
  let head = -1;
  for (let k = tokenIndexAt(ctx.doc, r.start); k < tokens.length && tokens[k]!.start < r.end; k++) {
    if (head >= 0 && (/^(?:of|in|at|from|for)$/.test(tokens[k]!.normal) || /,/.test(gapBefore(ctx.doc, k)))) break;
    head = k;
  }
  return head >= 0 && isPartyWord(tokens[head]!);
}

/** The best-weighted list, the earliest on a tie. */
function heaviest(ctx: ClauseContext, lists: readonly ActorRef[][], index: ActorIndex): ActorRef[] {
  let best: ActorRef[] = [];
  let bestWeight = -1;
  for (const refs of lists) {
    if (!refs.length) continue;
    const w = weight(ctx, refs, index);
    if (w > bestWeight) {
      best = refs;
      bestWeight = w;
    }
  }
  return best;
}

function args(ctx: ClauseContext, r: Range, index: ActorIndex): ActorRef[] {
  const { tokens } = ctx.doc;
  if (r.to <= r.from) return [];
  // "every", "each", "all of": a determiner or quantifier alone names no one (the rule events.args.bare-quantifier)
  return index.argumentsIn(ctx.doc, spanOf(ctx.doc, tokens[r.from]!.start, tokens[r.to - 1]!.end))
    .filter((a) => !bareQuantifier(a.text))
    .flatMap((a) => headlineList(ctx, a, index) ?? [a]);
}

/**
 * "US, China agree to resume talks": a headline joins two names with a comma alone. Split only
 * when each side is exactly the name of a different state or organization (an apposition,
 * "Tamsin Roe, the UN envoy", never is); the rule events.args.headline-list.
 */
function headlineList(ctx: ClauseContext, a: ActorRef, index: ActorIndex): ActorRef[] | null {
  const comma = a.text.indexOf(',');
  if (comma < 0 || a.text.indexOf(',', comma + 1) >= 0) return null;
  const sides = [
    { start: a.start, end: a.start + comma },
    { start: a.start + comma + 1 + (a.text.slice(comma + 1).length - a.text.slice(comma + 1).trimStart().length), end: a.end },
  ];
  const named = sides.map((s) => index.inside(s.start, s.end).find((l) => l.named && l.start === s.start && l.end === s.end));
  if (named.some((l) => !l || l.actor.type === 'person') || named[0]!.actor === named[1]!.actor) return null;
  return named.map((l) => ({ start: l!.start, end: l!.end, text: ctx.doc.text.slice(l!.start, l!.end), actor: l!.actor.id }));
}

function bareQuantifier(text: string): boolean {
  return text.toLowerCase().split(/\s+/).every((w) => QUANTIFIER_WORDS.has(w));
}

function spanOf(doc: Document, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}
