/**
 * The hostile-input battery, through the real command (bin/extract.js, so `npm run build`
 * first; CI builds in `npm ci`). Each case runs in a child process that reports its own peak
 * memory and CPU time, and must end with its expected outcome within 20 s of CPU and 500 MB.
 * CPU time rather than wall time is asserted so that a busy machine does not fail the test;
 * the wall clock only kills a hang.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../src/decode.js';
import { ErrorRecordSchema, ResultSchema, type Result } from '../src/schema.js';
import { allSpans, readFixture, REFERENCE } from './helpers.js';

const MEASURE = fileURLToPath(new URL('./hostile/measure.mjs', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const MAX_CPU_MS = 20_000;
const MAX_RSS_MB = 500;
/** Only a hang gets this far. */
const KILL_AFTER_MS = 120_000;

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  cpuMs: number;
  maxRssMB: number;
  wallMs: number;
}

let dir = '';

/**
 * Cases that must give a result run with a budget far above the 20 s of CPU they are held to,
 * so that a busy machine (wall time) cannot turn them into budget errors; the 1 MB case and
 * the budget test run with the default or their own.
 */
const GENEROUS_BUDGET = { EXTRACT_TIME_BUDGET_MS: String(KILL_AFTER_MS) };

function runExtract(args: string[], env: NodeJS.ProcessEnv = GENEROUS_BUDGET): Promise<Run> {
  const report = join(dir, `usage-${Math.random().toString(36).slice(2)}.json`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MEASURE, ...args], {
      // EXTRACT_SNAPSHOT=0: the command runs in the measured process, not in a node started from
      // the snapshot (the same code, but its CPU and memory would escape the measure)
      env: { ...process.env, EXTRACT_TIME_BUDGET_MS: '', ...env, HOSTILE_REPORT: report, NO_COLOR: '1', EXTRACT_SNAPSHOT: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      const usage = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : { cpuMs: Infinity, maxRssMB: Infinity };
      resolve({ code, stdout: Buffer.concat(out), stderr: err, wallMs: performance.now() - started, ...usage });
    });
    child.stdin.end();
  });
}

const write = (name: string, content: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Article-like text: the project's fixtures in turn, paragraph after paragraph, to `size` characters. */
function longArticle(size: number): string {
  const parts = [readFixture(REFERENCE), readFixture('no-date.txt'), readFixture('one-speaker.txt')];
  let text = '';
  for (let i = 0; text.length < size; i++) text += `${parts[i % parts.length]!.trim()}\n\n`;
  return text;
}

type Outcome =
  | { kind: 'result'; check?: (result: Result, text: string) => void }
  | { kind: 'error'; message: RegExp }
  /** a result, or the time-budget error: a document this size may not fit a busy machine's budget */
  | { kind: 'result-or-budget' };

interface Case {
  name: string;
  bytes: () => Buffer;
  outcome: Outcome;
  /** run alone, to measure it alone; light cases share one run (each child pays ~1.5 s of start-up) */
  heavy?: boolean;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const noFacts = (r: Result) => expect([r.actors, r.times, r.quotes, r.events].map((x) => x.length)).toEqual([0, 0, 0, 0]);
const WORDS = ['police', 'raided', 'the', 'office', 'in', 'Paris', 'said', 'Musk', 'company', 'on', 'Tuesday', 'Europol'];

const CASES: Case[] = [
  { name: 'empty', bytes: () => Buffer.alloc(0), outcome: { kind: 'result', check: (r) => (noFacts(r), expect(r.document.length).toBe(0)) } },
  { name: 'whitespace only', bytes: () => utf8(' \n\t\r\n  \u00a0\r\r\n\n   '), outcome: { kind: 'result', check: noFacts } },
  {
    name: 'binary (PNG header and NUL bytes)',
    bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))]),
    outcome: { kind: 'error', message: /not a text file/ },
  },
  {
    name: 'binary without NUL (mostly control characters)',
    bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => 1 + (i % 31))),
    outcome: { kind: 'error', message: /not a text file/ },
  },
  {
    name: 'invalid UTF-8 in a UTF-8 file',
    bytes: () => Buffer.concat([utf8('Zoë Martin, the mayor of Lyon, said “we are ready” on Tuesday. '), Buffer.from([0xff, 0xc3, 0x28]), utf8(' Police arrested two men.')]),
    outcome: {
      kind: 'result',
      check: (r, text) => {
        expect(r.warnings.map((w) => w.code)).toContain('encoding-invalid-utf8');
        const span = r.warnings.find((w) => w.code === 'encoding-invalid-utf8')!.span!;
        expect(text.slice(span.start, span.end)).toBe('\ufffd');
      },
    },
  },
  {
    name: 'Latin-1 (Windows-1252) file',
    bytes: () => Buffer.from('Ren\xe9e Dupr\xe9, the mayor of Orl\xe9ans, said the caf\xe9 would close on Tuesday.', 'latin1'),
    outcome: {
      kind: 'result',
      check: (r, text) => {
        expect(text).toContain('Renée Dupré');
        expect(r.warnings.map((w) => w.code)).toContain('encoding-windows-1252');
      },
    },
  },
  {
    name: 'BOM + CRLF (the reference article)',
    bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(readFixture(REFERENCE).replace(/\n/g, '\r\n'))]),
    outcome: {
      kind: 'result',
      check: (r, text) => {
        expect(text.charCodeAt(0)).not.toBe(0xfeff);
        expect(r.document.length).toBe(readFixture(REFERENCE).replace(/\n/g, '\r\n').length);
        expect(r.document.date).toBe('2026-02-05');
        expect(r.actors.length).toBeGreaterThan(5);
        expect(r.quotes.length).toBeGreaterThan(3);
      },
    },
  },
  {
    name: '200 kB without punctuation',
    bytes: () => utf8(Array.from({ length: 200_000 / 7 }, (_, i) => WORDS[i % WORDS.length]).join(' ')),
    heavy: true,
    outcome: { kind: 'result' },
  },
  {
    name: '20,000 quote marks',
    bytes: () => utf8(Array.from({ length: 20_000 }, (_, i) => '"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\''[i % 9]!).join(' ')),
    heavy: true,
    outcome: { kind: 'result' },
  },
  { name: '20,000 straight quotes in a row', bytes: () => utf8(`He said ${'"'.repeat(20_000)} and left.`), outcome: { kind: 'result' } },
  {
    name: '100 kB all caps',
    bytes: () => utf8(longArticle(100_000).toUpperCase().slice(0, 100_000)),
    heavy: true,
    outcome: { kind: 'result' },
  },
  {
    name: '20,000 initials',
    bytes: () => utf8(Array.from({ length: 20_000 }, (_, i) => `${String.fromCharCode(65 + (i % 26))}.`).join(' ')),
    heavy: true,
    outcome: { kind: 'result' },
  },
  {
    name: 'mixed scripts, emoji and astral characters',
    bytes: () =>
      utf8(
        'Президент Путин met 习近平 in 北京 on Tuesday, مرحبا بكم, said Emmanuel Macron 😀. “Ça va,” said Zoë 𝒜𝒷𝒸 of the 🇫🇷 team. 👨‍👩‍👧 नमस्ते संसार. '.repeat(
          400,
        ),
      ),
    heavy: true,
    outcome: { kind: 'result' },
  },
  { name: 'a 1 MB article', bytes: () => utf8(longArticle(1_000_000)), heavy: true,
    outcome: { kind: 'result-or-budget' } },
];

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before this test');
  dir = mkdtempSync(join(tmpdir(), 'extract-hostile-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pathFor = (c: Case) => join(dir, `${c.name.replace(/\W+/g, '-')}.txt`);

/** Checks one output record against its case; `stderr` holds the lines the case wrote there. */
function expectOutcome(c: Case, input: Buffer, record: Record<string, unknown>, stderr: string[]) {
  const { outcome } = c;
  if (outcome.kind === 'error' || (outcome.kind === 'result-or-budget' && 'error' in record)) {
    const error = ErrorRecordSchema.parse(record);
    expect(error.error.message, c.name).toMatch(outcome.kind === 'error' ? outcome.message : /time budget exceeded/);
    expect(stderr, `${c.name}: one line on stderr`).toHaveLength(1);
    return 1;
  }
  expect(stderr, c.name).toEqual([]);
  const result = ResultSchema.parse(record);
  const decoded = decodeBytes(input);
  if (decoded.kind !== 'text') throw new Error(`${c.name}: expected text`);
  expect(result.document.length, c.name).toBe(decoded.text.length);
  for (const s of allSpans(result)) expect(decoded.text.slice(s.start, s.end), c.name).toBe(s.text);
  if (outcome.kind === 'result') outcome.check?.(result, decoded.text);
  return 0;
}

function expectWithinLimits(run: Run, what: string): string {
  const report = `${what}: exit ${run.code}, ${Math.round(run.cpuMs)} ms CPU, ${Math.round(run.wallMs)} ms wall, ${Math.round(run.maxRssMB)} MB`;
  console.log(report);
  expect(run.cpuMs, report).toBeLessThanOrEqual(MAX_CPU_MS);
  expect(run.maxRssMB, report).toBeLessThanOrEqual(MAX_RSS_MB);
  return report;
}

describe('hostile input through the command: expected outcome, ≤ 20 s CPU, ≤ 500 MB', () => {
  it('light cases, one run, one output line each in input order', async () => {
    const light = CASES.filter((c) => !c.heavy);
    const inputs = light.map((c) => c.bytes());
    light.forEach((c, i) => writeFileSync(pathFor(c), inputs[i]!));
    const run = await runExtract(['--format', 'jsonl', ...light.map(pathFor)]);
    expectWithinLimits(run, 'light cases');
    const records = run.stdout.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.document.id)).toEqual(light.map(pathFor));
    const stderr = run.stderr.trimEnd().split('\n').filter(Boolean);
    const failed = light.map((c, i) => expectOutcome(c, inputs[i]!, records[i], stderr.filter((l) => l.startsWith(`extract: ${pathFor(c)}:`))));
    expect(run.code).toBe(failed.some(Boolean) ? 1 : 0);
    expect(stderr).toHaveLength(failed.filter(Boolean).length);
  }, KILL_AFTER_MS + 10_000);

  it.each(CASES.filter((c) => c.heavy))('$name', async (c) => {
    const input = c.bytes();
    writeFileSync(pathFor(c), input);
    const run = await runExtract([pathFor(c)], c.outcome.kind === 'result-or-budget' ? {} : GENEROUS_BUDGET);
    const report = expectWithinLimits(run, c.name);
    const failed = expectOutcome(c, input, JSON.parse(run.stdout.toString('utf8')), run.stderr.trimEnd().split('\n').filter(Boolean));
    expect(run.code, report).toBe(failed);
  }, KILL_AFTER_MS + 10_000);
});

describe('time budget through the command', () => {
  it('a document over its budget is an error record with the reason, and the batch goes on', async () => {
    const slow = write('over-budget.txt', readFixture(REFERENCE));
    const run = await runExtract(['--format', 'jsonl', slow, slow], { EXTRACT_TIME_BUDGET_MS: '1' });
    expect(run.code).toBe(1);
    const records = run.stdout.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    for (const r of records) expect(r.error.message).toMatch(/time budget exceeded: .* \(budget 0\.0 s\), stopped in tagging/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(2);
  }, 60_000);
});

describe('batch integrity', () => {
  it('a JSON Lines file with bad lines in the middle keeps every line, each error in its place', async () => {
    const lines = [
      utf8('{"id":"a","text":"Police in Lyon arrested two men on Tuesday.","date":"2026-02-05"}'),
      utf8('{"id":"b","text": "unterminated'),
      Buffer.from([0x00, 0xff, 0xfe, 0x01, 0x02, 0x03]),
      utf8('{"id":"nul","text":"abc\\u0000def"}'),
      utf8('[1,2,3]'),
      utf8('{"id":"e","text":"Rebels attacked a town.","date":"2026-02-05"}'),
    ];
    const path = write('batch.jsonl', Buffer.concat(lines.flatMap((l) => [l, utf8('\n')])));
    const run = await runExtract([path]);
    expect(run.code).toBe(1);
    const records = run.stdout.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(6);
    expect(records.map((r) => ('error' in r ? 'error' : r.document.id))).toEqual(['a', 'error', 'error', 'error', 'error', 'e']);
    expect(records[1].document.id).toBe(`${path}:2`);
    expect(records[1].error.message).toMatch(/not JSON/);
    expect(records[2].error.message).toMatch(/not a text file|not JSON/);
    expect(records[3].document.id).toBe('nul');
    expect(records[3].error.message).toMatch(/not a text file/);
    expect(records[4].error.message).toMatch(/not a JSON object/);
    expect(records[5].events.length).toBeGreaterThan(0);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(4);
  }, 60_000);

  it('a bad --date is a usage error (exit 2, one line on stderr, nothing on stdout)', async () => {
    const path = write('short.txt', 'Police arrested a man.');
    const run = await runExtract(['--date', '2026-02-30', path]);
    expect(run.code).toBe(2);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  }, 60_000);
});

describe('determinism', () => {
  it('two runs over the same input give byte-identical output', async () => {
    const path = write('twice.txt', `${readFixture(REFERENCE)}\n\n${'“Ça va,” said Zoë 😀 in 北京 on Tuesday. '.repeat(20)}`);
    const batch = write('twice.jsonl', [readFixture(REFERENCE), readFixture('one-speaker.txt')].map((text, i) => JSON.stringify({ id: `d${i}`, text })).join('\n'));
    for (const args of [[path], ['--format', 'jsonl', path, batch, path]]) {
      // side by side: also keeps a rebuild of dist/ by someone else from falling between the two
      const [a, b] = await Promise.all([runExtract(args), runExtract(args)]);
      expect(a.code).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(1000);
      expect(b.stdout.equals(a.stdout)).toBe(true);
    }
  }, 120_000);
});
