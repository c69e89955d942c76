/**
 * How much faster N cores of this machine run N copies of a CPU-bound loop than one core runs
 * one: the most any --jobs N could gain here. On a virtual machine whose cores share a host
 * with other guests this is well under N, and it moves from minute to minute, so the bench
 * measures it in the same run as the speed-up it bounds.
 *   node bench/ceiling.mjs [N [ARCHIVE.jsonl]]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Integer work that touches no memory: only the cores are measured, not caches or allocation. */
const LOOP = 'let x = 0; for (let i = 0; i < 4e8; i++) x = (x * 31 + i) | 0; if (x === 42) console.log(x);';

/** Wall seconds of `copies` loops started together. */
async function together(copies) {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: copies }, () => new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', LOOP], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', resolve);
    })),
  );
  return (performance.now() - started) / 1000;
}

/** N × (time of one loop alone) / (time of N loops together); best of `repeat` alternated pairs. */
export async function parallelCeiling(copies = availableParallelism(), repeat = 2) {
  let alone = Infinity;
  let parallel = Infinity;
  for (let r = 0; r < repeat; r++) {
    alone = Math.min(alone, await together(1));
    parallel = Math.min(parallel, await together(copies));
  }
  return { copies, ceiling: (copies * alone) / parallel, aloneSeconds: alone, togetherSeconds: parallel };
}

/**
 * The same for the work at hand: the naive glue (bench/naive.mjs) over the whole archive in one
 * process, against `copies` processes each given every copies-th record, started together.
 * Allocation-heavy JavaScript shares memory bandwidth and caches that a register loop does not
 * touch, so on a shared host this can sit far below the loop's figure: it is the most any
 * --jobs N can gain on this machine for work of this kind.
 */
export async function workloadCeiling(archive, copies = availableParallelism(), repeat = 1) {
  const naive = fileURLToPath(new URL('./naive.mjs', import.meta.url));
  const lines = readFileSync(archive, 'utf8').split('\n').filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'extract-ceiling-'));
  try {
    const shards = Array.from({ length: copies }, (_, i) => {
      const path = join(dir, `shard-${i}.jsonl`);
      writeFileSync(path, lines.filter((_, n) => n % copies === i).join('\n') + '\n');
      return path;
    });
    const run = async (files) => {
      const started = performance.now();
      await Promise.all(files.map((file) => new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [naive, file], { stdio: 'ignore' });
        child.on('error', reject);
        child.on('exit', resolve);
      })));
      return (performance.now() - started) / 1000;
    };
    let alone = Infinity;
    let parallel = Infinity;
    for (let r = 0; r < repeat; r++) {
      alone = Math.min(alone, await run([archive]));
      parallel = Math.min(parallel, await run(shards));
    }
    return { copies, ceiling: alone / parallel, aloneSeconds: alone, togetherSeconds: parallel };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const copies = Number(process.argv[2]) || availableParallelism();
  const result = await parallelCeiling(copies);
  console.log(`${result.copies} CPU-bound loops together run ${result.ceiling.toFixed(2)}× as fast as one alone`);
  if (process.argv[3]) {
    const work = await workloadCeiling(process.argv[3], copies);
    console.log(`the naive glue as ${copies} processes on ${copies} shards runs ${work.ceiling.toFixed(2)}× as fast as one process on all`);
  }
}
