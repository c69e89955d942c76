import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoInputError, run, type RunOptions } from '../src/run.js';
import { statusLine, summaryLine } from '../src/progress.js';
import { captureStreams, runCli } from './helpers.js';

let dir = '';
const at = (name: string) => join(dir, name);
const TEXTS = ['Police arrested two men on Tuesday.', 'Rebels attacked a town.', 'The minister said talks would resume.', 'Protesters marched in Paris.'];
const jsonl = (ids: string[]) => ids.map((id, i) => JSON.stringify({ id, text: TEXTS[i % TEXTS.length] })).join('\n') + '\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-run-'));
  writeFileSync(at('four.jsonl'), jsonl(['a', 'b', 'c', 'd']));
  writeFileSync(at('bad.jsonl'), ['{"id":"ok1","text":"Police arrested a man."}', 'not json', '{"id":"ok2","text":"Rebels attacked."}'].join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Captured {
  stdout: string;
  stderr: string;
  summary: Awaited<ReturnType<typeof run>>;
}

async function runWith(options: Partial<RunOptions>, tty = false, stdoutTty = false): Promise<Captured> {
  const { stdout, stderr, written } = captureStreams();
  if (tty) Object.assign(stderr, { isTTY: true });
  if (stdoutTty) Object.assign(stdout, { isTTY: true });
  const summary = await run({
    inputs: [],
    from: 'auto',
    date: null,
    format: null,
    jobs: 1,
    stdin: Readable.from([]),
    stdout,
    stderr,
    ...options,
  });
  return { stdout: written.out, stderr: written.err, summary };
}

const ids = (text: string) => text.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l).document.id);

describe('-o FILE', () => {
  it('writes the records to the file and nothing to stdout', async () => {
    const out = at('out-plain.jsonl');
    const r = await runWith({ inputs: [at('four.jsonl')], output: out });
    expect(r.stdout).toBe('');
    expect(ids(readFileSync(out, 'utf8'))).toEqual(['a', 'b', 'c', 'd']);
    expect(r.summary).toEqual({ documents: 4, failed: 0, skipped: 0 });
  });

  it('starts the file afresh without --resume', async () => {
    const out = at('out-fresh.jsonl');
    writeFileSync(out, '{"document":{"id":"old"}}\n');
    await runWith({ inputs: [at('four.jsonl')], output: out });
    expect(ids(readFileSync(out, 'utf8'))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('--resume', () => {
  it('skips complete records, drops a cut-off last line, appends the rest: each id once', async () => {
    const out = at('out-resume.jsonl');
    const first = await runWith({ inputs: [at('four.jsonl')], output: at('full.jsonl') });
    expect(first.summary.documents).toBe(4);
    const lines = readFileSync(at('full.jsonl'), 'utf8').split('\n');
    // a run killed while writing c: a and b complete, half of c
    writeFileSync(out, `${lines[0]}\n${lines[1]}\n${lines[2]!.slice(0, 40)}`);
    const r = await runWith({ inputs: [at('four.jsonl')], output: out, resume: true });
    expect(r.summary).toEqual({ documents: 2, failed: 0, skipped: 2 });
    const text = readFileSync(out, 'utf8');
    expect(ids(text)).toEqual(['a', 'b', 'c', 'd']);
    expect(text).toBe(readFileSync(at('full.jsonl'), 'utf8'));
  });

  it('a complete file means nothing left to do', async () => {
    const out = at('out-done.jsonl');
    await runWith({ inputs: [at('four.jsonl')], output: out });
    const before = readFileSync(out, 'utf8');
    const r = await runWith({ inputs: [at('four.jsonl')], output: out, resume: true });
    expect(r.summary).toEqual({ documents: 0, failed: 0, skipped: 4 });
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('creates the file when there is none yet', async () => {
    const out = at('out-new.jsonl');
    expect(existsSync(out)).toBe(false);
    const r = await runWith({ inputs: [at('four.jsonl')], output: out, resume: true });
    expect(r.summary.documents).toBe(4);
    expect(ids(readFileSync(out, 'utf8'))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('errors in place', () => {
  it('a bad line yields an error record where it was, the run goes on and counts it', async () => {
    const r = await runWith({ inputs: [at('bad.jsonl')] });
    const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.document.id)).toEqual(['ok1', `${at('bad.jsonl')}:2`, 'ok2']);
    expect(records[1].error.message).toMatch(/not JSON/);
    expect(r.summary.failed).toBe(1);
    expect(r.stderr).toMatch(/not JSON/);
  });

  it('an input that names nothing, even among others, stops the run before any output (a usage error)', async () => {
    await expect(runWith({ inputs: [at('four.jsonl'), at('archive-*.jsonl')] })).rejects.toThrow(NoInputError);
  });
});

describe('standard error', () => {
  it('says nothing to a pipe when all goes well', async () => {
    expect((await runWith({ inputs: [at('four.jsonl')] })).stderr).toBe('');
  });

  it('--verbose prints the one-line summary to a pipe', async () => {
    const r = await runWith({ inputs: [at('bad.jsonl')], verbose: true });
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^extract: 3 documents, 1 failed, \d+\.\d s$/);
  });

  it('on a terminal: a status line redrawn in place, then the summary', async () => {
    const r = await runWith({ inputs: [at('four.jsonl')] }, true);
    expect(r.stderr).toMatch(/\r\x1b\[2K/);
    expect(r.stderr).toMatch(/extract: 4 documents, 0 failed, \d+\.\d s\n$/);
  });

  it('no status line when the records go to the same terminal (it would tear them), the summary still', async () => {
    const r = await runWith({ inputs: [at('four.jsonl')] }, true, true);
    expect(r.stderr).not.toMatch(/\r/);
    expect(r.stderr).toMatch(/^extract: 4 documents, 0 failed, \d+\.\d s\n$/);
  });

  it('--quiet silences everything, failures included', async () => {
    const r = await runWith({ inputs: [at('bad.jsonl')], quiet: true }, true);
    expect(r.stderr).toBe('');
    expect(r.summary.failed).toBe(1);
  });
});

describe('status and summary lines', () => {
  const counts = { documents: 250, failed: 3, skipped: 0, bytes: 2_500_000 };
  it.each([
    [{ total: 1000, totalBytes: null }, 10, 'extract: 250/1,000 documents · 3 failed · 25.0 documents/s · 0.3 MB/s · ETA 0:30'],
    [{ total: null, totalBytes: 10_000_000 }, 10, 'extract: 250 documents · 3 failed · 25.0 documents/s · 0.3 MB/s · ETA 0:30'],
    [{ total: null, totalBytes: null }, 10, 'extract: 250 documents · 3 failed · 25.0 documents/s · 0.3 MB/s'],
    [{ total: 1000, totalBytes: null }, 0, 'extract: 250/1,000 documents · 3 failed'],
  ])('%j after %d s', (known, seconds, expected) => {
    expect(statusLine(counts, seconds, known)).toBe(expected);
  });

  it.each([
    [{ documents: 1, failed: 0, skipped: 0, bytes: 0 }, 'extract: 1 document, 0 failed, 2.0 s'],
    [{ documents: 10, failed: 2, skipped: 5, bytes: 0 }, 'extract: 10 documents, 2 failed, 5 skipped (already in the output), 2.0 s'],
  ])('summary %j', (c, expected) => {
    expect(summaryLine(c, 2)).toBe(expected);
  });
});

describe('archive options on the command line', () => {
  it.each([
    [['--resume', 'x.jsonl'], /--resume needs -o/],
    [['--resume', '-o', 'o.jsonl', '--format', 'csv', 'x.jsonl'], /--resume works with --format jsonl/],
    [['--jobs', '0', 'x.jsonl'], /--jobs/],
    [['--jobs', 'many', 'x.jsonl'], /--jobs/],
  ])('%j is a usage error', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--text-field, --id-field and --date-field name the record fields', async () => {
    const stdin = JSON.stringify({ url: 'https://example.org/1', body: 'Police arrested two men on Tuesday.', published: '2026-02-05T10:00:00Z' });
    const r = await runCli(['--from', 'jsonl', '--jobs', '1', '--text-field', 'body', '--id-field', 'url', '--date-field', 'published', '-'], { stdin });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.document).toMatchObject({ id: 'https://example.org/1', date: '2026-02-05', dateSource: 'record' });
    expect(result.times[0]).toMatchObject({ text: 'Tuesday', value: '2026-02-03' });
  });

  it('a directory reads every file below it, one JSON line each, ids in path order', async () => {
    const r = await runCli([join(process.cwd(), 'fixtures'), '--jobs', '1', '--only', 'times']);
    const files = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).document.source.replace(/:\d+$/, ''));
    expect(new Set(files).size).toBeGreaterThan(2);
    expect(files).toEqual([...files].sort());
  });
});
