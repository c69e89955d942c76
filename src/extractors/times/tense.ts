/**
 * The tense of one tagged verb token, for reading a time in its clause: "left Tuesday" is the
 * past Tuesday, "will resume Tuesday" the coming one. times.ts walks the sentence and asks
 * tenseOf about each token; null means "not a tensed verb, look further".
 */
import type { Token } from '../../document.js';
import type { Tense } from './resolve.js';

/** Verbs whose infinitive complement lies ahead: "is to resume", "plans to visit", "expected to close". */
const FUTURE_FRAMES = /^(?:is|are|am|be|was|were|plan|plans|planned|planning|expect|expects|expected|schedule|scheduled|intend|intends|intended|aim|aims|set|due|going|hope|hopes|want|wants|seek|seeks|agreed|agree|agrees|promised|pledged|vowed|threatened|prepared|preparing|ready)$/;

/** Modals that put the verb after them ahead of now. */
const WILL = /^(?:will|'ll|shall|would)$/;
/**
 * Modals of possibility or need: ahead of now unless perfect ("may have left"). "could" is
 * left out: in news it is mostly the past of "can" ("could not be reached Tuesday").
 */
const MAY = /^(?:may|might|must|should|can)$/;
/** Participles that put their time ahead: "scheduled Thursday", "postponed until Tuesday", "slated for May". */
const SCHEDULED = /^(?:scheduled|rescheduled|slated|postponed|adjourned)$/;

/** Prepositions the tagger may take for a verb when capitalized at a sentence start ("Over the weekend, …"). */
const PREPOSITIONS = /^(?:over|during|since|until|after|before|through|throughout|around|amid|despite|within)$/;

/** How many adverbs or negations may stand between a modal and its verb ("will almost double", "would still be held"). */
const MAX_INSERTS = 2;

/** The token before `i`, past at most MAX_INSERTS adverbs or negations ("will not", "would still"); -1 if none. */
function beforeInserts(tokens: Token[], i: number, floor: number): number {
  for (let j = i - 1, skipped = 0; j >= floor; j--, skipped++) {
    const t = tokens[j]!;
    if (!t.tags.has('Adverb') && !t.tags.has('Negative')) return j;
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
function modalTense(tokens: Token[], modal: number, verb: number): Tense | null {
  const m = tokens[modal]!.normal;
  if (WILL.test(m)) return 'future';
  if (!MAY.test(m)) return null;
  // "may have left": the past seen from now
  if (tokens[verb]!.normal === 'have' || tokens[modal + 1]?.normal === 'have') return 'past';
  return 'future';
}

/**
 * `floor` is the first token of the sentence: the modal or "to" before a sentence's first verb
 * belongs to the sentence before ("… will resign. Officials met Friday").
 */
export function tenseOf(tokens: Token[], i: number, floor: number): Tense | null {
  const t = tokens[i]!;
  if (!t.tags.has('Verb')) return null;
  // "trading in Paris": compromise tags a phrasal verb's particle as a verb
  if (t.tags.has('Particle') || PREPOSITIONS.test(t.normal)) return null;
  if (WILL.test(t.normal) || t.normal === "'d") return 'future';
  if (SCHEDULED.test(t.normal)) return pastPerfect(tokens, i, floor) ? 'past' : 'future';
  const p = beforeInserts(tokens, i, floor);
  const prev = p >= 0 ? tokens[p] : undefined;
  if (prev && (prev.tags.has('Modal') || WILL.test(prev.normal))) {
    const tense = modalTense(tokens, p, i);
    if (tense) return tense;
  }
  // "would be paid", "will not be held", "may still be delayed"
  if (prev && prev.normal === 'be') {
    const q = beforeInserts(tokens, p, floor);
    if (q >= 0 && (tokens[q]!.tags.has('Modal') || WILL.test(tokens[q]!.normal))) {
      const tense = modalTense(tokens, q, i);
      if (tense) return tense;
    }
  }
  if (prev && prev.normal === 'to') {
    const frame = p - 1 >= floor ? tokens[p - 1] : undefined;
    if (!frame || !FUTURE_FRAMES.test(frame.normal)) return null;
    return SCHEDULED.test(frame.normal) && pastPerfect(tokens, p - 1, floor) ? 'past' : 'future';
  }
  if (t.tags.has('Gerund')) return null;
  if (t.tags.has('PastTense') || t.tags.has('PerfectTense')) return 'past';
  if (t.tags.has('Participle')) {
    // "was extended" and "has left" are past; "is scheduled" is not
    return prev && /^(is|are|am|be|being)$/.test(prev.normal) ? 'present' : 'past';
  }
  if (t.tags.has('Auxiliary') || t.tags.has('Modal')) return null;
  return 'present';
}
