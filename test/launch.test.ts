/**
 * The start-up snapshot route (src/launch.ts, src/snapshot-build.ts), through the built command:
 * `npm run build` first (CI builds in `npm ci`). Each test keeps its snapshots in its own cache
 * directory, so it never sees or disturbs the one the build made.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir, failureMark, isShortRun, posixCksum, snapshotPlan } from '../src/launch.js';
import { removeGoneInstalls } from '../src/snapshot-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'extract.js');
const bundle = join(root, 'dist', 'extract.cjs');
const builder = join(root, 'dist', 'snapshot-build.js');
const article = join(root, 'fixtures', 'china-daily-x-raid.txt');

describe('snapshotPlan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-plan-'));
  const fakeBundle = join(dir, 'extract.cjs');
  writeFileSync(fakeBundle, '// bundle');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a blob in the cache directory, bound to the bundle', () => {
    const plan = snapshotPlan({ EXTRACT_CACHE_DIR: dir }, fakeBundle);
    expect(plan?.bundle).toBe(fakeBundle);
    expect(plan?.blob.startsWith(join(dir, 'extract-'))).toBe(true);
    expect(plan?.blob.endsWith('.blob')).toBe(true);
  });

  it('gives a new name when the bundle is rebuilt, so a stale snapshot is never used', () => {
    const before = snapshotPlan({ EXTRACT_CACHE_DIR: dir }, fakeBundle)!.blob;
    utimesSync(fakeBundle, new Date(), new Date(Date.now() + 5_000));
    const after = snapshotPlan({ EXTRACT_CACHE_DIR: dir }, fakeBundle)!.blob;
    expect(after).not.toBe(before);
    // the same install: the part of the name before the build key stays
    expect(after.slice(0, after.lastIndexOf('-'))).toBe(before.slice(0, before.lastIndexOf('-')));
  });

  it('is off with EXTRACT_SNAPSHOT=0 and when there is no bundle', () => {
    expect(snapshotPlan({ EXTRACT_SNAPSHOT: '0', EXTRACT_CACHE_DIR: dir }, fakeBundle)).toBeNull();
    expect(snapshotPlan({ EXTRACT_SNAPSHOT: 'off', EXTRACT_CACHE_DIR: dir }, fakeBundle)).toBeNull();
    expect(snapshotPlan({ EXTRACT_CACHE_DIR: dir }, null)).toBeNull();
  });

  it('keeps snapshots in EXTRACT_CACHE_DIR, else under XDG_CACHE_HOME', () => {
    expect(cacheDir({ EXTRACT_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(cacheDir({ XDG_CACHE_HOME: '/c' })).toBe(join('/c', 'news-extract'));
  });
});

describe('isShortRun: the snapshot route is for runs where start-up matters', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-short-'));
  const small = join(dir, 'article.txt');
  const big = join(dir, 'archive.jsonl');
  writeFileSync(small, 'Police arrested two men on Tuesday.');
  writeFileSync(big, 'x'.repeat((1 << 20) + 1));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['one article', [small], true],
    ['options and their values', ['--date', '2026-02-05', '--format', 'text', small], true],
    ['standard input', ['-'], true],
    ['a name that is not a file (a usage error to come)', ['no-such-file.txt'], true],
    ['the schema subcommand', ['schema'], true],
    ['more than 1 MB of input', [big], false],
    ['small files adding up to more than 1 MB', [small, big], false],
    ['a directory', [dir], false],
    ['a glob', [join(dir, '*.txt')], false],
  ])('%s', (_, argv, short) => {
    expect(isShortRun(argv as string[])).toBe(short);
  });
});

describe('the command started from a snapshot', { timeout: 60_000 }, () => {
  let cache = '';
  let expected = '';
  const env = () => ({ ...process.env, EXTRACT_CACHE_DIR: cache });
  const extract = (args: string[], extraEnv: NodeJS.ProcessEnv = {}, input?: string) =>
    spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...env(), ...extraEnv }, input, maxBuffer: 1 << 26 });
  const blobs = () => readdirSync(cache).filter((name) => name.endsWith('.blob'));

  beforeAll(() => {
    if (!existsSync(bundle)) throw new Error('dist/extract.cjs is missing: run `npm run build` before these tests');
    cache = mkdtempSync(join(tmpdir(), 'extract-snapshot-'));
    const plain = extract([article], { EXTRACT_SNAPSHOT: '0' });
    expect(plain.status).toBe(0);
    expected = plain.stdout;
    const built = spawnSync(process.execPath, [builder], { encoding: 'utf8', env: env() });
    expect(built.stderr).toMatch(/snapshot: built/);
    expect(built.status).toBe(0);
  }, 120_000);
  afterAll(() => cache && rmSync(cache, { recursive: true, force: true }));

  it('builds one snapshot, under its planned name', () => {
    expect(blobs()).toEqual([snapshotPlan({ EXTRACT_CACHE_DIR: cache }, bundle)!.blob.split(/[\\/]/).pop()]);
  });

  it('prints exactly what the command prints without it', () => {
    const run = extract([article]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected);
  });

  it('passes every argument through, options that node also knows included', () => {
    const version = extract(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const jsonl = extract(['--jobs', '2', '--format', 'jsonl', article, article]);
    expect(jsonl.status).toBe(0);
    expect(jsonl.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('reads standard input and keeps exit codes', () => {
    const piped = extract(['--date', '2026-02-05', '-'], {}, 'Police arrested two men in Lyon on Tuesday.');
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).times[0]).toMatchObject({ text: 'Tuesday', value: '2026-02-03' });
    const missing = extract(['no-such-file.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file: no-such-file\.txt/);
  });

  it('dies of the signal it was sent, after the command it started has stopped', async () => {
    // reading a standard input that never ends: the command waits until it is stopped
    const child = spawn(process.execPath, [bin, '-'], { env: env(), stdio: ['pipe', 'ignore', 'ignore'] });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect(code).toBeNull();
    expect(signal).toBe('SIGTERM');
  });

  it('falls back to an ordinary run, and drops the snapshot, when this node cannot load it', () => {
    // a snapshot made by a differently configured V8: what a node rebuilt in place would find
    const [name] = blobs();
    const foreign = spawnSync(process.execPath, ['--no-lazy-feedback-allocation', '--snapshot-blob', join(cache, name!), '--build-snapshot', bundle]);
    expect(foreign.status).toBe(0);
    const run = extract([article]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected);
    expect(existsSync(join(cache, name!))).toBe(false);
  }, 60_000);
});

describe('making the snapshot', { timeout: 120_000 }, () => {
  let cache = '';
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'extract-build-'));
  });
  afterAll(() => cache && rmSync(cache, { recursive: true, force: true }));

  it('a first run goes the ordinary way and leaves a snapshot being made for the next', async () => {
    const env = { ...process.env, EXTRACT_CACHE_DIR: cache };
    const run = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', env });
    expect(run.status).toBe(0);
    const blob = snapshotPlan(env, bundle)!.blob;
    for (let waited = 0; !existsSync(blob) && waited < 100_000; waited += 250) await new Promise((r) => setTimeout(r, 250));
    expect(existsSync(blob)).toBe(true);
    // the lock is gone once the build is over, nothing half-written is left, and the shell's pointer names the blob
    for (let waited = 0; readdirSync(cache).some((n) => n.endsWith('.lock')) && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    const pointer = snapshotPlan(env, bundle)!.pointer;
    expect(readdirSync(cache).filter((n) => !n.endsWith('.blob'))).toEqual([pointer.split(/[\\/]/).pop()]);
    expect(readFileSync(pointer, 'utf8').split('\n')[0]).toBe(blob);
  });

  it('a cache directory that cannot be made: the run goes the ordinary way, silently', () => {
    const file = join(cache, 'not-a-directory');
    writeFileSync(file, '');
    const env = { ...process.env, EXTRACT_CACHE_DIR: join(file, 'cache') };
    const run = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', env });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run.stderr).toBe('');
  });

  it('a build that fails leaves no blob, and a mark that stops later attempts', () => {
    const broken = join(cache, 'broken.cjs');
    writeFileSync(broken, "throw new Error('cannot load');");
    const blob = join(cache, 'extract-broken-0.blob');
    const build = spawnSync(process.execPath, [builder, broken, blob], { encoding: 'utf8' });
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/snapshot: failed/);
    expect(existsSync(blob)).toBe(false);
    expect(readFileSync(failureMark(blob), 'utf8')).toMatch(/build-snapshot failed/);
  });
});

describe('posixCksum: the install key the shell half of bin/extract.js computes with cksum', () => {
  it.each(['', 'a', '/usr/lib/node_modules/news-extract/dist/extract.cjs', '/home/zoë/Über/dist/extract.cjs', 'x'.repeat(300)])('%j', (text) => {
    const shell = spawnSync('cksum', { input: text, encoding: 'utf8' });
    expect(shell.status).toBe(0);
    expect(posixCksum(Buffer.from(text, 'utf8'))).toBe(Number(shell.stdout.trim().split(/\s+/)[0]));
  });
});

/**
 * Run as a command, bin/extract.js is a shell script that starts node from the snapshot itself
 * when its pointer file says the snapshot fits. A `node` on PATH that logs its arguments tells
 * which way each run went: straight from the snapshot, or the ordinary way (node running the
 * JavaScript half, which may still use the snapshot, from a second node).
 */
describe('the shell route of bin/extract.js', { timeout: 120_000 }, () => {
  const skip = process.platform === 'win32';
  let dir = '';
  let cache = '';
  let expected = '';
  let plan: ReturnType<typeof snapshotPlan>;
  const log = () => join(dir, 'node-calls.log');
  const env = (extra: NodeJS.ProcessEnv = {}) => ({
    ...process.env,
    PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
    EXTRACT_CACHE_DIR: cache,
    NODE_CALLS: log(),
    ...extra,
  });
  /** Runs the command file itself (no `node` in front) and says which way it went. */
  const run = (command: string, args: string[], extra: NodeJS.ProcessEnv = {}, input?: string) => {
    rmSync(log(), { force: true });
    const result = spawnSync(command, args, { encoding: 'utf8', env: env(extra), input, maxBuffer: 1 << 26 });
    const first = readFileSync(log(), 'utf8').split('\n')[0] ?? '';
    return { ...result, route: first.startsWith('--no-rehash-snapshot --snapshot-blob') ? 'snapshot' : 'ordinary' };
  };

  beforeAll(() => {
    if (skip) return;
    dir = mkdtempSync(join(tmpdir(), 'extract-shell-'));
    cache = join(dir, 'cache');
    mkdirSync(join(dir, 'bin'));
    const node = join(dir, 'bin', 'node');
    writeFileSync(node, `#!/bin/sh\necho "$*" >> "$NODE_CALLS"\nexec "${process.execPath}" "$@"\n`);
    chmodSync(node, 0o755);
    // the same modification time as the real node: to the pointer, the same binary
    const real = statSync(process.execPath);
    utimesSync(node, real.atime, real.mtime);
    const built = spawnSync(process.execPath, [builder], { encoding: 'utf8', env: env() });
    expect(built.status).toBe(0);
    plan = snapshotPlan(env(), bundle);
    expect(existsSync(plan!.pointer)).toBe(true);
    expected = spawnSync(process.execPath, [bin, article], { encoding: 'utf8', env: env({ EXTRACT_SNAPSHOT: '0' }) }).stdout;
  }, 120_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it.skipIf(skip)('starts node from the snapshot, with the same output', () => {
    const direct = run(bin, [article]);
    expect(direct.route).toBe('snapshot');
    expect(direct.status).toBe(0);
    expect(direct.stdout).toBe(expected);
  });

  it.skipIf(skip)('through a symbolic link, as npm installs it, and from standard input', () => {
    const link = join(dir, 'bin', 'extract');
    symlinkSync(bin, link);
    expect(run(link, [article]).route).toBe('snapshot');
    const piped = run(link, ['--date', '2026-02-05', '-'], {}, 'Police arrested two men in Lyon on Tuesday.');
    expect(piped.route).toBe('snapshot');
    expect(JSON.parse(piped.stdout).times[0]).toMatchObject({ text: 'Tuesday', value: '2026-02-03' });
  });

  it.skipIf(skip).each([
    ['EXTRACT_SNAPSHOT=0', [article], { EXTRACT_SNAPSHOT: '0' }],
    ['EXTRACT_SNAPSHOT=off', [article], { EXTRACT_SNAPSHOT: 'off' }],
    ['a directory (an archive)', [join(root, 'fixtures')], {}],
    ['a glob (an archive)', [join(root, 'fixtures', '*.txt')], {}],
    ['more than eight files', Array.from({ length: 9 }, () => article), {}],
    ['another cache directory, with no snapshot in it', [article], { EXTRACT_CACHE_DIR: 'empty-cache' }],
  ])('goes the ordinary way with %s', (_, args, extra) => {
    // cache directories are made in this test's own directory, which exists only once the tests run
    const cacheDirectory = (extra as NodeJS.ProcessEnv).EXTRACT_CACHE_DIR;
    const result = run(bin, args as string[], cacheDirectory ? { EXTRACT_CACHE_DIR: join(dir, cacheDirectory) } : (extra as NodeJS.ProcessEnv));
    expect(result.route).toBe('ordinary');
    expect(result.status).toBe(0);
  });

  it.skipIf(skip)('goes the ordinary way when node is not the binary that made the snapshot', () => {
    const node = join(dir, 'bin', 'node');
    const real = statSync(process.execPath);
    utimesSync(node, real.atime, new Date(real.mtimeMs + 60_000));
    try {
      expect(run(bin, [article]).route).toBe('ordinary');
    } finally {
      utimesSync(node, real.atime, real.mtime);
    }
    expect(run(bin, [article]).route).toBe('snapshot');
  });

  it.skipIf(skip)('goes the ordinary way when the bundle is not the one the snapshot holds, which then mends the pointer', () => {
    const pointer = readFileSync(plan!.pointer, 'utf8');
    const stat = statSync(plan!.pointer);
    // an upgrade in place: another bundle size under npm's fixed file times
    const lines = pointer.split('\n');
    lines[2] = String(Number(lines[2]) + 1);
    writeFileSync(plan!.pointer, lines.join('\n'));
    utimesSync(plan!.pointer, stat.atime, stat.mtime);
    const result = run(bin, [article]);
    expect(result.route).toBe('ordinary');
    expect(result.stdout).toBe(expected);
    // the ordinary run used the snapshot from a second node, and pointed the shell at it again
    expect(readFileSync(plan!.pointer, 'utf8')).toBe(pointer);
    expect(run(bin, [article]).route).toBe('snapshot');
  });
});

describe('removeGoneInstalls: the cache does not keep snapshots of installs that are gone', () => {
  it('drops a gone install and old orphans, keeps live installs and recent orphans', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-gone-'));
    try {
      const liveBundle = join(dir, 'live.cjs');
      writeFileSync(liveBundle, '// bundle');
      const files = {
        gonePointer: 'extract-111.snapshot',
        goneBlob: 'extract-111-aaaa.blob',
        goneMark: 'extract-111-bbbb.blob.failed',
        livePointer: 'extract-222.snapshot',
        liveBlob: 'extract-222-cccc.blob',
        oldOrphan: 'extract-333-dddd.blob',
        oldNamedOrphan: 'extract-9d1e8f19-db31c1b3.blob',
        newOrphan: 'extract-444-eeee.blob',
        unrelated: 'notes.txt',
      };
      for (const name of Object.values(files)) writeFileSync(join(dir, name), '');
      writeFileSync(join(dir, files.gonePointer), `${join(dir, files.goneBlob)}\n--no-rehash-snapshot\n10\n${join(dir, 'deleted.cjs')}\n`);
      writeFileSync(join(dir, files.livePointer), `${join(dir, files.liveBlob)}\n--no-rehash-snapshot\n10\n${liveBundle}\n`);
      const now = Date.now();
      for (const old of [files.oldOrphan, files.oldNamedOrphan]) utimesSync(join(dir, old), new Date(now - 40 * 86_400_000), new Date(now - 40 * 86_400_000));
      utimesSync(join(dir, files.liveBlob), new Date(now - 40 * 86_400_000), new Date(now - 40 * 86_400_000));
      removeGoneInstalls(dir, now);
      expect(readdirSync(dir).sort()).toEqual([files.livePointer, files.liveBlob, files.newOrphan, files.unrelated, 'live.cjs'].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
