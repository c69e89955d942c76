/**
 * A cheap, exact "cannot match" test for compromise match rules, run by nlp-sweep.ts before it
 * asks compromise to match a rule on a piece. Nine in ten candidate rules find nothing, and a
 * failed compromise match still copies the piece once per start position; this test rejects
 * most of them without allocating.
 *
 * It reads only the leading run of "plain" tokens of a compiled rule (compromise's parsed regs):
 * a single #Tag, a single word, or a one-word (a|b|c) list, each required and matching exactly
 * one term. For such a token compromise's term test (match/term/doesMatch.js) reduces to the
 * predicate below, and its matcher (match/02-from-here.js) moves one term per token, except
 * after a contraction's implicit term, which may be skipped: a piece with implicit terms is
 * never filtered. So a match can start at term i only if the run's predicates hold on terms
 * i, i+1, ...; when no start passes, compromise would have returned no match either. A token
 * with any other field (optional, negative, greedy, choices, regex, fuzzy, ...) ends the run;
 * a rule whose first token is not plain is never filtered.
 */

/** The fields of a compromise term the predicates read (the same ones its doesMatch reads). */
export interface MatchTerm {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  tags: Set<string>;
}

type TermTest = (term: MatchTerm) => boolean;

export interface Prefilter {
  /** predicates for the rule's leading plain tokens, in order (at least one) */
  tests: TermTest[];
  /** the rule starts with ^: compromise tries it at the piece's first term only */
  anchored: boolean;
}

/** Fields that never widen what a plain token matches: groups only capture, ^ and $ only restrict. */
const NEUTRAL = new Set(['group', 'groupStart', 'groupEnd', 'start', 'end']);

/** The prefilter for a rule's parsed regs, or null when its first token is not plain. */
export function prefilterOf(regs: unknown): Prefilter | null {
  if (!Array.isArray(regs)) return null;
  const tests: TermTest[] = [];
  for (const reg of regs) {
    const test = plainTest(reg);
    if (!test) break;
    tests.push(test);
  }
  if (tests.length === 0) return null;
  return { tests, anchored: (regs[0] as { start?: unknown }).start === true };
}

/** The predicate a plain token amounts to in compromise's doesMatch, or null for any other token. */
function plainTest(reg: unknown): TermTest | null {
  if (typeof reg !== 'object' || reg === null) return null;
  const r = reg as Record<string, unknown>;
  const fields = Object.keys(r).filter((k) => !NEUTRAL.has(k) && r[k] !== undefined);
  const only = (...allowed: string[]) => fields.every((k) => allowed.includes(k));
  if (typeof r.tag === 'string' && only('tag')) {
    const tag = r.tag;
    return (t) => t.tags.has(tag);
  }
  if (typeof r.word === 'string' && only('word')) {
    const word = r.word;
    return (t) => t.machine === word || (t.alias !== undefined && t.alias.some((a) => a === word)) || t.text === word || t.normal === word;
  }
  if (r.fastOr instanceof Set && r.operator === 'or' && only('fastOr', 'operator', 'pos') && (r.pos === undefined || typeof r.pos === 'string')) {
    const set = r.fastOr as Set<string>;
    const pos = r.pos as string | undefined;
    return (t) => (!pos || t.tags.has(pos)) && (set.has(t.root || t.implicit || t.machine || t.normal) || set.has(t.text));
  }
  return null;
}

/** False only when compromise's matcher cannot find the rule in `terms` (see the module comment). */
export function mayMatch(filter: Prefilter, terms: MatchTerm[]): boolean {
  const { tests } = filter;
  const last = filter.anchored ? 0 : terms.length - tests.length;
  for (let i = 0; i <= last; i++) {
    let j = 0;
    while (j < tests.length && i + j < terms.length && tests[j]!(terms[i + j]!)) j++;
    if (j === tests.length) return true;
  }
  return false;
}

/** A contraction's implicit terms may be skipped by compromise's matcher: such a piece is never filtered. */
export function hasImplicit(terms: MatchTerm[]): boolean {
  return terms.some((t) => Boolean(t.implicit));
}
