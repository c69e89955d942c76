import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { fixture, readFixture, REFERENCE, runCli } from './helpers.js';

describe('extract FILE', () => {
  it('prints one indented JSON document for one article', async () => {
    const run = await runCli([fixture(REFERENCE)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('{\n')).toBe(true);
    const result = JSON.parse(run.stdout);
    expect(result.document).toMatchObject({ id: fixture(REFERENCE), date: '2026-02-05' });
  });

  it('prints JSON Lines, in input order, for several articles', async () => {
    const run = await runCli([fixture('no-date.txt'), fixture(REFERENCE), fixture('one-speaker.txt')]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l).document.id)).toEqual([fixture('no-date.txt'), fixture(REFERENCE), fixture('one-speaker.txt')]);
  });

  it('reads standard input with -', async () => {
    const run = await runCli(['-', '--date', '2026-02-05'], { stdin: 'Police in Lyon arrested two men on Tuesday.' });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.document).toMatchObject({ id: 'stdin', date: '2026-02-05', dateSource: 'option' });
    expect(result.times[0]).toMatchObject({ text: 'Tuesday', value: '2026-02-03' });
  });

  it('reads a pipe when no input is named, as a filter does', async () => {
    const run = await runCli(['--from', 'jsonl'], { stdin: '{"id":"r1","text":"Police in Lyon arrested two men.","date":"2026-02-05"}\n' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).document).toMatchObject({ id: 'r1', date: '2026-02-05' });
  });
});

describe('extract --from jsonl', () => {
  it('prints one line per record, same order, with the record ids and dates', async () => {
    const run = await runCli([fixture('batch.jsonl')]);
    expect(run.code).toBe(0);
    const results = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => r.document.id)).toEqual(['rail-strike', 'summit', 'undated']);
    expect(results.map((r) => r.document.dateSource)).toEqual(['record', 'header', 'none']);
    expect(results[1].document.date).toBe('2024-06-14');
  });

  it('keeps a line for a record that fails, and exits 1 at the end', async () => {
    const input = ['{"id":"a","text":"Police arrested a man."}', '{"id":"b"}', 'not json', '{"id":"d","text":"Rebels attacked a town."}'].join('\n');
    const run = await runCli(['--from', 'jsonl', '-'], { stdin: input });
    expect(run.code).toBe(1);
    const results = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(results).toHaveLength(4);
    expect(results[0].document.id).toBe('a');
    expect(results[1]).toMatchObject({ document: { id: 'b' }, error: { message: expect.any(String) } });
    expect(results[2].error.message).toMatch(/not JSON/);
    expect(results[3].document.id).toBe('d');
  });
});

describe('usage errors exit 2 with one line on stderr', () => {
  it.each([
    [['--date', '2026-13-45', 'x.txt'], /--date/],
    [['--date', 'yesterday', 'x.txt'], /YYYY-MM-DD/],
    [['--format', 'yaml', 'x.txt'], /format/],
    [['--only', 'verbs', 'x.txt'], /--only/],
  ])('%j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('no input named and a terminal on standard input: a usage error, not a silent wait', async () => {
    const run = await runCli([], { stdinTty: true });
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/no input/);
  });

  it('a missing file is named, with the fix', async () => {
    const run = await runCli(['no/such/article.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no\/such\/article\.txt/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('help, version and schema', () => {
  it('--help shows examples and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:/);
    expect(run.stdout).toMatch(/--from jsonl/);
  });

  it('--version prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('schema prints a JSON Schema that validates real output and rejects broken output', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const name of [REFERENCE, 'no-date.txt', 'one-speaker.txt']) {
      const output = JSON.parse((await runCli([fixture(name)])).stdout);
      expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    }
    const failed = JSON.parse((await runCli(['--from', 'jsonl', '-'], { stdin: '{"id":"x"}' })).stdout);
    expect(validate(failed)).toBe(true);
    const broken = JSON.parse((await runCli([fixture(REFERENCE)])).stdout);
    broken.times[0].type = 'WHEN';
    expect(validate(broken)).toBe(false);
  });
});

describe('reading the fixture as the scorer does', () => {
  it('uses the JSONL record date over a header', async () => {
    const text = readFixture(REFERENCE);
    const run = await runCli(['--from', 'jsonl', '-'], { stdin: JSON.stringify({ id: 'r', text, date: '2026-02-12' }) });
    const result = JSON.parse(run.stdout);
    expect(result.document).toMatchObject({ id: 'r', date: '2026-02-12', dateSource: 'record' });
  });
});

describe('inputs that name nothing', () => {
  it.each([
    ['an empty directory', () => mkdtempSync(join(tmpdir(), 'extract-empty-')), /no files in directory/],
    ['a glob that matches nothing', () => join(tmpdir(), 'no-such-dir-*', '*.txt'), /no file matches/],
  ])('%s is a usage error naming it', async (_label, make, message) => {
    const path = make();
    const run = await runCli([path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(path);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
