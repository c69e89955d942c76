import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PassThrough, Readable } from 'node:stream';
import { main, type Io } from '../src/cli.js';
import { extractDocument } from '../src/extract.js';
import { expect, it } from 'vitest';
import { createDocument } from '../src/document.js';
import { extractTimes } from '../src/extractors/times.js';
import type { Result, Time } from '../src/schema.js';

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const readFixture = (name: string) => readFileSync(fixture(name), 'utf8');
export const REFERENCE = 'china-daily-x-raid.txt';

const extracted = new Map<string, Result>();
/** A fixture's result, extracted once per test file (the article tables ask many questions of each). */
export function extractFixture(name: string, date: string | null = null): Result {
  const key = `${name}@${date}`;
  if (!extracted.has(key)) extracted.set(key, extractDocument(readFixture(name), { id: name, date }));
  return extracted.get(key)!;
}

/** The value of the time whose text is exactly `text`. */
export const timeValue = (r: Result, text: string) => r.times.find((t) => t.text === text)?.value;

/** Every {start, end, text} object anywhere in a value. */
export function allSpans(value: unknown): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  (function walk(v: unknown) {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Number.isInteger(o.start) && Number.isInteger(o.end) && typeof o.text === 'string')
        out.push(o as { start: number; end: number; text: string });
      Object.values(o).forEach(walk);
    }
  })(value);
  return out;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Two in-memory output streams and what has been written to them so far. */
export function captureStreams() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const written = { out: '', err: '' };
  stdout.on('data', (d) => (written.out += d));
  stderr.on('data', (d) => (written.err += d));
  return { stdout, stderr, written };
}

/** Runs the command in-process with its own streams and environment. */
export async function runCli(argv: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv; tty?: boolean; stdinTty?: boolean } = {}): Promise<CliRun> {
  const { stdout, stderr, written } = captureStreams();
  if (options.tty) Object.assign(stdout, { isTTY: true, columns: 120 });
  const stdin = Readable.from([options.stdin ?? '']);
  if (options.stdinTty) Object.assign(stdin, { isTTY: true });
  const io = {
    stdin,
    stdout,
    stderr,
    env: options.env ?? {},
  } as unknown as Io;
  const code = await main(argv, io);
  return { code, stdout: written.out, stderr: written.err };
}

/**
 * News sentences that exercise many of compromise's post-tagger rules (titles, numbers, dates,
 * phrasal verbs, modals, quotes, lists), for tests that compare our tagging with compromise's own.
 */
export const TAGGER_SAMPLES: readonly string[] = [
  'French President Emmanuel Macron said on Tuesday that he would not back down.',
  'Police in Lyon arrested at least 14 people last week after clashes near the parliament, the Interior Ministry said.',
  'The central bank raised rates by 0.25 percentage points, its third increase since March 2023.',
  '"We will never accept this," the union leader told reporters outside the court in Nairobi.',
  'We will never accept this, the union leader told reporters outside the court in Nairobi.',
  'Shares of Atlas Shipping fell 3% on Monday as investors worried about fuel prices and the trade deal.',
  'Rebels who had been fighting for years laid down their arms, according to local officials.',
  'The U.S. Senate is expected to vote on the bill next week, but several Republicans oppose it.',
  'She may have been misquoted; the spokeswoman declined to comment further on the matter.',
  'Thousands of striking workers marched through Warsaw, chanting slogans against the pension reform.',
  'Dr. Jane Smith, a professor at the university, warned that water shortages could worsen by 2030.',
  'The well-known actor turned up late, looked tired and gave up half way through the speech.',
  'Prime Minister Olga Petrov will meet the president of the European Union in Brussels next month.',
  'Gunmen opened fire on a bus carrying pilgrims, killing seven and wounding dozens.',
  'The company said its profits rose sharply, although analysts had expected a fall.',
  'Half of the budget was spent on roads, and a quarter on schools.',
];

/**
 * A table test of the times extractor: one test per row, the times found in the row's text
 * (published on its date), each read by `project` ([text, value], [text, type, value], …).
 */
export function timeTable<P>(rows: ReadonlyArray<readonly [text: string, date: string | null, expected: readonly P[]]>, project: (t: Time) => P): void {
  for (const [text, date, expected] of rows) {
    it(`${text} (${date ?? 'no date'})`, () => {
      expect(extractTimes(createDocument({ id: 't', source: 't', text, date })).map(project)).toEqual(expected);
    });
  }
}
