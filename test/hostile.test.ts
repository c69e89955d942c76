/**
 * Hostile input in-process: line ends, bounded sentences, bounded scans, the time budget.
 * (The command-line battery with time and memory limits is hostile-cli.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { createDocument, MAX_SENTENCE_LENGTH } from '../src/document.js';
import { extractDocument } from '../src/extract.js';
import { BudgetExceededError, DEFAULT_TIME_BUDGET_MS, defaultTimeBudgetMs, startDeadline } from '../src/guard.js';
import { allSpans, readFixture, REFERENCE } from './helpers.js';

const doc = (text: string) => createDocument({ id: 't', source: 't', text });
const sentences = (text: string) => doc(text).sentences.map((s) => text.slice(s.start, s.end));
const paragraphs = (text: string) => doc(text).paragraphs.map((p) => text.slice(p.start, p.end));

describe('line ends: LF, CRLF and lone CR are line breaks, kept in the text', () => {
  it.each([
    ['LF', 'Police came\nThey left'],
    ['CRLF', 'Police came\r\nThey left'],
    ['lone CR', 'Police came\rThey left'],
  ])('%s ends a sentence', (_name, text) => {
    expect(sentences(text)).toEqual(['Police came', 'They left']);
  });

  it.each([
    ['LF', 'First para.\n\nSecond para.'],
    ['CRLF', 'First para.\r\n\r\nSecond para.'],
    ['lone CR', 'First para.\r\rSecond para.'],
    ['CRLF with spaces on the blank line', 'First para.\r\n  \r\nSecond para.'],
  ])('%s blank line ends a paragraph', (_name, text) => {
    expect(paragraphs(text)).toEqual(['First para.', 'Second para.']);
  });

  it('one CRLF is not a blank line', () => {
    expect(paragraphs('One line.\r\nNext line.')).toEqual(['One line.\r\nNext line.']);
  });

  it('a terminator before CR ends the sentence even when the next line starts in lower case', () => {
    expect(sentences('He left.\r\nthen more')).toEqual(['He left.', 'then more']);
  });

  it('a CRLF headline is a title', () => {
    expect(doc('Police raid office\r\n\r\nPolice raided the office on Tuesday.').title).toBe('Police raid office');
  });

  it('the reference article with BOM-less CRLF line ends gives the same facts', () => {
    const lf = readFixture(REFERENCE);
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = extractDocument(lf);
    const b = extractDocument(crlf);
    const strip = (s: string) => s.replace(/\r/g, '');
    expect(b.actors.map((x) => x.name)).toEqual(a.actors.map((x) => x.name));
    expect(b.quotes.map((q) => strip(q.text))).toEqual(a.quotes.map((q) => q.text));
    expect(b.events.map((e) => `${e.type} ${e.trigger.text}`)).toEqual(a.events.map((e) => `${e.type} ${e.trigger.text}`));
    expect(b.times.map((t) => t.value)).toEqual(a.times.map((t) => t.value));
    for (const s of allSpans(b)) expect(crlf.slice(s.start, s.end)).toBe(s.text);
  }, 60_000);
});

describe('bounded sentences', () => {
  it.each([
    ['50 kB without punctuation', 'police raid office Paris said the company on Tuesday '.repeat(1_000)],
    ['one 50 kB token', 'x'.repeat(50_000)],
    ['astral characters only', '\u{1F600}'.repeat(20_000)],
    ['20,000 initials', Array.from({ length: 20_000 }, (_, i) => `${String.fromCharCode(65 + (i % 26))}.`).join(' ')],
  ])('%s: no sentence over the cap, none splits a surrogate pair, all text covered', (_name, text) => {
    const d = doc(text);
    expect(d.sentences.length).toBeGreaterThan(1);
    for (const s of d.sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(text.charCodeAt(s.start)).not.toSatisfy((c: number) => c >= 0xdc00 && c <= 0xdfff);
    }
    const covered = d.sentences.reduce((n, s) => n + (s.end - s.start), 0);
    expect(covered).toBeGreaterThan(text.replace(/\s+/g, '').length * 0.99);
  }, 60_000);

  it('a sentence under the cap is not cut', () => {
    const sentence = `${'word '.repeat(150)}end.`;
    expect(sentences(sentence)).toEqual([sentence]);
  });

  it.each([
    ['100,000 dots then a lower-case word', `a${'.'.repeat(100_000)} b`],
    ['100,000 question marks between words', 'a?'.repeat(50_000)],
    ['20,000 closing quotes after a stop', `He said.${'\u201d'.repeat(20_000)} then`],
  ])('%s: split in linear time', (_name, text) => {
    const started = performance.now();
    doc(text);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('time budget', () => {
  it('a deadline throws once its budget is spent, naming the step', () => {
    let now = 0;
    const deadline = startDeadline(1_000, () => now);
    now = 999;
    expect(() => deadline.check('tagging')).not.toThrow();
    now = 1_500;
    expect(() => deadline.check('quotes')).toThrow(BudgetExceededError);
    expect(() => deadline.check('quotes')).toThrow(/time budget exceeded: 1\.5 s spent \(budget 1\.0 s\), stopped in quotes/);
  });

  it.each([
    [undefined, DEFAULT_TIME_BUDGET_MS],
    ['60000', 60_000],
    ['2500.5', 2_500.5],
    ['0', DEFAULT_TIME_BUDGET_MS],
    ['-5', DEFAULT_TIME_BUDGET_MS],
    ['soon', DEFAULT_TIME_BUDGET_MS],
    ['', DEFAULT_TIME_BUDGET_MS],
  ])('EXTRACT_TIME_BUDGET_MS=%j gives a budget of %d ms', (value, ms) => {
    expect(defaultTimeBudgetMs(value === undefined ? {} : { EXTRACT_TIME_BUDGET_MS: value })).toBe(ms);
  });

  it('extraction past its budget stops with that error instead of running on', () => {
    const text = readFixture(REFERENCE);
    expect(() => extractDocument(text, { timeBudgetMs: 0 })).toThrow(/time budget exceeded.*stopped in tagging/);
    expect(() => extractDocument(text, { timeBudgetMs: 60_000 })).not.toThrow();
  }, 60_000);

  it('decoding warnings given to extractDocument come first in the result', () => {
    const warning = { code: 'encoding-invalid-utf8', message: 'x', span: { start: 0, end: 1, text: '\ufffd' } };
    const result = extractDocument('\ufffd Police said.', { warnings: [warning], date: '2026-02-05' });
    expect(result.warnings[0]).toEqual(warning);
  });
});

describe("words that are Object.prototype's property names", () => {
  // a lexicon kept in a plain object answers "constructor" with a function unless looked up by own keys
  const NAMES = Object.getOwnPropertyNames(Object.prototype);
  const shapes = (w: string) => [
    `The ${w} said on Tuesday that police arrested the ${w} suspect.`,
    `Police ${w} the ${w} in ${w}, officials said. "We will ${w} everything," the ${w} spokesman told ${w}.`,
    `${w[0]!.toUpperCase()}${w.slice(1)} demanded ${w} talks and threatened ${w} sanctions against the ${w}s.`,
    `According to ${w}, the ${w} of ${w} met ${w} ministers, ${w} and ${w}.`,
  ];

  it.each(NAMES)('%s in every position leaves a result, not an error', (w) => {
    for (const text of shapes(w)) {
      let result: ReturnType<typeof extractDocument> | undefined;
      expect(() => (result = extractDocument(text, { date: '2026-02-05' }))).not.toThrow();
      for (const span of allSpans(result!)) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
