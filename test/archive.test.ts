import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, InputRecord } from '../src/inputs.js';
import type { Outcome } from '../src/outcome.js';
import { extractInPool } from '../src/pool.js';

const worker = (name: string) => new URL(`./archive-workers/${name}`, import.meta.url);
const doc = (id: string, text: string): DocumentRecord => ({ kind: 'document', id, source: id, text, date: null, dateSource: 'option' });

async function* feed(records: InputRecord[], pulled = { n: 0 }): AsyncGenerator<InputRecord> {
  for (const record of records) {
    pulled.n++;
    yield record;
  }
}

async function all(outcomes: AsyncIterable<Outcome>): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for await (const o of outcomes) out.push(o);
  return out;
}

describe('worker pool', () => {
  it('emits in input order however long each document takes', async () => {
    const records = Array.from({ length: 40 }, (_, i) => doc(`d${i}`, `sleep:${(i * 37) % 50}`));
    const outcomes = await all(extractInPool(feed(records), { jobs: 4, workerUrl: worker('sleepy.mjs') }));
    expect(outcomes.map((o) => o.id)).toEqual(records.map((r) => r.id));
    expect(outcomes.map((o) => JSON.parse(o.json!).document.id)).toEqual(records.map((r) => r.id));
  });

  it('a slow document holds back only a bounded window: reading stops until it is done', async () => {
    const records = [doc('slow', 'sleep:600'), ...Array.from({ length: 30 }, (_, i) => doc(`f${i}`, 'sleep:0'))];
    const pulled = { n: 0 };
    let pulledAtFirst = -1;
    const ids: string[] = [];
    for await (const o of extractInPool(feed(records, pulled), { jobs: 2, window: 6, workerUrl: worker('sleepy.mjs') })) {
      if (pulledAtFirst < 0) pulledAtFirst = pulled.n;
      ids.push(o.id);
    }
    expect(pulledAtFirst).toBeLessThanOrEqual(6);
    expect(ids).toEqual(records.map((r) => r.id));
  });

  it('a worker that dies fails its document alone; a new worker takes over', async () => {
    const records = [doc('a', 'sleep:1'), doc('b', 'crash'), doc('c', 'sleep:1'), doc('d', 'throw'), doc('e', 'sleep:1')];
    const outcomes = await all(extractInPool(feed(records), { jobs: 1, workerUrl: worker('sleepy.mjs') }));
    expect(outcomes.map((o) => [o.id, o.error === null ? 'ok' : 'error'])).toEqual([
      ['a', 'ok'],
      ['b', 'error'],
      ['c', 'ok'],
      ['d', 'error'],
      ['e', 'ok'],
    ]);
    expect(outcomes[1]!.error).toMatch(/worker crashed/);
    expect(outcomes[1]!.record).toMatchObject({ document: { id: 'b' }, error: { message: expect.stringMatching(/worker crashed/) } });
  });

  it('records that failed to read pass through in place without a worker', async () => {
    const records: InputRecord[] = [doc('a', 'sleep:5'), { kind: 'failed', id: 'x', source: 'x', message: 'line is not JSON' }, doc('c', 'sleep:0')];
    const outcomes = await all(extractInPool(feed(records), { jobs: 2, workerUrl: worker('sleepy.mjs') }));
    expect(outcomes.map((o) => [o.id, o.error])).toEqual([
      ['a', null],
      ['x', 'line is not JSON'],
      ['c', null],
    ]);
  });

  it('workers that cannot start stop the run with the reason, instead of being restarted forever', async () => {
    const records = [doc('a', 'x'), doc('b', 'y')];
    await expect(all(extractInPool(feed(records), { jobs: 2, workerUrl: worker('broken.mjs') }))).rejects.toThrow(/cannot start/);
  });

  it('this thread is one of the N: it works while the workers start and alongside them after', async () => {
    const records = Array.from({ length: 300 }, (_, i) => doc(`d${i}`, 'x'));
    let pulledWhenReady = -1;
    const pulled = { n: 0 };
    const local = (record: DocumentRecord): Outcome => {
      const start = Date.now();
      while (Date.now() - start < 5); // a document's worth of work
      return { id: record.id, error: null, record: { document: { id: record.id, source: 'local' } }, text: record.text, bytes: 0 };
    };
    const outcomes: Outcome[] = [];
    for await (const o of extractInPool(feed(records, pulled), { jobs: 2, local, workerUrl: worker('slow-start.mjs') })) {
      if (pulledWhenReady < 0 && o.json !== undefined) pulledWhenReady = pulled.n;
      outcomes.push(o);
    }
    expect(outcomes.map((o) => o.id)).toEqual(records.map((r) => r.id));
    const byWorker = outcomes.filter((o) => o.json !== undefined).length;
    // the worker is ready after 300 ms: this thread has done dozens by then, and keeps going
    expect(pulledWhenReady).toBeGreaterThan(10);
    expect(byWorker).toBeGreaterThan(0);
    expect(outcomes.slice(pulledWhenReady).some((o) => o.record !== undefined)).toBe(true);
  });
});

/**
 * The command end to end, as built (bin/extract.js runs dist/): `npm run build` first; CI builds
 * in `npm ci`.
 */
describe('the command on an archive', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const bin = join(root, 'bin', 'extract.js');
  let dir = '';
  let archive = '';
  const SENTENCES = [
    'Police in Lyon arrested two men on Tuesday after a bank robbery, the prefecture said.',
    'Rebels attacked a town in the north of the country on Monday, officials said.',
    '"We will not give up," the union leader told reporters in Berlin.',
    'The foreign minister met his Japanese counterpart in Tokyo last week to discuss trade.',
    'Thousands of protesters marched through Paris on Saturday against the pension reform.',
  ];

  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
    dir = mkdtempSync(join(tmpdir(), 'extract-archive-'));
    archive = join(dir, 'archive.jsonl');
    const lines = Array.from({ length: 48 }, (_, i) => {
      const text = [0, 1, 2].map((k) => SENTENCES[(i + k * 2) % SENTENCES.length]).join(' ');
      return JSON.stringify({ id: `n${String(i).padStart(3, '0')}`, text, date: '2026-02-05' });
    });
    writeFileSync(archive, `${lines.join('\n')}\n`);
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  const extract = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

  it('--jobs 2 writes exactly what --jobs 1 writes: every id once, in input order', () => {
    const one = extract(['--jobs', '1', archive]);
    const two = extract(['--jobs', '2', archive]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    const ids = two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).document.id);
    expect(ids).toEqual(Array.from({ length: 48 }, (_, i) => `n${String(i).padStart(3, '0')}`));
    expect(two.stdout).toBe(one.stdout);
  }, 180_000);

  it('a run killed midway and resumed gives each document exactly once', async () => {
    const out = join(dir, 'killed.jsonl');
    const child = spawn(process.execPath, [bin, '--jobs', '1', '-o', out, archive], { stdio: 'ignore' });
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        const lines = existsSync(out) ? readFileSync(out, 'utf8').split('\n').length - 1 : 0;
        if (lines >= 3) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error('the run ended before it could be killed'));
      });
    });
    // as if the kill came in the middle of a write
    appendFileSync(out, '{"document":{"id":"n0');
    const resumed = extract(['--jobs', '2', '-o', out, '--resume', archive]);
    expect(resumed.status).toBe(0);
    const ids = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).document.id);
    expect(ids).toEqual(Array.from({ length: 48 }, (_, i) => `n${String(i).padStart(3, '0')}`));
  }, 180_000);
});
