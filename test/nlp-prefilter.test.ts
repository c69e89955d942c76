/**
 * The prefilter may only say "cannot match" when compromise's own matcher finds nothing: checked
 * for every one of compromise's post-tagger rules on every sentence of a sample, with an
 * unpatched compromise instance (its ES-module build) doing the matching.
 */
import { describe, expect, it } from 'vitest';
import compromise from 'compromise/two';
import { hasImplicit, mayMatch, prefilterOf, type MatchTerm } from '../src/nlp-prefilter.js';
import { TAGGER_SAMPLES } from './helpers.js';

interface World {
  model: { two: { matches: { match: string; regs?: unknown }[] } };
  methods: { one: { match(docs: unknown[][], rule: unknown): { ptrs: unknown[] }; parseMatch(match: string, opts: object, world: unknown): unknown[] } };
}
const world = compromise.world() as unknown as World;
const parse = (match: string) => world.methods.one.parseMatch(match, {}, world);

const term = (text: string, tags: string[], extra: Partial<MatchTerm> = {}): MatchTerm => ({ text, normal: text.toLowerCase(), tags: new Set(tags), ...extra });

describe('prefilterOf', () => {
  it.each([
    ['#Noun #Verb', 2, false],
    ['^[#Adjective] (the|your) #Noun', 3, true],
    ['the [#Verb] #Preposition .', 3, false],
    ['#Verb (up|down)$', 2, false],
    ['will be being? #PastTense', 4, false],
    ['%Noun|Verb% to', 2, false],
    ['#Noun+ #Actor', 1, false],
    ['(had|have|#PastTense) #Adjective [#PresentTense]', 3, false],
    ['[to] (#Determiner|#Possessive|#Pronoun)', 2, false],
    ['#Cardinal+ out? of', 1, false],
  ])('%s: %i plain leading tokens, anchored %s', (match, count, anchored) => {
    const filter = prefilterOf(parse(match))!;
    expect(filter.tokens).toHaveLength(count);
    expect(filter.anchored).toBe(anchored);
  });

  it.each([['#Noun? #Verb?'], ['!#Noun #Verb'], ['#Noun+? #Actor'], ['(foo bar|#Noun) #Verb'], ['(#Singular && @hasHyphen) #PresentTense'], ['. #Noun'], ['/^[a-z]$/ #Noun']])('gives no filter when the run has no required token: %s', (match) => {
    expect(prefilterOf(parse(match))).toBeNull();
  });

  it.each([[undefined], [null], [[]], [[{ tag: 'Noun', fuzzy: true }]]])('gives no filter for %j', (regs) => {
    expect(prefilterOf(regs)).toBeNull();
  });
});

describe('mayMatch', () => {
  const terms = [term('The', ['Determiner']), term('police', ['Noun', 'Plural']), term('gave', ['Verb', 'PastTense']), term('up', ['Particle'])];
  it.each([
    ['#Noun #Verb', true],
    ['#Verb #Noun', false],
    ['the #Noun', true],
    ['^#Noun', false],
    ['^the', true],
    ['#PastTense (up|down)', true],
    ['#PastTense (in|out)', false],
    ['#Particle #Noun', false],
    ['#Determiner #Adjective? #Noun', true],
    ['#Determiner #Adjective? #Verb', false],
    ['#Noun? #PastTense', true],
    ['#Noun? #Noun? #Particle', true],
    ['^#Noun? #Determiner', true],
    ['^#Noun? #Verb', false],
    ['#PastTense (up|down)$', true],
    ['#Noun (up|down)$', false],
    ['#PastTense$', false],
    ['#Noun? #Particle$', true],
    ['(#Determiner|#Pronoun) #Noun', true],
    ['(#Verb|#Pronoun) #Noun', false],
    ['(gave|took) up', true],
    ['#Noun+ #PastTense', true],
    ['#Verb+ #Noun', true], // a repeated token ends the run: only its first term is read
  ])('%s on "The police gave up": %s', (match, expected) => {
    expect(mayMatch(prefilterOf(parse(match))!, terms)).toBe(expected);
  });

  it.each([
    ['naive', [term('Naïve', ['Adjective'], { machine: 'naive' })], true],
    ['n/a', [term('n/a', ['Noun'], { alias: ['n/a', 'na'] })], true],
    ['na', [term('n/a', ['Noun'], { alias: ['n/a', 'na'] })], true],
    ['(nope|none)', [term('n/a', ['Noun'], { alias: ['n/a', 'na'] })], false],
    ['(naive|wise)', [term('Naïve', ['Adjective'], { machine: 'naive' })], true],
    ['{walk/verb}', [term('walks', ['Noun'], { root: 'walk' })], true],
  ])('a word token %s reads machine, alias and root forms as compromise does', (match, piece, expected) => {
    const filter = prefilterOf(parse(match));
    expect(filter === null || mayMatch(filter, piece)).toBe(expected);
  });

  it('tells pieces with a contraction’s implicit terms apart', () => {
    expect(hasImplicit(terms)).toBe(false);
    expect(hasImplicit([term("we've", ['Pronoun'], { implicit: 'we' }), term('', ['Verb'], { implicit: 'have' })])).toBe(true);
  });
});

const SAMPLE = TAGGER_SAMPLES;

describe('prefilter against compromise’s matcher', () => {
  it('never rejects a rule that compromise matches, on any sample sentence', () => {
    const docs = SAMPLE.flatMap((text) => (compromise(text) as unknown as { docs: MatchTerm[][] }).docs);
    const rules = world.model.two.matches.filter((rule) => rule.regs !== undefined);
    expect(rules.length).toBeGreaterThan(100);
    let rejected = 0;
    for (const terms of docs) {
      if (hasImplicit(terms)) continue;
      for (const rule of rules) {
        const filter = prefilterOf(rule.regs);
        if (filter === null || mayMatch(filter, terms)) continue;
        rejected++;
        expect(world.methods.one.match([terms], rule).ptrs, `${rule.match} on "${terms.map((t) => t.text).join(' ')}"`).toEqual([]);
      }
    }
    // the check must have had something to check
    expect(rejected).toBeGreaterThan(1000);
  });
});
