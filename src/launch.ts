/**
 * What `bin/extract.js` runs: the command, started from a V8 start-up snapshot when one is ready.
 *
 * Loading the pipeline (compromise's lexicon and tagger, chrono, zod, commander) and warming it on
 * a first article costs about 0.8 s of a 1 s run on one article. A snapshot of the heap after that
 * warm-up (see snapshot.ts) starts in a fraction of that time. A snapshot only works with the node
 * binary that made it, so it is made on the user's machine: by `npm run build`, or, when it is
 * missing or stale (another node version, a rebuilt bundle, a moved install), by a background
 * process started from here, while this run goes the ordinary way. The next run uses it.
 * Archive runs (directories, globs, more than 1 MB of named input) go the ordinary way too:
 * start-up is a small part of their time, and a second process would cost memory.
 *
 * This module imports only node built-ins, so choosing the route costs a few milliseconds.
 * EXTRACT_SNAPSHOT=0 turns snapshots off; EXTRACT_CACHE_DIR says where they are kept
 * (default: $XDG_CACHE_HOME/news-extract, else ~/.cache/news-extract).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SnapshotPlan {
  /** the bundle the snapshot is made from (dist/extract.cjs) */
  bundle: string;
  /** where the snapshot of this bundle, for this node binary, is (or will be) */
  blob: string;
  /**
   * Where the shell half of bin/extract.js looks for this install's ready snapshot: a file
   * naming the blob and the node flags, whose modification time is that of the node binary
   * that made it (see writePointer).
   */
  pointer: string;
}

/** The bundle next to this module, or null when there is none (running from the TypeScript sources). */
export function bundlePath(): string | null {
  const bundle = fileURLToPath(new URL('./extract.cjs', import.meta.url));
  return existsSync(bundle) ? bundle : null;
}

/**
 * The snapshot a run should use. Its name binds it to this install (the bundle's path) and to
 * this build (node binary, version and flags, the bundle's size and modification time), so a stale
 * snapshot is never used: it is simply not found. The install's part of the name is the POSIX
 * `cksum` of the bundle's path, which the shell half of bin/extract.js computes the same way.
 */
export function snapshotPlan(env: NodeJS.ProcessEnv = process.env, bundle: string | null = bundlePath()): SnapshotPlan | null {
  if (!bundle || env.EXTRACT_SNAPSHOT === '0' || env.EXTRACT_SNAPSHOT === 'off') return null;
  const stat = statSync(bundle);
  const place = posixCksum(Buffer.from(bundle, 'utf8'));
  const build = digest([process.execPath, process.version, process.arch, ...SNAPSHOT_NODE_FLAGS, stat.size, Math.floor(stat.mtimeMs)]);
  const dir = cacheDir(env);
  return { bundle, blob: join(dir, `extract-${place}-${build}.blob`), pointer: join(dir, `extract-${place}.snapshot`) };
}

/**
 * Records `plan.blob` as the install's ready snapshot for the shell half of bin/extract.js: the
 * lines of pointerText, and the modification time of the node binary
 * that can load it. The shell starts node from the blob only when the `node` it finds has that
 * same modification time (so another or an upgraded node goes the ordinary way, which makes its
 * own snapshot) and the bundle has the recorded size and is not newer than the blob. False when
 * it cannot be written.
 */
export function writePointer(plan: SnapshotPlan): boolean {
  try {
    const node = statSync(process.execPath);
    writeFileSync(plan.pointer, pointerText(plan));
    utimesSync(plan.pointer, node.atime, node.mtime);
    return true;
  } catch {
    return false;
  }
}

/** Whether the pointer already names this plan's blob for this node binary (see writePointer). */
export function pointerIsCurrent(plan: SnapshotPlan): boolean {
  try {
    const pointer = statSync(plan.pointer);
    if (Math.floor(pointer.mtimeMs) !== Math.floor(statSync(process.execPath).mtimeMs)) return false;
    return readFileSync(plan.pointer, 'utf8') === pointerText(plan);
  } catch {
    return false;
  }
}

/**
 * The blob, the node flags, and the bundle's size: npm gives every installed file the same
 * modification time, so the size is what tells an upgraded bundle from the one the blob holds.
 * Then the bundle's path, for the cache's clean-up (snapshot-build.ts removeGoneInstalls); the
 * shell reads the first three lines only.
 */
function pointerText(plan: SnapshotPlan): string {
  return `${plan.blob}\n${SNAPSHOT_NODE_FLAGS.join(' ')}\n${statSync(plan.bundle).size}\n${plan.bundle}\n`;
}

/** CRC table of POSIX `cksum` (polynomial 0x04C11DB7, most significant bit first). */
const CKSUM_TABLE = Uint32Array.from({ length: 256 }, (_, byte) => {
  let crc = byte << 24;
  for (let bit = 0; bit < 8; bit++) crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
  return crc >>> 0;
});

/** The checksum POSIX `cksum` prints for these bytes: the CRC of the bytes, then of their length. */
export function posixCksum(bytes: Uint8Array): number {
  let crc = 0;
  const add = (byte: number) => {
    crc = ((crc << 8) ^ CKSUM_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  };
  for (const byte of bytes) add(byte);
  for (let length = bytes.length; length > 0; length = Math.floor(length / 256)) add(length & 0xff);
  return ~crc >>> 0;
}

/** Where a failed build of a snapshot is recorded, so that later runs do not try again. */
export function failureMark(blob: string): string {
  return `${blob}.failed`;
}

/**
 * FNV-1a, 32 bits: the names only tell builds of one install apart, so a hash that needs no
 * crypto module (about 10 ms of start-up to load) is enough.
 */
function digest(parts: ReadonlyArray<string | number>): string {
  let hash = 0x811c9dc5;
  for (const ch of parts.join('\0')) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EXTRACT_CACHE_DIR) return env.EXTRACT_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'news-extract');
}

export async function launch(argv: readonly string[]): Promise<void> {
  const plan = snapshotPlan();
  const ready = plan !== null && existsSync(plan.blob);
  if (plan && !ready && !existsSync(failureMark(plan.blob)) && canWrite(dirname(plan.blob))) buildInBackground(plan);
  if (ready && isShortRun(argv)) {
    // another node, or a test's own cache, may have pointed the shell elsewhere since
    if (!pointerIsCurrent(plan)) writePointer(plan);
    const code = await runFromSnapshot(plan.blob, argv);
    if (code === SNAPSHOT_FAILURE) rmSync(plan.blob, { force: true });
    // null: node could not be started again (a process limit); either way the command runs here
    if (code !== null && code !== SNAPSHOT_FAILURE) {
      process.exitCode = code;
      return;
    }
  }
  const { runCommand } = await import('./command.js');
  await runCommand(argv);
}

/**
 * Input beyond which a run is an archive run: a few hundred articles, ten seconds of work or more,
 * where the snapshot saves a few per cent of the time and its second node process costs ~40 MB.
 */
const SHORT_RUN_BYTES = 1 << 20;

/**
 * Whether the named inputs are small enough for start-up time to matter. A directory or a glob
 * is an archive; standard input is taken as short (a pipe of one article, or one block of
 * `parallel --pipe`). Every argument naming a file counts, option values included: erring
 * towards the ordinary route only costs start-up time.
 */
export function isShortRun(argv: readonly string[]): boolean {
  let bytes = 0;
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    if (/[*?[{]/.test(arg)) return false;
    const stat = statSync(arg, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return false;
    bytes += stat?.size ?? 0;
    if (bytes > SHORT_RUN_BYTES) return false;
  }
  return true;
}

/**
 * node's exit code when it cannot load a snapshot (a damaged file). It fails before running any
 * JavaScript, so standard input is untouched and the command can still run in this process.
 */
const SNAPSHOT_FAILURE = 14;

/**
 * V8 flags a snapshot is built and run with (they must match, or node refuses the snapshot).
 * By default V8 rehashes every string and hash table of a snapshot with a fresh random seed at
 * each start, so that a seed baked into a shipped binary cannot be used for hash flooding. This
 * snapshot is made on the user's machine, with that build's own random seed, and never leaves
 * it; the rehash would cost 40 ms of every run for nothing.
 */
export const SNAPSHOT_NODE_FLAGS: readonly string[] = ['--no-rehash-snapshot'];

/**
 * The environment of the run from the snapshot: the user's, without NODE_EXTRA_CA_CERTS. node
 * parses that certificate bundle at start-up (30–40 ms for a system bundle), and the command
 * never opens a connection.
 */
export function offlineEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _unused, ...rest } = env;
  return rest;
}

/** Signals a user or a scheduler sends to stop the command; the child gets them too. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs the command in a node started from the snapshot, with this process's standard streams,
 * and resolves to its exit code. A child killed by a signal kills this process the same way,
 * so a caller sees what it would have seen without the snapshot. Null: the child could not start.
 */
export function runFromSnapshot(blob: string, argv: readonly string[]): Promise<number | null> {
  const child = spawn(process.execPath, [...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', blob, '--', ...argv], {
    stdio: 'inherit',
    env: offlineEnv(process.env),
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED) process.on(signal, forward);
  return new Promise((resolve) => {
    const stopForwarding = () => {
      for (const signal of FORWARDED) process.off(signal, forward);
    };
    child.on('error', () => {
      stopForwarding();
      resolve(null);
    });
    child.on('exit', (code, signal) => {
      stopForwarding();
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}

/** A cache directory that cannot be made (a read-only home) means no snapshot, not a failing build on every run. */
function canWrite(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Starts snapshot-build.js detached, so that it outlives this run and never delays it. */
function buildInBackground(plan: SnapshotPlan): ChildProcess | null {
  const builder = fileURLToPath(new URL('./snapshot-build.js', import.meta.url));
  try {
    const child = spawn(process.execPath, [builder, plan.bundle, plan.blob, plan.pointer], { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
    return child;
  } catch {
    return null;
  }
}
