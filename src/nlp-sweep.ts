/**
 * A faster equivalent of compromise's `methods.one.bulkMatch`, the first half of its post-tagger
 * "sweep" (the ~570 match rules that correct the pre-tagger). It returns the same matches in the
 * same order, so the tags are unchanged; only the way candidate rules are found differs.
 *
 * Why: compromise cuts each sentence at commas and, for every piece, walks all ~730 keys of the
 * rule index ("hooks") to see which the piece contains, concatenates the lists (repeated array
 * copies) and de-duplicates them through an object; that bookkeeping cost about as much as
 * running the rules themselves. Here each piece walks only its own words and tags (tens, not
 * hundreds) and visits only the rules they trigger (each rule is filed under its rarest
 * required key); the rules that apply are put back in the order compromise's walk would meet
 * them, so the candidate list is identical. Then, since nine in ten candidates match nothing
 * and a failed compromise match still costs a copy of the piece per start position, an exact
 * cannot-match test (nlp-prefilter.ts) drops most of those before compromise is asked.
 *
 * This module does not import compromise: nlp.ts installs it through compromise's plugin API
 * (`methods.one.bulkMatch`) and checks that the rule index has the shape this code reads,
 * falling back to compromise's own function otherwise.
 */

import { hasImplicit, mayMatch, prefilterOf, type MatchTerm, type Prefilter } from './nlp-prefilter.js';

/** A compiled match rule, as compromise's buildNet leaves it (only the fields read here). */
export interface SweepRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
  minWords: number;
  unTag?: unknown;
  /** compromise's parsed match tokens, read by the prefilter */
  regs?: unknown;
}

export interface SweepNet {
  hooks: Record<string, SweepRule[]>;
  always: SweepRule[];
}

export interface MatchResult {
  ptrs: number[][];
}

/** The compromise methods the sweep calls: the per-sentence cache and the matcher. */
export interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], rule: SweepRule): MatchResult;
  };
}

export type BulkMatch = (document: unknown[][], net: SweepNet, methods: SweepMethods, opts?: { matchOne?: boolean }) => unknown[];

/**
 * The rule index turned around: each hooked rule once, with where it sits in compromise's walk
 * (the (key rank, list position) of each of its hook keys, in walk order), and a trigger map
 * from a key to the rules worth testing when a piece has that key.
 */
interface RankedNet {
  rules: RankedRule[];
  triggers: Map<string, RankedRule[]>;
  /** each rule's cannot-match test (null: none), made with the ranking */
  prefilters: Map<SweepRule, Prefilter | null>;
}

interface RankedRule {
  rule: SweepRule;
  /** position in RankedNet.rules, for the per-piece "already tested" stamp */
  id: number;
  /** its hook keys in compromise's walk order, each with its place in that walk */
  places: { key: string; order: number }[];
}

/** True when `net` has the fields this sweep reads; anything else goes to compromise's own sweep. */
export function isSweepNet(net: unknown): net is SweepNet {
  if (typeof net !== 'object' || net === null) return false;
  const { hooks, always } = net as Partial<SweepNet>;
  if (typeof hooks !== 'object' || hooks === null || !Array.isArray(always)) return false;
  return Object.values(hooks).every((list) => Array.isArray(list) && list.every(isRule)) && always.every(isRule);
}

function isRule(rule: unknown): rule is SweepRule {
  if (typeof rule !== 'object' || rule === null) return false;
  const r = rule as Partial<SweepRule>;
  return (
    typeof r.match === 'string' &&
    Array.isArray(r.needs) &&
    Array.isArray(r.wants) &&
    typeof r.minWant === 'number' &&
    typeof r.minWords === 'number' &&
    (r.ifNo === undefined || Array.isArray(r.ifNo))
  );
}

/**
 * Wraps compromise's bulkMatch: nets of the expected shape take the fast path (a net is checked
 * once, then remembered), others the original. `ranked` is per wrapper, not global.
 */
export function fastBulkMatch(original: BulkMatch, commonness: Commonness = defaultCommonness): BulkMatch {
  const ranked = new WeakMap<object, RankedNet | null>();
  return (document, net, methods, opts = {}) => {
    let entry = ranked.get(net);
    if (entry === undefined) {
      entry = isSweepNet(net) ? rankNet(net, commonness) : null;
      ranked.set(net, entry);
    }
    if (entry === null) return original(document, net, methods, opts);
    return sweep(document, net, entry, methods, opts);
  };
}

/**
 * Ranks a net, or returns null when two hooked rules share a match string (compromise keeps only
 * the first of such a pair met in its walk, which a trigger map cannot tell; its own sweep then runs).
 */
function rankNet(net: SweepNet, commonness: Commonness): RankedNet | null {
  // Object.keys, exactly as compromise's getHooks walks them (integer-like keys first)
  const keys = Object.keys(net.hooks);
  const byRule = new Map<SweepRule, RankedRule>();
  const byMatch = new Map<string, SweepRule>();
  let order = 0;
  for (const key of keys) {
    for (const rule of net.hooks[key]!) {
      const prior = byMatch.get(rule.match);
      if (prior !== undefined && prior !== rule) return null;
      byMatch.set(rule.match, rule);
      let ranked = byRule.get(rule);
      if (!ranked) byRule.set(rule, (ranked = { rule, id: byRule.size, places: [] }));
      ranked.places.push({ key, order: order++ });
    }
  }
  const rules = [...byRule.values()];
  const triggers = new Map<string, RankedRule[]>();
  for (const ranked of rules) {
    const keys = triggerKeys(ranked.rule, commonness);
    // the walk reaches a rule only through its hook keys: a trigger must be one of them
    if (keys.length === 0 || !keys.every((key) => ranked.places.some((place) => place.key === key))) return null;
    for (const key of keys) triggers.set(key, [...(triggers.get(key) ?? []), ranked]);
  }
  // every cannot-match test made now, once: a run from the start-up snapshot then finds them
  // all made, where building them as rules first turn up cost a short run tens of milliseconds
  const prefilters = new Map<SweepRule, Prefilter | null>();
  for (const rule of [...rules.map((r) => r.rule), ...net.always]) prefilters.set(rule, prefilterOf(rule.regs));
  return { rules, triggers, prefilters };
}

/**
 * How often a hook key is expected in a piece, in any unit (lower is rarer). It only decides
 * which of a rule's needs triggers it, which changes the work done but never the result.
 */
export type Commonness = (key: string) => number;

/** A word is rarer than a tag. */
const defaultCommonness: Commonness = (key) => (key.startsWith('#') ? 1 : 0.1);

/**
 * Keys whose presence a rule needs before it can apply: its rarest need (all must be present),
 * or, when rarer, its wants (minWant >= 1 of them must be present). A rule that could apply
 * always has one of these in the piece, so none is missed.
 */
function triggerKeys(rule: SweepRule, commonness: Commonness): string[] {
  // with minWant < 1 a rule could apply with none of its wants present: they cannot trigger it
  const wants = rule.minWant >= 1 ? [...new Set(rule.wants)] : [];
  if (rule.needs.length === 0) return wants;
  const need = rule.needs.reduce((best, key) => (commonness(key) < commonness(best) ? key : best));
  if (wants.length > 0 && wants.reduce((sum, key) => sum + commonness(key), 0) < commonness(need)) return wants;
  return [need];
}

/**
 * Same steps and order as compromise's sweep (getHooks, trimDown, `always`, tooSmall, runMatch):
 * per piece, the candidate rules in hook-key order, first rule per match string, kept when its
 * needs, ifNo, wants and length allow; then each is matched and every hit becomes a todo. A rule
 * that nlp-prefilter.ts shows cannot match is not handed to compromise (it would find nothing).
 */
function sweep(document: unknown[][], net: SweepNet, ranked: RankedNet, methods: SweepMethods, opts: { matchOne?: boolean }): unknown[] {
  const caches = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  const stamp = new Int32Array(ranked.rules.length);
  for (let n = 0; n < document.length; n++) {
    const haves = caches[n]!;
    const terms = document[n]! as MatchTerm[];
    const filterable = !hasImplicit(terms);
    const candidates = candidateRules(haves, terms, filterable, ranked, stamp, n + 1);
    for (const rule of net.always) if (terms.length >= rule.minWords && (!filterable || mayMatchRule(rule, terms, ranked))) candidates.push(rule);
    for (const rule of candidates) {
      const res = methods.one.match([document[n]!], rule);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: SweepRule & { pointer: number[] } = Object.assign({}, rule, { pointer: ptr });
        if (rule.unTag !== undefined) todo.unTag = rule.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

function mayMatchRule(rule: SweepRule, terms: MatchTerm[], ranked: RankedNet): boolean {
  // (a rule without a test, or one the ranking never saw, may match)
  const filter = ranked.prefilters.get(rule);
  return !filter || mayMatch(filter, terms);
}

/**
 * getHooks + trimDown + tooSmall for one piece, less the rules the prefilter shows cannot match:
 * the rest in the order of their first hook key present in the piece in compromise's walk
 * (where getHooks would first meet them).
 */
function candidateRules(haves: Set<string>, terms: MatchTerm[], filterable: boolean, ranked: RankedNet, stamp: Int32Array, mark: number): SweepRule[] {
  const found: { rule: SweepRule; order: number }[] = [];
  for (const key of haves) {
    const list = ranked.triggers.get(key);
    if (list === undefined) continue;
    for (const r of list) {
      if (stamp[r.id] === mark) continue;
      stamp[r.id] = mark;
      // tooSmall and the prefilter also drop rules here, before the ordering work
      if (!applies(r.rule, haves) || terms.length < r.rule.minWords) continue;
      if (filterable && !mayMatchRule(r.rule, terms, ranked)) continue;
      found.push({ rule: r.rule, order: firstPlace(r, haves) });
    }
  }
  found.sort((a, b) => a.order - b.order);
  return found.map((f) => f.rule);
}

/** Where compromise's walk first meets this rule in this piece. */
function firstPlace(r: RankedRule, haves: Set<string>): number {
  for (const place of r.places) if (haves.has(place.key)) return place.order;
  // unreachable: an applying rule has a present need or want
  throw new Error(`nlp-sweep: rule ${r.rule.match} applies without a hook key`);
}

/** trimDown's three tests: every need present, no ifNo present, at least minWant of the wants present. */
function applies(rule: SweepRule, haves: Set<string>): boolean {
  for (const need of rule.needs) if (!haves.has(need)) return false;
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (haves.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let found = 0;
  for (const want of rule.wants) if (haves.has(want)) found++;
  return found >= rule.minWant;
}
