/**
 * A cheap, exact "cannot match" test for compromise match rules, run by nlp-sweep.ts before it
 * asks compromise to match a rule on a piece. Nine in ten candidate rules find nothing, and a
 * failed compromise match still copies the piece once per start position; this test rejects
 * most of them without allocating.
 *
 * It reads only the leading run of "plain" tokens of a compiled rule (compromise's parsed regs):
 * a single #Tag, word or %Switch%, or an (a|b|#Tag) list of such, required or optional (`?`),
 * possibly anchored (`$`), each matching one term (a repeated one, `+`, ends the run). For such a token compromise's term test (match/term/doesMatch.js) reduces
 * to the predicate below, and its matcher (match/02-from-here.js) moves past one term that
 * passes the predicate, or, for an optional token, past none; the only exception is a
 * contraction's implicit term, which may be skipped, so a piece with implicit terms is never
 * filtered. Hence a match can start at term i only if some such walk from i gets through the
 * whole run; when no start allows one, compromise would have found no match either. A token
 * with any other field (negative, greedy, choices, regex, fuzzy, ...) ends the run; a rule
 * whose run has no required token is never filtered.
 */

/** The fields of a compromise term the predicates read (the same ones its doesMatch reads). */
export interface MatchTerm {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  switch?: string;
  tags: Set<string>;
}

type TermTest = (term: MatchTerm) => boolean;

export interface Prefilter {
  /** the rule's leading plain tokens, in order */
  tokens: RunToken[];
  /** how many are required: a match needs at least this many terms */
  required: number;
  /** the rule starts with ^: compromise tries it at the piece's first term only */
  anchored: boolean;
}

interface RunToken {
  test: TermTest;
  /** `?`: may pass no term */
  optional: boolean;
  /** `$`: the term it passes must be the piece's last */
  atEnd: boolean;
}

/** Fields that never widen what a plain token matches: groups only capture, ^ only restricts; ?, $ and + are read apart. */
const NEUTRAL = new Set(['group', 'groupStart', 'groupEnd', 'start', 'end', 'optional', 'greedy']);

/** Longest run read: the walk below keeps its positions in the bits of one number. */
const MAX_RUN = 16;

/**
 * The prefilter for a rule's parsed regs, or null when its leading plain run has no required
 * token. A repeated token (`+`) is read as its first term and ends the run (how many terms it
 * takes is not known); an optional repeated one ends the run before it.
 */
export function prefilterOf(regs: unknown): Prefilter | null {
  if (!Array.isArray(regs)) return null;
  const tokens: RunToken[] = [];
  for (const reg of regs.slice(0, MAX_RUN)) {
    const test = tokenTest(reg);
    if (!test) break;
    const { optional, greedy, end } = reg as { optional?: unknown; greedy?: unknown; end?: unknown };
    if (!isFlag(optional) || !isFlag(greedy) || !isFlag(end)) break;
    if (greedy === true && optional === true) break;
    // a repeated token's $ applies to its last term, not its first
    tokens.push({ test, optional: optional === true, atEnd: end === true && greedy !== true });
    if (greedy === true) break;
  }
  const required = tokens.filter((t) => !t.optional).length;
  if (required === 0) return null;
  return { tokens, required, anchored: (regs[0] as { start?: unknown }).start === true };
}

function isFlag(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean';
}

/**
 * The predicate a plain token amounts to: for a single #Tag, word, %Switch% or fast (a|b) list,
 * compromise's doesMatch; for a slow (a|#Tag|...) block whose choices are each one such token,
 * its or-block, which then takes one term passing any choice. Null for any other token.
 */
function tokenTest(reg: unknown): TermTest | null {
  const plain = plainTest(reg);
  if (plain) return plain;
  const r = reg as Record<string, unknown>;
  if (r.operator !== 'or' || !Array.isArray(r.choices) || !onlyFields(r, 'choices', 'operator')) return null;
  const tests: TermTest[] = [];
  for (const choice of r.choices as unknown[]) {
    if (!Array.isArray(choice) || choice.length !== 1) return null;
    const inner = choice[0] as Record<string, unknown>;
    // inside a block compromise reads a choice with doesMatch alone: no ?, + or negation there
    if (typeof inner !== 'object' || inner === null || inner.optional !== undefined || inner.greedy !== undefined) return null;
    const test = plainTest(inner);
    if (!test) return null;
    tests.push(test);
  }
  if (tests.length === 0) return null;
  return (t) => tests.some((test) => test(t));
}

function onlyFields(r: Record<string, unknown>, ...allowed: string[]): boolean {
  return Object.keys(r).every((k) => NEUTRAL.has(k) || r[k] === undefined || allowed.includes(k));
}

/** The predicate a single plain token amounts to in compromise's doesMatch, or null for any other token. */
function plainTest(reg: unknown): TermTest | null {
  if (typeof reg !== 'object' || reg === null) return null;
  const r = reg as Record<string, unknown>;
  const only = (...allowed: string[]) => onlyFields(r, ...allowed);
  if (typeof r.tag === 'string' && only('tag')) {
    const tag = r.tag;
    return (t) => t.tags.has(tag);
  }
  if (typeof r.word === 'string' && only('word')) {
    const word = r.word;
    return (t) => t.machine === word || (t.alias !== undefined && t.alias.some((a) => a === word)) || t.text === word || t.normal === word;
  }
  if (typeof r.switch === 'string' && only('switch')) {
    const value = r.switch;
    return (t) => t.switch === value;
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
  const last = filter.anchored ? 0 : terms.length - filter.required;
  for (let i = 0; i <= last; i++) if (runFrom(filter, terms, i)) return true;
  return false;
}

/**
 * Whether the run can be walked from term `start`: bit d of `reach` says that the tokens so far
 * can have passed exactly d terms. A required token moves every reached position past one term
 * that passes its test (the last term, for a `$` token); an optional one also keeps the
 * positions it leaves alone.
 */
function runFrom(filter: Prefilter, terms: MatchTerm[], start: number): boolean {
  let reach = 1;
  for (let j = 0; j < filter.tokens.length; j++) {
    const { test, optional, atEnd } = filter.tokens[j]!;
    let next = optional ? reach : 0;
    for (let d = 0; d <= j; d++) {
      if ((reach & (1 << d)) === 0) continue;
      const at = start + d;
      const term = terms[at];
      if (term !== undefined && (!atEnd || at === terms.length - 1) && test(term)) next |= 1 << (d + 1);
    }
    if (next === 0) return false;
    reach = next;
  }
  return true;
}

/** A contraction's implicit terms may be skipped by compromise's matcher: such a piece is never filtered. */
export function hasImplicit(terms: MatchTerm[]): boolean {
  return terms.some((t) => Boolean(t.implicit));
}
