/**
 * Properties that hold for ANY input string: the result is schema-valid, every span is true
 * to the input (UTF-16 offsets), every id it refers to exists, the same input gives the same
 * output, and no exception escapes. The generator mixes the things that break extractors:
 * names, quote marks of every kind, dates, abbreviations, emoji and astral characters, lone
 * surrogates, CR/CRLF line ends and very long tokens, besides arbitrary strings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractDocument } from '../src/extract.js';
import { ResultSchema, type Result } from '../src/schema.js';
import { allSpans } from './helpers.js';

const RUNS = 1_000;
/** Fixed seed (FC_SEED=n to explore others): the properties see the same inputs, so each input is extracted once (see `extracted`). */
const SEED = Number(process.env.FC_SEED) || 20_260_205;

const NAMES = ['Emmanuel Macron', 'Macron', 'Elon Musk', 'Musk', 'X', 'Europol', 'the Paris prosecutor', 'Dr. Jane Smith', 'J. K. Rowling', 'Linda Yaccarino', 'Xi Jinping', 'Владимир Путин', 'Zoë Ça', 'he', 'she', 'it', 'they', 'the company', 'officials', 'Reuters', 'NATO', 'the United Nations', 'France', 'Ukraine', 'Gaza', 'New York', 'Acme Corp.', 'Acme Corp. chief executive Jane Smith', 'Jane Smith, the former chief executive of Acme Corp.,', 'French President Emmanuel Macron', 'its owner'];
const QUOTES = ['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e', '\u2039', '\u203a', '\u300c', '\u300d', '``', "''"];
const DATES = ['Tuesday', 'on Monday', 'Feb. 3, 2026', '3 February 2026', '2026-02-05', 'last week', 'in April', 'yesterday', 'at 10 a.m.', 'since 2019', 'next month', 'the 1990s', 'two days ago', '31/12/2025', 'Dec 32', '9999-99-99'];
const ABBREVIATIONS = ['U.S.', 'U.N.', 'Mr.', 'Mrs.', 'Dr.', 'Inc.', 'Ltd.', 'Gen.', 'a.m.', 'p.m.', 'e.g.', 'i.e.', 'No.', 'St.', 'vs.', 'A.', 'B.', 'etc.'];
const WORDS = ['said', 'says', 'told', 'according to', 'raided', 'attacked', 'summoned', 'accused', 'denied', 'met', 'signed', 'agreed', 'arrested', 'will', 'not', 'the', 'of', 'in', 'on', 'by', 'and', 'was', 'police', 'office', 'claims'];
const PUNCTUATION = ['.', '!', '?', ',', ';', ':', '\u2014', '\u2013', '-', '(', ')', '[', ']', '...', '\u2026', '.\u201d', '?"'];
const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\t', '\u00a0', '\u2028', '  '];
const ASTRAL = ['\u{1F600}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1D49C}', '\u{1F1EB}\u{1F1F7}', '\u{20000}', '\uD800', '\uDC00', '\uFEFF', '\u0301', '\u200B', '\u202E'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 3, arbitrary: fc.constantFrom(...DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...ABBREVIATIONS) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 10, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 2, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  // a very long token: no whitespace to cut at
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'A.', '\u{1F600}', '"', 'x-'), fc.integer({ min: 200, max: 1_500 })).map(([s, n]) => s.repeat(n)) },
);

const name = fc.constantFrom(...NAMES);
const word = fc.constantFrom(...WORDS);
const quoteMark = fc.constantFrom(...QUOTES);
/** A sentence-like run, so that actors, quotes and events are actually found and cross-referenced. */
const clause = fc
  .tuple(name, word, word, name, fc.option(fc.constantFrom(...DATES)), fc.constantFrom('.', '!', '?', '', ',', '."'))
  .map(([a, v, w, b, d, end]) => [a, v, w, b, d].filter(Boolean).join(' ') + end);
const quoted = fc
  .tuple(quoteMark, clause, quoteMark, name, fc.constantFrom('said', 'told reporters', 'says', 'added'), fc.constantFrom('.', '', '\n'))
  .map(([o, c, e, n, v, end]) => `${o}${c}${e} ${n} ${v}${end}`);
const sentenceish = fc.oneof({ weight: 3, arbitrary: clause }, { weight: 2, arbitrary: quoted }, { weight: 5, arbitrary: piece });

const text = fc.oneof(
  { weight: 5, arbitrary: fc.array(sentenceish, { maxLength: 16 }).map((parts) => parts.join(' ')) },
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.array(sentenceish, { maxLength: 16 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

const input = fc.record({ text, date: fc.constantFrom(null, '2026-02-05') });
type Input = { text: string; date: string | null };

/** One extraction per input across the properties below (they share the seed, so the inputs). */
const cache = new Map<string, Result>();
function extracted({ text, date }: Input): Result {
  const key = `${date}\u0000${text}`;
  let result = cache.get(key);
  if (!result) {
    result = extractDocument(text, { id: 'prop', date });
    cache.set(key, result);
  }
  return result;
}

function referencesResolve(result: Result): string[] {
  const actors = new Set(result.actors.map((a) => a.id));
  const times = new Set(result.times.map((t) => t.id));
  const quotes = new Set(result.quotes.map((q) => q.id));
  const events = new Set(result.events.map((e) => e.id));
  const missing: string[] = [];
  const actor = (id: string | null | undefined, where: string) => {
    if (id != null && !actors.has(id)) missing.push(`${where} → actor ${id}`);
  };
  for (const a of result.actors) for (const r of a.roles) actor(r.of, `${a.id}.roles.of`);
  for (const q of result.quotes) actor(q.speaker?.actor, `${q.id}.speaker`);
  for (const e of result.events) {
    e.agents.forEach((r) => actor(r.actor, `${e.id}.agents`));
    e.targets.forEach((r) => actor(r.actor, `${e.id}.targets`));
    actor(e.location?.actor, `${e.id}.location`);
    if (e.time !== null && !times.has(e.time)) missing.push(`${e.id}.time → ${e.time}`);
    if (e.quote !== null && !quotes.has(e.quote)) missing.push(`${e.id}.quote → ${e.quote}`);
  }
  if (result.summary && !events.has(result.summary.event)) missing.push(`summary.event → ${result.summary.event}`);
  const ids = [...result.actors, ...result.times, ...result.quotes, ...result.events].map((x) => x.id);
  if (new Set(ids).size !== ids.length) missing.push('duplicate ids');
  return missing;
}

describe('properties over any input string', () => {
  const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

  it('never throws, and the result is accepted by the schema', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = extracted(i);
        expect(ResultSchema.safeParse(result).success).toBe(true);
        expect(result.document.length).toBe(i.text.length);
      }),
      params,
    );
  }, 300_000);

  it('every span is true to the input', () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const s of allSpans(extracted(i))) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(i.text.length);
          expect(i.text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      params,
    );
  }, 300_000);

  it('every id the result refers to exists, and ids are unique', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(referencesResolve(extracted(i))).toEqual([]);
      }),
      params,
    );
  }, 300_000);

  it('the same input gives the same output', () => {
    fc.assert(
      fc.property(input, (i) => {
        const again = extractDocument(i.text, { id: 'prop', date: i.date });
        expect(JSON.stringify(again)).toBe(JSON.stringify(extracted(i)));
      }),
      params,
    );
    cache.clear();
  }, 300_000);
});

describe('properties over longer documents (fewer cases: each is an article-sized input)', () => {
  const paragraph = fc.array(sentenceish, { minLength: 5, maxLength: 40 }).map((parts) => parts.join(' '));
  const article = fc.record({
    text: fc.tuple(fc.array(paragraph, { minLength: 3, maxLength: 25 }), fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', '\n')).map(([ps, sep]) => ps.join(sep)),
    date: fc.constantFrom(null, '2026-02-05'),
  });

  it('schema-valid, true spans, resolvable ids, no exception', () => {
    fc.assert(
      fc.property(article, (i) => {
        const result = extractDocument(i.text, { id: 'prop', date: i.date });
        expect(ResultSchema.safeParse(result).success).toBe(true);
        for (const s of allSpans(result)) expect(i.text.slice(s.start, s.end)).toBe(s.text);
        expect(referencesResolve(result)).toEqual([]);
      }),
      { numRuns: 30, seed: SEED, endOnFailure: true },
    );
  }, 240_000);
});

describe('the reference checks themselves can fail', () => {
  it('finds a dangling reference and a duplicate id', () => {
    const result = extractDocument('Police in Paris arrested two men on Tuesday.', { date: '2026-02-05' });
    const broken = structuredClone(result);
    broken.quotes.push({ id: 'q9', start: 0, end: 6, text: 'Police', kind: 'direct', speaker: { start: 0, end: 6, text: 'Police', actor: 'a999' }, cue: null, fragments: [], rule: 'test' });
    broken.times.push({ ...(broken.times[0] ?? { start: 0, end: 0, text: '', type: 'DATE', value: 'X', mod: null, granularity: 'day', interval: null, anchored: false, rule: 't' }), id: 'q9' });
    expect(referencesResolve(broken)).toEqual(['q9.speaker → actor a999', 'duplicate ids']);
  });
});
