/**
 * fastBulkMatch must return exactly what compromise's own bulkMatch returns (same todos, same
 * order) for any rule index: checked against compromise's function itself (from its ES-module
 * build, a separate instance from the one src/nlp.ts patches) on random toy indexes, and on the
 * nets it must refuse (falling back to the original).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import compromise from 'compromise/two';
import { fastBulkMatch, isSweepNet, type BulkMatch, type SweepMethods, type SweepNet, type SweepRule } from '../src/nlp-sweep.js';

const original = (compromise.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } }).methods.one.bulkMatch;

const KEYS = ['a', 'b', 'c', '#Noun', '#Verb', '%Noun|Verb%', '7', '12', 'constructor'];

/** A toy rule: needs and wants drawn from KEYS; it "matches" a piece when the piece has its first key. */
const ruleArb = fc.record({
  match: fc.string({ minLength: 1, maxLength: 4 }),
  needs: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 2 }),
  wants: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 3 }),
  ifNo: fc.option(fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 1 }), { nil: undefined }),
  minWords: fc.integer({ min: 0, max: 3 }),
  tag: fc.constantFrom('Noun', 'Verb'),
});

/** Builds a net the way compromise's buildNet does (hook lists de-duplicated by match string). */
function buildNet(rules: SweepRule[]): SweepNet {
  const hooks: Record<string, SweepRule[]> = {};
  for (const rule of rules)
    for (const key of [...rule.needs, ...rule.wants]) {
      // Array.isArray, as compromise does: a key such as "constructor" finds a prototype member
      hooks[key] = Array.isArray(hooks[key]) ? hooks[key] : [];
      hooks[key].push(rule);
    }
  for (const key of Object.keys(hooks)) {
    const seen = new Set<string>();
    hooks[key] = hooks[key]!.filter((r) => !seen.has(r.match) && seen.add(r.match));
  }
  return { hooks, always: rules.filter((r) => r.needs.length === 0 && r.wants.length === 0) };
}

/** Fake methods: a piece is a list of keys; a rule matches term i when the term is the rule's first key. */
const methods: SweepMethods = {
  one: {
    cacheDoc: (document) => document.map((terms) => new Set(terms as string[])),
    match: (docs, rule) => {
      const first = rule.needs[0] ?? rule.wants[0];
      const terms = docs[0] as string[];
      return { ptrs: terms.flatMap((t, i) => (t === first ? [[0, i, i + 1]] : [])) };
    },
  },
};

const pieceArb = fc.array(fc.constantFrom(...KEYS, 'x', 'y'), { minLength: 1, maxLength: 6 });

describe('fastBulkMatch', () => {
  it('returns what compromise’s bulkMatch returns, in the same order, on random rule indexes', () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { maxLength: 25 }), fc.array(pieceArb, { maxLength: 5 }), fc.boolean(), (raw, document, matchOne) => {
        // wants come with a count of or-blocks, as compromise's parser gives them
        const rules = raw.map((r) => ({ ...r, minWant: r.wants.length > 0 ? 1 : 0 }));
        const net = buildNet(rules);
        const fast = fastBulkMatch(original);
        const clone = (d: string[][]) => d.map((p) => [...p]);
        expect(fast(clone(document), net, methods, { matchOne })).toEqual(original(clone(document), net, methods, { matchOne }));
      }),
      { numRuns: 500, seed: 20_260_205 },
    );
  });

  it.each([
    ['two rules with one match string', [rule('m', ['a']), rule('m', ['b'])]],
    ['a want-only rule that needs none of its wants', [{ ...rule('m', [], ['a']), minWant: 0 }]],
  ])('falls back to compromise’s own sweep for %s', (_name, rules) => {
    const net = buildNet(rules);
    const calls: unknown[] = [];
    const spy: BulkMatch = (...args) => (calls.push(args), original(...args));
    fastBulkMatch(spy)([['a', 'b']], net, methods);
    expect(calls).toHaveLength(1);
  });

  it('takes the fast path for a well-formed net', () => {
    const calls: unknown[] = [];
    const spy: BulkMatch = (...args) => (calls.push(args), original(...args));
    const out = fastBulkMatch(spy)([['a', 'b']], buildNet([rule('m', ['a']), rule('n', ['b'], ['a'])]), methods);
    expect(calls).toHaveLength(0);
    expect(out).toHaveLength(2);
  });

  it.each([
    ['no hooks', { always: [] }],
    ['a rule without needs', { hooks: { a: [{ match: 'a' }] }, always: [] }],
    ['null', null],
  ])('isSweepNet rejects %s', (_name, net) => {
    expect(isSweepNet(net)).toBe(false);
  });

  it('the reference is a separate, unpatched compromise instance', () => {
    const patched = createRequire(import.meta.url)('compromise/two');
    expect(patched).not.toBe(compromise);
  });
});

function rule(match: string, needs: string[], wants: string[] = []): SweepRule {
  return { match, needs, wants, minWant: wants.length > 0 ? 1 : 0, minWords: 0 };
}
