/**
 * Makes the start-up snapshot of the bundle: `node dist/snapshot-build.js [BUNDLE BLOB [POINTER]]` (by
 * default the bundle next to this file and the blob launch.ts looks for). The blob is written
 * under a temporary name, tried, and only then renamed into place, so a run never picks up a
 * half-written or broken snapshot; a lock file keeps concurrent runs from building it twice.
 * Exit code 0 when the snapshot is in place (or another process is making it), 1 when it
 * cannot be made: the command then keeps running without one, and a mark beside the blob's
 * name stops further attempts for this build.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { failureMark, offlineEnv, SNAPSHOT_NODE_FLAGS, snapshotPlan, writePointer, type SnapshotPlan } from './launch.js';

/** A lock older than this belongs to a builder that died; building takes a few seconds. */
const STALE_LOCK_MS = 5 * 60_000;
const BUILD_TIMEOUT_MS = 3 * 60_000;

export type BuildOutcome = 'built' | 'busy' | 'failed';

/** Builds `plan.blob` from `plan.bundle`; on success, points the shell launcher at it when the plan says where. */
export function buildSnapshot(plan: Pick<SnapshotPlan, 'bundle' | 'blob'> & Partial<SnapshotPlan>): { outcome: BuildOutcome; detail: string } {
  const { bundle, blob } = plan;
  mkdirSync(dirname(blob), { recursive: true });
  const lock = `${blob}.lock`;
  if (!takeLock(lock)) return { outcome: 'busy', detail: `another process is making ${blob}` };
  try {
    const outcome = attempt(bundle, blob, `${blob}.${process.pid}.tmp`);
    if (outcome.outcome === 'built' && plan.pointer) writePointer({ bundle, blob, pointer: plan.pointer });
    // a failure is remembered, so that runs do not each start a build that fails the same way
    if (outcome.outcome === 'failed') writeFileSync(failureMark(blob), `${outcome.detail}\n`);
    return outcome;
  } finally {
    rmSync(lock, { force: true });
  }
}

function attempt(bundle: string, blob: string, partial: string): { outcome: BuildOutcome; detail: string } {
  try {
    const build = spawnSync(process.execPath, [...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', partial, '--build-snapshot', bundle], {
      encoding: 'utf8',
      env: offlineEnv(process.env),
      timeout: BUILD_TIMEOUT_MS,
    });
    if (build.status !== 0) return { outcome: 'failed', detail: `node --build-snapshot failed: ${lastLine(build.stderr) || build.error?.message}` };
    const trial = spawnSync(process.execPath, [...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', partial, '--', '--version'], {
      encoding: 'utf8',
      env: offlineEnv(process.env),
      timeout: BUILD_TIMEOUT_MS,
    });
    if (trial.status !== 0 || !/^\d+\.\d+\.\d+/.test(trial.stdout)) return { outcome: 'failed', detail: `the snapshot does not start: ${lastLine(trial.stderr)}` };
    renameSync(partial, blob);
    removeOtherSnapshots(blob);
    removeGoneInstalls(dirname(blob));
    return { outcome: 'built', detail: blob };
  } finally {
    rmSync(partial, { force: true });
  }
}

function takeLock(lock: string): boolean {
  try {
    closeSync(openSync(lock, 'wx'));
    return true;
  } catch {
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age < STALE_LOCK_MS) return false;
    rmSync(lock, { force: true });
    return takeLock(lock);
  }
}

/**
 * This install's snapshots of older builds, and their failure marks, are never used again (a
 * snapshot is ~15 MB); other installs' (another clone, another project) are theirs to replace.
 */
function removeOtherSnapshots(blob: string) {
  const name = basename(blob);
  const install = name.slice(0, name.lastIndexOf('-') + 1);
  for (const other of readdirSync(dirname(blob))) {
    const stale = other.endsWith('.blob') || other.endsWith('.blob.failed');
    if (other !== name && other.startsWith(install) && stale) rmSync(join(dirname(blob), other), { force: true });
  }
}

/** A snapshot with no live pointer is kept this long (an install whose pointer could not be written). */
const ORPHAN_MS = 30 * 24 * 3600_000;

/**
 * Snapshots of installs that are gone (a deleted clone, an npx run's temporary install): a
 * pointer names its install's bundle on its fourth line, and when that bundle no longer exists
 * the pointer and the install's snapshots go. A snapshot no pointer names (one of an install
 * that could not write its pointer, or named the way older versions did) goes after 30 days.
 * Without this, every install ever run would leave ~13 MB in the cache.
 */
export function removeGoneInstalls(dir: string, now = Date.now()) {
  const names = readdirSync(dir);
  const live = new Set<string>();
  for (const name of names.filter((n) => /^extract-\d+\.snapshot$/.test(n))) {
    const install = name.slice(0, -'.snapshot'.length);
    const bundle = readFileSync(join(dir, name), 'utf8').split('\n')[3];
    if (bundle && !existsSync(bundle)) {
      for (const other of names) if (other === name || other.startsWith(`${install}-`)) rmSync(join(dir, other), { force: true });
    } else live.add(`${install}-`);
  }
  for (const name of names) {
    if (!/^extract-[0-9a-f]+-[0-9a-f]+\.blob(?:\.failed)?$/.test(name) || [...live].some((install) => name.startsWith(install))) continue;
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs > ORPHAN_MS) rmSync(join(dir, name), { force: true });
  }
}

function lastLine(text: string | undefined): string {
  return (text ?? '').trim().split('\n').pop() ?? '';
}

function isEntryPoint(): boolean {
  return process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
}

if (isEntryPoint()) {
  const [bundle, blob, pointer] = process.argv.slice(2);
  const plan = bundle && blob ? { bundle, blob, pointer } : snapshotPlan({ ...process.env, EXTRACT_SNAPSHOT: '1' });
  if (!plan) {
    process.stderr.write('snapshot: no bundle (dist/extract.cjs); run npm run build\n');
    process.exitCode = 1;
  } else {
    const { outcome, detail } = buildSnapshot(plan);
    process.stderr.write(`snapshot: ${outcome}: ${detail}\n`);
    process.exitCode = outcome === 'failed' ? 1 : 0;
  }
}
