/**
 * The tense of one tagged verb token, for reading a time in its clause: "left Tuesday" is the
 * past Tuesday, "will resume Tuesday" the coming one. times.ts walks the sentence and asks
 * tenseOf about each token; null means "not a tensed verb, look further". A reading also names
 * the plan marker (src/lexicon/time-words.ts PLAN_MARKERS) that made the clause a plan, if any:
 * a plan's bare weekday is the next one even when the clause is told in the past.
 */
import type { Token } from '../../document.js';
import { INVARIANT_PAST_VERBS, LINKING_VERBS, PAST_FORMS_READ_AS_NOUNS, ONGOING_ING, PLAN_MARKERS, STATIVE_ING, type PlanKind } from '../../lexicon/time-words.js';
import type { Tense } from './resolve.js';

export interface Reading {
  tense: Tense;
  /** id of the plan marker that made the clause a plan, or null */
  plan: string | null;
}

/** word → rule id, for each kind of plan marker. */
function markersOf(kind: PlanKind): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const m of PLAN_MARKERS) if (m.kind === kind) for (const w of m.words) if (!map.has(w)) map.set(w, m.id);
  return map;
}

/** Modals that put the verb after them ahead of now. */
const WILL = markersOf('modal');
/** Verbs whose infinitive complement lies ahead: "is to resume", "plans to visit", "expected to close". */
const FUTURE_FRAMES = markersOf('frame');
/** Verbs whose object's infinitive lies ahead: "expect the slump to last", "want talks to resume". */
const OBJECT_FRAMES = markersOf('object-frame');
/** How many words an object between such a verb and "to" may have ("expect the disappointing trend to continue"). */
const MAX_OBJECT = 4;
/** Participles that put their time ahead: "scheduled Thursday", "postponed until Tuesday", "slated for May". */
const SCHEDULED = markersOf('schedule');
/** Forms of "be" that make a progressive with a verb in -ing. */
const PROGRESSIVE_BE = markersOf('progressive');
/** A pronoun with "be" cliticized: "she's flying", "they're meeting". */
const BE_CLITIC = /^\p{L}+['’](?:s|re|m)$/u;

/**
 * Modals of possibility or need: ahead of now unless perfect ("may have left"). "could" is
 * left out: in news it is mostly the past of "can" ("could not be reached Tuesday").
 */
const MAY = /^(?:may|might|must|should|can)$/;

/** Prepositions the tagger may take for a verb when capitalized at a sentence start ("Over the weekend, …"). */
const PREPOSITIONS = /^(?:over|during|since|until|after|before|through|throughout|around|amid|despite|within)$/;

/** How many adverbs or negations may stand between a modal and its verb ("will almost double", "would still be held"). */
const MAX_INSERTS = 2;

function isInsert(t: Token): boolean {
  return t.tags.has('Adverb') || t.tags.has('Negative');
}

/** The token before `i`, past at most MAX_INSERTS adverbs or negations ("will not", "would still"); -1 if none. */
function beforeInserts(tokens: Token[], i: number, floor: number): number {
  for (let j = i - 1, skipped = 0; j >= floor; j--, skipped++) {
    if (!isInsert(tokens[j]!)) return j;
    if (skipped === MAX_INSERTS) return -1;
  }
  return -1;
}

/** The token after `i`, past at most MAX_INSERTS adverbs or negations ("was still sending"); -1 if none. */
function afterInserts(tokens: Token[], i: number): number {
  for (let j = i + 1, skipped = 0; j < tokens.length; j++, skipped++) {
    if (!isInsert(tokens[j]!)) return j;
    if (skipped === MAX_INSERTS) return -1;
  }
  return -1;
}

/** "had been scheduled to expire Friday", "had postponed": a schedule told in the past perfect, for a day already gone. */
function pastPerfect(tokens: Token[], i: number, floor: number): boolean {
  let p = beforeInserts(tokens, i, floor);
  if (p >= 0 && tokens[p]!.normal === 'been') p = beforeInserts(tokens, p, floor);
  return p >= 0 && tokens[p]!.normal === 'had';
}

/** Tense a modal gives the verb after it, or null for none. */
function modalTense(tokens: Token[], modal: number, verb: number): Reading | null {
  const m = tokens[modal]!.normal;
  const will = WILL.get(m);
  if (will) return { tense: 'future', plan: will };
  if (!MAY.test(m)) return null;
  // "may have left": the past seen from now
  if (tokens[verb]!.normal === 'have' || tokens[modal + 1]?.normal === 'have') return { tense: 'past', plan: null };
  return { tense: 'future', plan: null };
}

/**
 * A verb in -ing that makes a progressive (not a state: "was missing", "is willing"). The tagger
 * often calls the -ing word after "be" a noun or adjective ("were searching the rubble", "was
 * moving troops"), so any lower-case -ing word with a vowel before the ending counts, but not
 * "thing" words ("is nothing") or names.
 */
function progressiveVerb(t: Token): boolean {
  if (STATIVE_ING.has(t.normal)) return false;
  if (t.tags.has('Gerund')) return true;
  const w = t.normal;
  return w.endsWith('ing') && !w.endsWith('thing') && /[aeiouy]/.test(w.slice(0, -3)) && !t.tags.has('ProperNoun') && lowerCase(t);
}

/** Rule id when `t` is a form of "be" that can carry a progressive ("was", "are", "she's"), else undefined. */
function progressiveBe(t: Token): string | undefined {
  return PROGRESSIVE_BE.get(t.normal) ?? (t.tags.has('Pronoun') && BE_CLITIC.test(t.normal) ? PROGRESSIVE_BE.get('is') : undefined);
}

/** "was sending", "are still meeting", "she's flying": a progressive is a plan; its tense is the form of "be". */
function progressive(be: Token, verb: Token): Reading | null {
  const plan = progressiveBe(be);
  if (!plan || !progressiveVerb(verb)) return null;
  const tense = /^(?:was|were)$/.test(be.normal) ? 'past' : 'present';
  // "were investigating the attack on Sunday": an activity under way is never an arrangement
  return { tense, plan: ONGOING_ING.has(verb.normal) ? null : plan };
}

const PAST_FORMS: ReadonlySet<string> = new Set(PAST_FORMS_READ_AS_NOUNS.words);
const INVARIANT: ReadonlySet<string> = new Set(INVARIANT_PAST_VERBS.words);
/** Subjects after which a verb's bare form cannot be present: he, she, it, this, that (the present would end in -s). */
const SINGULAR_PRONOUNS = /^(?:he|she|it|this|that)$/;

/** A token that can be the subject right before a verb: a noun or pronoun, or a plural the tagger took for a verb ("Prices rose"). */
function subjectLike(t: Token): boolean {
  if (t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Adjective') || t.tags.has('Preposition')) return false;
  if (t.tags.has('Noun') || t.tags.has('Pronoun')) return true;
  return t.tags.has('PresentTense') && t.normal.endsWith('s') && !t.tags.has('Copula') && !t.tags.has('Auxiliary');
}

/** A subject whose verb would end in -s in the present: he, she, it, a singular noun. */
function singularSubject(t: Token): boolean {
  if (t.tags.has('Pronoun')) return SINGULAR_PRONOUNS.test(t.normal);
  return t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Determiner') && !t.tags.has('Possessive');
}

function lowerCase(t: Token): boolean {
  return !/^\p{Lu}/u.test(t.text);
}

/**
 * Verb forms the tagger misreads (PAST_FORMS_READ_AS_NOUNS, INVARIANT_PAST_VERBS): the reading
 * they give, null for "no tense here, look further", undefined when the rule does not apply.
 */
function misreadForm(tokens: Token[], i: number, floor: number): Reading | null | undefined {
  const t = tokens[i]!;
  // most tokens are neither: two set lookups before any other work
  if (!PAST_FORMS.has(t.normal) && !INVARIANT.has(t.normal)) return undefined;
  if (!lowerCase(t)) return undefined;
  const p = beforeInserts(tokens, i, floor);
  const prev = p >= 0 ? tokens[p] : undefined;
  if (PAST_FORMS.has(t.normal)) return prev && subjectLike(prev) ? { tense: 'past', plan: null } : undefined;
  // not a past form, so an invariant one
  if (!t.tags.has('Verb') || t.tags.has('PastTense') || t.tags.has('Participle') || !prev) return undefined;
  // "the company set Friday as the deadline"
  if (singularSubject(prev)) return { tense: 'past', plan: null };
  // "they cut", "had ruled … and set": the form itself tells nothing; the clause's other verbs may
  if (subjectLike(prev) || prev.tags.has('Conjunction') || prev.normal === ',') return null;
  return undefined;
}

/** Words that open a noun phrase: after one, a word the tagger took for a verb is a noun ("a 47% decline", "its rise"). */
const NOUN_OPENERS = /^(?:a|an|the|its|their|his|her|our|my|your)$/;
/** How many numbers or adjectives may stand between the opener and the noun ("a sharp 5% rise"). */
const MAX_MODIFIERS = 2;

/** "posted a 12% drop in third-quarter sales": a verb-tagged word after an article or possessive is a noun. */
function nounAfterOpener(tokens: Token[], i: number, floor: number): boolean {
  for (let j = i - 1, n = 0; j >= floor && n <= MAX_MODIFIERS; j--, n++) {
    const t = tokens[j]!;
    if (NOUN_OPENERS.test(t.normal) || (t.tags.has('Possessive') && t.tags.has('Noun') && !t.tags.has('Pronoun'))) return true;
    if (!(t.tags.has('Value') || t.tags.has('Adjective'))) return false;
  }
  return false;
}

/**
 * "Shares rose", "Prices fell": a plural the tagger took for a present-tense verb, right before a
 * past-tense verb, is the subject (but not "gets paid", "remains closed").
 */
function subjectBeforePast(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.tags.has('PresentTense') || t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Gerund')) return false;
  if (LINKING_VERBS.has(t.normal)) return false;
  const next = tokens[i + 1];
  if (!next || !lowerCase(next)) return false;
  return (next.tags.has('Verb') && next.tags.has('PastTense')) || PAST_FORMS.has(next.normal);
}

/**
 * The reading "to" + verb gets from the word that governs it (`to` is the index of "to"): ahead
 * after a plan frame ("plans to visit", "is going to be left") or a verb of expectation with its
 * object; null when none, for "to" then says nothing of the tense.
 */
function infinitiveFrame(tokens: Token[], to: number, floor: number): Reading | null {
  const frame = to - 1 >= floor ? tokens[to - 1] : undefined;
  if (!frame) return null;
  const plan = FUTURE_FRAMES.get(frame.normal);
  if (!plan) return objectFrame(tokens, to - 1, floor);
  return SCHEDULED.has(frame.normal) && pastPerfect(tokens, to - 1, floor) ? { tense: 'past', plan: null } : { tense: 'future', plan };
}

/**
 * "economists expect the slowdown to last": a verb of expectation, its object (at
 * most MAX_OBJECT nouns, determiners, adjectives) and "to": the infinitive lies ahead. `last`
 * is the object's last word. Null when no such verb: "to" then says nothing of the tense.
 */
function objectFrame(tokens: Token[], last: number, floor: number): Reading | null {
  for (let j = last, n = 0; j >= floor && n <= MAX_OBJECT; j--, n++) {
    const t = tokens[j]!;
    const plan = n > 0 ? OBJECT_FRAMES.get(t.normal) : undefined;
    if (plan) return { tense: 'future', plan };
    if (!(t.tags.has('Noun') || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Pronoun'))) return null;
  }
  return null;
}

/** "were still searching the rubble": an -ing word the tagger took for a noun or adjective, after "be". */
function untaggedProgressive(tokens: Token[], i: number, floor: number): Reading | null {
  if (!tokens[i]!.normal.endsWith('ing')) return null;
  const p = beforeInserts(tokens, i, floor);
  return p >= 0 ? progressive(tokens[p]!, tokens[i]!) : null;
}

/**
 * `floor` is the first token of the sentence: the modal or "to" before a sentence's first verb
 * belongs to the sentence before ("… will resign. Officials met Friday").
 */
export function tenseOf(tokens: Token[], i: number, floor: number): Reading | null {
  const t = tokens[i]!;
  const misread = misreadForm(tokens, i, floor);
  if (misread !== undefined) return misread;
  if (!t.tags.has('Verb') && !(t.tags.has('Pronoun') && BE_CLITIC.test(t.normal))) return untaggedProgressive(tokens, i, floor);
  if (subjectBeforePast(tokens, i)) return null;
  if (!t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal') && nounAfterOpener(tokens, i, floor)) return null;
  // "trading in Paris": compromise tags a phrasal verb's particle as a verb
  if (t.tags.has('Particle') || PREPOSITIONS.test(t.normal)) return null;
  const will = WILL.get(t.normal);
  if (will) return { tense: 'future', plan: will };
  const scheduled = SCHEDULED.get(t.normal);
  if (scheduled) return pastPerfect(tokens, i, floor) ? { tense: 'past', plan: null } : { tense: 'future', plan: scheduled };
  const p = beforeInserts(tokens, i, floor);
  const prev = p >= 0 ? tokens[p] : undefined;
  if (prev && (prev.tags.has('Modal') || WILL.has(prev.normal))) {
    const reading = modalTense(tokens, p, i);
    if (reading) return reading;
  }
  // "would be paid", "will not be held", "may still be delayed"; "are going to be left", "expected to be named"
  if (prev && prev.normal === 'be') {
    const q = beforeInserts(tokens, p, floor);
    if (q >= 0 && (tokens[q]!.tags.has('Modal') || WILL.has(tokens[q]!.normal))) {
      const reading = modalTense(tokens, q, i);
      if (reading) return reading;
    }
    if (q >= 0 && tokens[q]!.normal === 'to') {
      const reading = infinitiveFrame(tokens, q, floor);
      if (reading) return reading;
    }
  }
  if (prev && prev.normal === 'to') return infinitiveFrame(tokens, p, floor);
  // a progressive read from either end: the verb in -ing after "was", or "was" before it
  if (prev && p >= floor) {
    const reading = progressive(prev, t);
    if (reading) return reading;
  }
  // met first when the time stands before the verb: "On Monday, crews were searching" sets a
  // past scene; only the present progressive is then an arrangement ("On Monday, the WHO is sending")
  const n = progressiveBe(t) ? afterInserts(tokens, i) : -1;
  if (n >= 0) {
    const reading = progressive(t, tokens[n]!);
    if (reading) return reading.tense === 'past' ? { tense: 'past', plan: null } : reading;
  }
  if (!t.tags.has('Verb')) return null;
  if (t.tags.has('Gerund')) return null;
  if (t.tags.has('PastTense') || t.tags.has('PerfectTense')) return { tense: 'past', plan: null };
  if (t.tags.has('Participle')) {
    // "was extended" and "has left" are past; "is scheduled" is not
    return { tense: prev && /^(is|are|am|be|being)$/.test(prev.normal) ? 'present' : 'past', plan: null };
  }
  if (t.tags.has('Auxiliary') || t.tags.has('Modal')) return null;
  return { tense: 'present', plan: null };
}
