/**
 * Event triggers in a sentence: multi-word phrases first ("launch an inquiry into", "open
 * fire", "call for"), then single verbs and nouns by lemma. Reporting verbs and the cue verb
 * of a quote never trigger; a word that is only weakly an event in general English needs
 * the checks the lexicon asks for (a following preposition, an object that is not excluded).
 */
import type { Token } from '../../document.js';
import { findTrigger, matchMultiword, MULTIWORD_TRIGGERS, type TriggerEntry } from '../../lexicon/plover.js';
import { gapBefore, isNominal, npStartingAt, type ClauseContext } from './phrases.js';

export interface Trigger {
  entry: TriggerEntry;
  /** token index of the word the event hangs on (the verb, or the noun of a noun trigger) */
  head: number;
  /** first and one-past-last token of the trigger words */
  from: number;
  to: number;
  pos: 'verb' | 'noun';
}

/** Verbs that report speech: they introduce quotes and are never events themselves. */
const REPORTING = new Set([
  'say', 'tell', 'add', 'state', 'report', 'write', 'tweet', 'post', 'explain', 'note', 'reply', 'respond', 'confirm',
  'acknowledge', 'suggest', 'predict', 'estimate', 'believe', 'think', 'contend', 'maintain', 'assert', 'recall',
  'emphasize', 'emphasise', 'stress', 'indicate', 'reveal', 'disclose', 'quip', 'joke', 'shout', 'remark', 'observe',
  'conclude', 'announce', 'declare', 'claim', 'inform', 'learn', 'show', 'continue', 'argue', 'insist', 'hint',
]);

/** Nouns that only frame the event noun before them ("mediation effort", "peacekeeping mission"). */
const LIGHT_NOUNS = new Set([
  'effort', 'mission', 'campaign', 'operation', 'process', 'bid', 'attempt', 'drive', 'programme', 'program', 'initiative',
  'activity', 'action', 'plan', 'move', 'deal', 'agreement', 'accord', 'pact', 'force', 'talks', 'round', 'session',
]);

/** First words of the multi-word triggers, to try the phrase matcher only where one can start. */
const FIRST_WORDS: ReadonlySet<string> = new Set(MULTIWORD_TRIGGERS.map((t) => t.tokens[0]!));

export function findTriggers(ctx: ClauseContext, cueTokens: ReadonlySet<number>): Trigger[] {
  const { tokens } = ctx.doc;
  const out: Trigger[] = [];
  const words = [] as string[];
  const normals = [] as string[];
  for (let k = ctx.s.tokenStart; k < ctx.s.tokenEnd; k++) {
    words.push(tokens[k]!.lemma);
    normals.push(tokens[k]!.normal);
  }
  // the sentence without adverbs and times: built only when a verb that may start a phrase needs it
  let spaced: Spaced | undefined;
  const spacedWords = (): Spaced => (spaced ??= withoutInserts(ctx));
  let covered = -1;
  for (let k = ctx.s.tokenStart; k < ctx.s.tokenEnd; k++) {
    if (k < covered) continue;
    const tok = tokens[k]!;
    const phrase = multiwordAt(ctx, words, normals, k) ?? insertedPhraseAt(ctx, spacedWords, k) ?? splitParticleAt(ctx, k);
    if (phrase) {
      out.push(phrase);
      covered = phrase.to;
      continue;
    }
    const single = singleAt(ctx, tok, k, cueTokens);
    if (single) out.push(single);
  }
  return out;
}

/** Particles that belong to a phrasal verb ("call off", "pull out"): never skipped as adverbs. */
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'back', 'over', 'away', 'in', 'on', 'through', 'aside', 'apart']);

/** The sentence's lemmas without adverbs and times, with the token index of each, to match phrases across them. */
interface Spaced {
  words: string[];
  at: number[];
  indexOf: Map<number, number>;
}

function withoutInserts(ctx: ClauseContext): Spaced {
  const { tokens } = ctx.doc;
  const out: Spaced = { words: [], at: [], indexOf: new Map() };
  for (let k = ctx.s.tokenStart; k < ctx.s.tokenEnd; k++) {
    const t = tokens[k]!;
    const adverb = t.tags.has('Adverb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Particle') && !PARTICLES.has(t.normal);
    if (adverb || ctx.timeTokens.has(k) || (t.tags.has('Preposition') && ctx.timeTokens.has(k + 1))) continue;
    out.indexOf.set(k, out.words.length);
    out.words.push(t.lemma);
    out.at.push(k);
  }
  return out;
}

/**
 * "called again on donors to give", "pushed hard for a vote": a verb phrase whose words are
 * split by an adverb or a time. Only verb phrases, only when the verb itself starts the match.
 */
function insertedPhraseAt(ctx: ClauseContext, spacedWords: () => Spaced, k: number): Trigger | null {
  const { tokens } = ctx.doc;
  // the spaced word of token k is its lemma: test the verb first, build the spaced sentence only then
  if (!tokens[k]!.tags.has('Verb') || !FIRST_WORDS.has(tokens[k]!.lemma)) return null;
  const spaced = spacedWords();
  const i = spaced.indexOf.get(k);
  if (i === undefined) return null;
  const hit = matchMultiword(spaced.words, i, 'verb');
  if (!hit) return null;
  const to = spaced.at[hit.end - 1]! + 1;
  if (to - k === hit.end - i) return null; // nothing was skipped: the plain matcher already said no
  if (hit.entry.excludeObjects && objectHeadIn(tokens, to - 1, ctx.s.tokenEnd, hit.entry.excludeObjects)) return null;
  return { entry: hit.entry, head: k, from: k, to, pos: 'verb' };
}

/** Two-word phrasal verbs by verb lemma ("force" → "force out"), for a particle placed after the object. */
const PHRASAL: ReadonlyMap<string, readonly TriggerEntry[]> = (() => {
  const m = new Map<string, TriggerEntry[]>();
  for (const e of MULTIWORD_TRIGGERS) {
    if (e.pos !== 'verb' || e.tokens.length !== 2 || !PARTICLES.has(e.tokens[1]!) || e.tokens[1] === 'on' || e.tokens[1] === 'in') continue;
    m.set(e.tokens[0]!, [...(m.get(e.tokens[0]!) ?? []), e]);
  }
  return m;
})();

/**
 * "forced the mayor, a reformer, out of office", "called the strike off": a phrasal verb
 * whose particle follows a short object. The trigger is the verb; its object stays the object.
 */
function splitParticleAt(ctx: ClauseContext, k: number): Trigger | null {
  const { tokens } = ctx.doc;
  const tok = tokens[k]!;
  const entries = PHRASAL.get(tok.lemma);
  if (!entries || !tok.tags.has('Verb') || reducedRelative(ctx, k)) return null;
  for (let j = k + 1; j < Math.min(ctx.s.tokenEnd, k + 9); j++) {
    const t = tokens[j]!;
    if (/[;:]/.test(gapBefore(ctx.doc, j))) return null;
    const entry = j > k + 1 ? entries.find((e) => e.tokens[1] === t.normal) : undefined;
    if (entry) return { entry, head: k, from: k, to: k + 1, pos: 'verb' };
    if (!isNominal(t)) return null;
  }
  return null;
}

function multiwordAt(ctx: ClauseContext, words: readonly string[], normals: readonly string[], k: number): Trigger | null {
  const { tokens } = ctx.doc;
  const tok = tokens[k]!;
  const rel = k - ctx.s.tokenStart;
  const byLemma = FIRST_WORDS.has(words[rel]!);
  if (!byLemma && !FIRST_WORDS.has(normals[rel]!)) return null;
  const hit = (byLemma ? matchMultiword(words, rel) : undefined) ?? matchMultiword(normals, rel);
  if (!hit) return null;
  const to = ctx.s.tokenStart + hit.end;
  // a verb phrase must start with a verb ("open fire"), a noun phrase must not be a verb ("car bomb")
  if (hit.entry.pos === 'verb' && !tok.tags.has('Verb') && !tok.tags.has('Infinitive')) return null;
  if (hit.entry.pos === 'noun' && !tokens[to - 1]!.tags.has('Noun') && !misreadPlural(tokens, to - 1, ctx.s.tokenStart)) return null;
  if (hit.entry.pos === 'verb' && reducedRelative(ctx, k)) return null;
  // the same sense checks as single words: "handed over power" is no aid
  if (hit.entry.excludeObjects && objectHeadIn(tokens, to - 1, ctx.s.tokenEnd, hit.entry.excludeObjects)) return null;
  const head = hit.entry.pos === 'verb' ? k : to - 1;
  return { entry: hit.entry, head, from: k, to, pos: hit.entry.pos };
}

function singleAt(ctx: ClauseContext, tok: Token, k: number, cueTokens: ReadonlySet<number>): Trigger | null {
  const { tokens } = ctx.doc;
  // compromise reads some past forms as adjectives ("today rejected Iraq's proposal"); after no determiner they are verbs
  const prev = tokens[k - 1];
  const predicative = tok.tags.has('Adjective') && /ed$/.test(tok.normal) && !!prev && k > ctx.s.tokenStart &&
    ((isNominal(prev) && !prev.tags.has('Determiner') && !prev.tags.has('Adjective')) || prev.tags.has('Adverb') || prev.tags.has('Auxiliary') || prev.tags.has('Date'));
  // "the besieged town", "an armed group": a participle right after a determiner modifies the noun after it
  // ("its armed forces": a possessive pronoun determines the noun as an article does)
  const attributive = !!prev && k > ctx.s.tokenStart && ((prev.tags.has('Determiner') && !prev.tags.has('Pronoun')) || POSSESSIVE_PRONOUNS.test(prev.normal)) &&
    (tok.tags.has('PastTense') || tok.tags.has('Participle') || (tok.tags.has('Adjective') && /ed$/.test(tok.normal))) && !!tokens[k + 1]?.tags.has('Noun');
  const isVerb = ((tok.tags.has('Verb') && !(tok.tags.has('Noun') && !tok.tags.has('Gerund'))) || predicative) && !attributive;
  const isNoun = tok.tags.has('Noun') && !tok.tags.has('ProperNoun') && !tok.tags.has('Pronoun');
  // "raising further questions": a verb form after a modifier is a plural noun
  const nounAfterModifier = isVerb && tok.tags.has('PresentTense') && /s$/.test(tok.normal) && !!prev && k > ctx.s.tokenStart &&
    (prev.tags.has('Adjective') || prev.tags.has('Determiner') || prev.tags.has('Possessive')) && !prev.tags.has('Pronoun');
  // "three sniper attacks on clinics": a plural form after a counted or determined noun, before a preposition, is a noun
  const countedPlural = isVerb && tok.tags.has('PresentTense') && /s$/.test(tok.normal) && !!prev && k > ctx.s.tokenStart && prev.tags.has('Noun') &&
    !prev.tags.has('Pronoun') && !prev.tags.has('ProperNoun') && !!tokens[k + 1]?.tags.has('Preposition') && countedBefore(tokens, k - 1, ctx.s.tokenStart);
  // "Helios shares rose 4%", "company profits fell": a plural form right before the clause's verb is its subject's head
  const subjectHead = isVerb && tok.tags.has('PresentTense') && /s$/.test(tok.normal) && !!prev && k > ctx.s.tokenStart &&
    prev.tags.has('Noun') && !prev.tags.has('Pronoun') && finiteVerbAt(tokens, k + 1, ctx.s.tokenEnd);
  // "was still refusing", "have been pressuring": compromise reads some -ing forms after "be" as nouns
  const progressive = !isVerb && /ing$/.test(tok.normal) && afterBe(tokens, k, ctx.s.tokenStart);
  // "ordered patrols": a plural verb form right after a finite verb is the verb's object
  const objectNoun = isVerb && tok.tags.has('PresentTense') && /s$/.test(tok.normal) && !!prev && k > ctx.s.tokenStart &&
    prev.tags.has('PastTense') && !prev.tags.has('Auxiliary');
  // "border patrol agents": a base-form verb between a singular noun and a noun is part of a compound
  // (only compromise's own base-form verbs, and never across a comma: "Manila, condemned China's …" is a predicate)
  const compound = isVerb && tok.tags.has('Verb') && !tok.tags.has('PastTense') && !/s$/.test(tok.normal) && !!prev && k > ctx.s.tokenStart &&
    !/,/.test(ctx.doc.text.slice(prev.end, tok.start)) &&
    prev.tags.has('Noun') && !prev.tags.has('Plural') && !prev.tags.has('Pronoun') && !!tokens[k + 1]?.tags.has('Noun') && !tokens[k + 1]?.tags.has('Pronoun') &&
    !tokens[k + 1]?.tags.has('Date') && !ctx.timeTokens.has(k + 1);
  if (compound || modifiesSubject(tokens, k, ctx.s.tokenEnd)) return null;
  // "placed him under arrest": a base form right after a preposition is a noun (compromise may tag "under" a verb prefix)
  const prepositionNoun = isVerb && tok.tags.has('Infinitive') && !!prev && k > ctx.s.tokenStart && /^(?:under|into|of|without|after|before|for)$/.test(prev.normal)
    ? findTrigger(tok.lemma, 'noun') : undefined;
  const afterPreposition = !!prepositionNoun;
  // "a closed hearing", "the bombing": an -ing form after a determiner (and modifiers) is a noun, keyed by its own form
  // ("a hearing Wednesday": compromise may tag it an adjective; not before a noun it modifies, "the ruling party")
  const nextNoun = !!tokens[k + 1] && k + 1 < ctx.s.tokenEnd && tokens[k + 1]!.tags.has('Noun') && !tokens[k + 1]!.tags.has('Date') && !ctx.timeTokens.has(k + 1);
  const ingForm = tok.tags.has('Gerund') || (tok.tags.has('Adjective') && /ing$/.test(tok.normal) && !nextNoun);
  const gerundEntry = ingForm && gerundAfterDeterminer(tokens, k, ctx.s.tokenStart) ? findTrigger(tok.normal, 'noun') : undefined;
  const gerundNoun = !!gerundEntry;
  // "with a curling shot", "after a brief clash": a verb form heading the object of a preposition is a noun
  const prepObjectHead = isVerb && !tok.tags.has('Gerund') && !tok.tags.has('Auxiliary') && headOfPrepObject(ctx, k);
  const pos = prepObjectHead || countedPlural || nounAfterModifier || objectNoun || subjectHead || afterPreposition || gerundNoun ? 'noun' : isVerb || progressive ? 'verb' : isNoun ? 'noun' : null;
  if (!pos) return null;
  const adjectival = predicative && !tok.tags.has('Verb');
  const lemma = adjectival ? (pastStems(tok.normal).find((stem) => findTrigger(stem, 'verb')) ?? tok.normal) : progressive || gerundNoun ? tok.normal : tok.lemma;
  if (pos === 'verb' && REPORTING.has(lemma)) return null;
  // a noun lookup made above for the same word is not made again
  const known = pos !== 'noun' ? undefined : gerundNoun && lemma === tok.normal ? gerundEntry : afterPreposition && lemma === tok.lemma ? prepositionNoun : undefined;
  const entry = known ?? findTrigger(lemma, pos) ?? (pos === 'noun' && tok.tags.has('Gerund') ? findTrigger(lemma, 'verb') : undefined);
  if (!entry || entry.multiword) return null;
  // the cue of a quote counts only when it is an act in itself ("accused", "urged", "defended"), never a report ("said")
  if (cueTokens.has(k) && REPORTING.has(entry.lemma)) return null;
  if (entry.requiresPrep && !prepFollows(tokens, k, ctx.s.tokenEnd, entry.targetPreps ?? [])) return null;
  if (entry.excludeObjects && objectHeadIn(tokens, k, ctx.s.tokenEnd, entry.excludeObjects)) return null;
  if (entry.excludeNext && k + 1 < ctx.s.tokenEnd && entry.excludeNext.includes(tokens[k + 1]!.normal)) return null;
  // "lure tourists back,": a verb that needs an object has none at a clause break or the sentence's end
  if (entry.needsObject && !afterBe(tokens, k, ctx.s.tokenStart) && (k + 1 >= ctx.s.tokenEnd || /[,;:.]/.test(gapBefore(ctx.doc, k + 1)) || !isNominal(tokens[k + 1]!))) return null;
  if (entry.requireNear && !near(tokens, k, ctx, entry.requireNear)) return null;
  // (a game's words anywhere in the sentence: "opened the scoring in the 12th minute with a curling shot")
  if (entry.excludeNear && inSentence(tokens, ctx, entry.excludeNear)) return null;
  if (entry.stateAfter && inStatePhrase(tokens, k, ctx.s.tokenStart, entry.stateAfter)) return null;
  if (entry.excludeModifiers && prev && k > ctx.s.tokenStart && (entry.excludeModifiers.includes(prev.lemma) || entry.excludeModifiers.includes(prev.normal))) return null;
  // a noun modifying another noun is not the event ("aid convoys", "invasion forces", "strike price"): the head is
  const nextTok = tokens[k + 1];
  if (pos === 'noun' && k + 1 < ctx.s.tokenEnd && nextTok && nextTok.tags.has('Noun') && !nextTok.tags.has('ProperNoun') && !LIGHT_NOUNS.has(nextTok.lemma) &&
    !nextTok.tags.has('Pronoun') && !nextTok.tags.has('Date') && !/[,;:]/.test(ctx.doc.text.slice(tok.end, nextTok.start)) && !/['\u2019]/.test(tok.text)) return null;
  if (pos === 'verb' && reducedRelative(ctx, k)) return null;
  return { entry, head: k, from: k, to: k + 1, pos };
}

/**
 * The stems an -ed form may come from, for a past verb compromise read as an adjective
 * ("condemned" → condemn, "banned" → ban, "accused" → accuse, "denied" → deny); the caller keeps
 * the first the lexicon knows.
 */
function pastStems(form: string): string[] {
  if (!/ed$/.test(form)) return [form];
  const base = form.slice(0, -2);
  const out = [form, base, form.slice(0, -1)];
  if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.push(base.slice(0, -1));
  if (/i$/.test(base)) out.push(`${base.slice(0, -1)}y`);
  return out;
}

/** A number or a determiner before the modifiers ending at token j ("three non-fatal sniper", "the rebel"), at most three back. */
function countedBefore(tokens: readonly Token[], j: number, start: number): boolean {
  for (let i = j - 1; i >= Math.max(start, j - 4); i--) {
    const t = tokens[i]!;
    // ("more bomb attacks in the valley", "several car bombings at")
    if (t.tags.has('Value') || (t.tags.has('Determiner') && !t.tags.has('Pronoun')) || /^(?:more|many|several|further|repeated|fresh|new)$/.test(t.normal)) return true;
    // "in response to U.S. drone attacks on …": the phrase is a preposition's object
    if ((t.tags.has('Preposition') || t.normal === 'to') && i < j) return true;
    // (the parts of a hyphenated modifier, "non-fatal", and names used as modifiers, "U.S. missile")
    if (!isModifierWord(t) && !t.tags.has('Hyphenated') && !((t.tags.has('ProperNoun') || t.tags.has('Acronym')) && !t.tags.has('Pronoun'))) return false;
  }
  return false;
}

/** Possessive pronouns, which compromise may tag as pronouns or nouns rather than determiners. */
const POSSESSIVE_PRONOUNS = /^(?:its|their|his|her|our|my|your)$/;

/** Articles and possessive determiners that open a noun phrase. */
const ARTICLES = /^(?:a|an|the|his|her|its|their|our|my|your)$/;

/**
 * "with a curling shot", "in a brief clash": token k ends a noun phrase that a preposition
 * opens (preposition, article, at most two modifiers, k), and no "by" follows it (a participle
 * before one modifies the noun: "in a village shelled by the army").
 */
function headOfPrepObject(ctx: ClauseContext, k: number): boolean {
  const { tokens } = ctx.doc;
  let j = k - 1;
  while (j > k - 3 && j > ctx.s.tokenStart && isModifierWord(tokens[j]!)) j--;
  if (j <= ctx.s.tokenStart || !ARTICLES.test(tokens[j]!.normal) || !tokens[j - 1]!.tags.has('Preposition')) return false;
  if (/[,;:]/.test(gapBefore(ctx.doc, j))) return false;
  const next = tokens[k + 1];
  return !next || k + 1 >= ctx.s.tokenEnd || next.normal !== 'by';
}

function isModifierWord(t: Token): boolean {
  return (t.tags.has('Adjective') || t.tags.has('Noun')) && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun') && !t.tags.has('Determiner');
}

/** Past forms of the verbs of rising and falling that compromise may read as nouns ("shares rose"). */
const MOVED = new Set(['rose', 'fell', 'slid', 'sank', 'grew', 'shrank', 'soared', 'jumped', 'dropped', 'climbed', 'gained', 'slumped', 'tumbled', 'plunged', 'surged', 'edged', 'dipped', 'slipped', 'rallied']);

/** Whether token k (after adverbs) is a finite past verb: the clause's verb after its subject. */
function finiteVerbAt(tokens: readonly Token[], k: number, end: number): boolean {
  let j = k;
  while (j < end && tokens[j]!.tags.has('Adverb') && !tokens[j]!.tags.has('Noun')) j++;
  const t = tokens[j];
  if (!t || j >= end) return false;
  return MOVED.has(t.normal) || (t.tags.has('Verb') && t.tags.has('PastTense') && !t.tags.has('Participle') && !t.tags.has('Noun'));
}

/** "war games", "peace talks": compromise reads some plural heads after a noun as verbs ("games"). */
function misreadPlural(tokens: readonly Token[], k: number, start: number): boolean {
  const t = tokens[k]!;
  return k > start && t.tags.has('PresentTense') && /s$/.test(t.normal) && tokens[k - 1]!.tags.has('Noun');
}

/**
 * "border patrol agents abused …": a base-form verb before a plural noun that is itself
 * followed by the clause's verb is a modifier inside the subject, not the event.
 */
function modifiesSubject(tokens: readonly Token[], k: number, end: number): boolean {
  const tok = tokens[k]!;
  const next = tokens[k + 1];
  if (!tok.tags.has('Verb') || tok.tags.has('PastTense') || tok.tags.has('Gerund') || /s$/.test(tok.normal)) return false;
  if (!next || k + 1 >= end || !next.tags.has('Plural') || !next.tags.has('Noun') || next.tags.has('Pronoun')) return false;
  let v = k + 2;
  while (v < end && tokens[v]!.tags.has('Adverb')) v++;
  const verb = tokens[v];
  return !!verb && v < end && verb.tags.has('Verb') && !verb.tags.has('Noun') && (verb.tags.has('PastTense') || verb.tags.has('Auxiliary') || verb.tags.has('Modal'));
}

/** A determiner or possessive before token k, across at most two modifiers ("a closed hearing", "the army's shelling"). */
function gerundAfterDeterminer(tokens: readonly Token[], k: number, start: number): boolean {
  for (let j = k - 1; j >= Math.max(start, k - 3); j--) {
    const t = tokens[j]!;
    if ((t.tags.has('Determiner') && !/^(?:that|this)$/.test(t.normal)) || t.tags.has('Possessive') || /['\u2019]s$/.test(t.text)) return true;
    if (!(t.tags.has('Adjective') || (t.tags.has('Noun') && !t.tags.has('Pronoun')))) return false;
  }
  return false;
}

/** Whether the phrase of noun k ("in military police custody") opens with one of `preps` ("in"). */
function inStatePhrase(tokens: readonly Token[], k: number, start: number, preps: readonly string[]): boolean {
  let j = k - 1;
  // modifiers, some of which compromise reads as verbs ("police"), up to a determiner or a preposition
  while (j >= start && j > k - 5 && !tokens[j]!.tags.has('Preposition') && !tokens[j]!.tags.has('Determiner') && !tokens[j]!.tags.has('PastTense')) j--;
  if (j >= start && tokens[j]!.tags.has('Determiner')) j--;
  return j >= start && preps.includes(tokens[j]!.normal);
}

function prepFollows(tokens: readonly Token[], k: number, end: number, preps: readonly string[]): boolean {
  for (let j = k + 1; j < Math.min(end, k + 6); j++) if (preps.includes(tokens[j]!.normal)) return true;
  return false;
}

/** Whether the object after token k (within four words, a count not counted) has one of the excluded heads. */
function objectHeadIn(tokens: readonly Token[], k: number, end: number, heads: readonly string[]): boolean {
  let limit = Math.min(end, k + 5);
  for (let j = k + 1; j < limit; j++) {
    const t = tokens[j]!;
    // "received more than eight thousand reports": the count's words leave the window for the head
    if ((t.tags.has('Value') || /^(?:more|less|fewer|than|about|nearly|some|over|least)$/.test(t.normal)) && limit < Math.min(end, k + 10)) limit++;
    if (heads.includes(t.lemma) || heads.includes(t.normal) || (/%$/.test(t.text) && heads.includes('%'))) return true;
    if (t.tags.has('Preposition') && j > k + 1) return false;
  }
  return false;
}

function inSentence(tokens: readonly Token[], ctx: ClauseContext, words: readonly string[]): boolean {
  for (let j = ctx.s.tokenStart; j < ctx.s.tokenEnd; j++) if (words.includes(tokens[j]!.lemma) || words.includes(tokens[j]!.normal)) return true;
  return false;
}

function near(tokens: readonly Token[], k: number, ctx: ClauseContext, words: readonly string[]): boolean {
  for (let j = Math.max(ctx.s.tokenStart, k - 5); j < Math.min(ctx.s.tokenEnd, k + 6); j++) if (words.includes(tokens[j]!.lemma) || words.includes(tokens[j]!.normal)) return true;
  return false;
}

/**
 * "West Africans ordered out of Nigeria", "a lunch hosted by the ambassador", "the agreement
 * signed in March": a past participle right after a common noun, followed by a preposition,
 * after the sentence's main verb, modifies the noun; it is not an event of its own.
 */
export function reducedRelative(ctx: ClauseContext, k: number): boolean {
  const { tokens } = ctx.doc;
  const tok = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || k - 1 < ctx.s.tokenStart) return false;
  if (!tok.tags.has('PastTense') && !tok.tags.has('Participle')) return false;
  const commonOrGroup = !prev.tags.has('ProperNoun') || prev.tags.has('Demonym') || /s$/.test(prev.normal);
  if (!prev.tags.has('Noun') || !commonOrGroup || prev.tags.has('Pronoun')) return false;
  if (!next.tags.has('Preposition') && !/^(?:by|out|off|in|on|at|to|from|with|over)$/.test(next.normal)) return false;
  // "In a note handed to …": the noun is the object of the preposition opening the sentence, so the participle modifies it
  let np = k - 1;
  while (np > ctx.s.tokenStart && isNominal(tokens[np - 1]!) && !tokens[np - 1]!.tags.has('Preposition') && !ctx.timeTokens.has(np - 1)) np--;
  if (np - 1 === ctx.s.tokenStart && tokens[np - 1]!.tags.has('Preposition') && !ctx.timeTokens.has(np)) return true;
  for (let j = ctx.s.tokenStart; j < k - 1; j++) {
    const t = tokens[j]!;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund')) return true;
  }
  // "Troops backed by tanks stormed the town": the clause's own verb follows the "by" phrase
  if (next.normal === 'by') {
    const agent = npStartingAt(ctx, k + 2, ctx.s.tokenEnd);
    const verb = agent ? tokens[agent.to] : undefined;
    if (verb && agent!.to < ctx.s.tokenEnd && !/,/.test(gapBefore(ctx.doc, agent!.to)) && verb.tags.has('Verb') && !verb.tags.has('Noun') &&
      (verb.tags.has('PastTense') || verb.tags.has('Auxiliary') || verb.tags.has('Modal'))) return true;
  }
  return false;
}

function afterBe(tokens: readonly Token[], k: number, start: number): boolean {
  for (let j = k - 1; j >= Math.max(start, k - 3); j--) {
    const t = tokens[j]!;
    if (/^(?:is|are|was|were|be|been|being|am|'s|'re)$/.test(t.normal)) return true;
    if (!t.tags.has('Adverb')) return false;
  }
  return false;
}
