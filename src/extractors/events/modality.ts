/**
 * How an event is asserted: negation and modality from the verb group and the words that
 * govern it ("will", "could", "plans to", "was asked to"), and whether a condition follows
 * ("unless", "if") — PLOVER codes conditional future actions as threats.
 */
import type { Event } from '../../schema.js';
import type { ClauseContext } from './phrases.js';
import { FUTURE_MODALS, POSSIBILITY_MODALS } from '../../lexicon/function-words.js';

const NEGATION = /^(?:not|n't|never|no|cannot)$/;
/**
 * Words that make the governed event a plan. Not "decided": a decision taken ("the court decided to
 * allow …", "Japan decided to expel two diplomats") is the act itself, as PLOVER codes it.
 */
const PLANNED = new Set([
  ...FUTURE_MODALS, 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'going', 'set',
  'expected', 'scheduled', 'aims', 'aim', 'aimed', 'ready', 'prepared', 'willing', 'preparing',
  'wants', 'want', 'wanted', 'seeks', 'seek', 'sought', 'hopes', 'hope', 'hoped', 'vowed', 'pledged', 'promised', 'offered',
  'agreed', 'due', 'vow', 'vows', 'swore', 'sworn', 'swear', 'swears',
]);
const REQUESTED = new Set(['urged', 'asked', 'called', 'demanded', 'requested', 'told', 'ordered', 'pressed', 'pressured', 'urging', 'asking']);
const HYPOTHETICAL = new Set([...POSSIBILITY_MODALS, 'if', 'unless', 'whether']);
const CONDITIONS = /^(?:unless|if)$/;

/** Modality from the verb group [group, head) and the governing words just before it. */
export function modalityOf(ctx: ClauseContext, group: number, head: number, inQuote: boolean): Event['modality'] {
  const { tokens } = ctx.doc;
  // the verb group itself: "will raid", "could face"
  for (let j = group; j < head; j++) {
    const w = tokens[j]!.normal;
    if (HYPOTHETICAL.has(w)) return 'hypothetical';
    if (PLANNED.has(w)) return 'planned';
  }
  // a governing verb or adjective before "to": "plans to", "was asked to", "is ready to"
  const before = tokens[group - 1];
  if (before && before.normal === 'to') {
    for (let j = group - 2; j >= Math.max(ctx.s.tokenStart, group - 5); j--) {
      const w = tokens[j]!.normal;
      if (REQUESTED.has(w)) return 'requested';
      if (PLANNED.has(w)) return 'planned';
      if (HYPOTHETICAL.has(w)) return 'hypothetical';
    }
  }
  return inQuote ? 'reported' : 'asserted';
}

export function negatedIn(ctx: ClauseContext, group: number, head: number): boolean {
  const { tokens } = ctx.doc;
  // "failed to reach", "refused to …" are handled as words; "failed to" negates what follows
  if (tokens[group - 1]?.normal === 'to' && /^fail(?:s|ed|ing)?$/.test(tokens[group - 2]?.normal ?? '')) return true;
  for (let j = group; j < head; j++) if (NEGATION.test(tokens[j]!.normal) || /n't$/.test(tokens[j]!.normal)) return true;
  // "no longer" between the auxiliary and the verb
  for (let j = Math.max(ctx.s.tokenStart, head - 3); j < head; j++) if (tokens[j]!.normal === 'longer' && tokens[j - 1]?.normal === 'no') return true;
  return false;
}

/** The word ("unless", "if") that opens a condition later in the event's sentence, or null. */
export function conditionalAfter(ctx: ClauseContext, from: number, _end: number): 'unless' | 'if' | null {
  const { tokens } = ctx.doc;
  for (let j = from; j < ctx.s.tokenEnd; j++) if (CONDITIONS.test(tokens[j]!.normal)) return tokens[j]!.normal as 'unless' | 'if';
  return null;
}
